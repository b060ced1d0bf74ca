import { defineMessages } from '../define';

/** Room mode: the participants' phone page and the messages the room server sends it. */
export const phoneMessages = defineMessages(
  {
    'phone.error.badMessage': 'The phone sent something the room does not understand. Reload the page.',
    'phone.error.tooFast': 'Too many taps at once. Wait a moment and tap again.',
    'phone.error.wrongRoom': 'This link or code does not open the room. Scan the QR code on the screen again.',
    'phone.error.codeDisabled': 'The room code no longer works after too many wrong tries. Scan the QR code on the screen.',
    'phone.error.roomFull': 'The room is full. Ask the facilitator.',
    'phone.error.roomLocked': 'The room is locked. Ask the facilitator to let you in.',
    'phone.error.notJoined': 'Join the room first.',
    'phone.error.noParticipant': 'Pick your name first.',
    'phone.error.nameTaken': 'This name is taken by another phone. Ask the facilitator to free it.',
    'phone.error.selfAddOff': 'Adding yourself is switched off. Ask the facilitator.',
    'phone.error.notOpen': 'This touchpoint is not open for answers any more.',
    'phone.error.notThisItem': 'This touchpoint is not in the current round.',
    'phone.error.votingClosed': 'Dot voting is not open.',
    'phone.error.tooManyDots': 'You have no dots left. Take a dot away elsewhere first.',
    'phone.error.rejected': 'The room could not take this answer. Try again.',
  },
  {
    'phone.error.badMessage': 'Das Telefon hat etwas geschickt, das der Raum nicht versteht. Laden Sie die Seite neu.',
    'phone.error.tooFast': 'Zu viele Tipps auf einmal. Warten Sie kurz und tippen Sie noch einmal.',
    'phone.error.wrongRoom': 'Dieser Link oder Code öffnet den Raum nicht. Scannen Sie den QR-Code auf der Leinwand noch einmal.',
    'phone.error.codeDisabled': 'Der Raumcode gilt nach zu vielen Fehlversuchen nicht mehr. Scannen Sie den QR-Code auf der Leinwand.',
    'phone.error.roomFull': 'Der Raum ist voll. Fragen Sie die Moderation.',
    'phone.error.roomLocked': 'Der Raum ist geschlossen. Bitten Sie die Moderation, Sie hereinzulassen.',
    'phone.error.notJoined': 'Treten Sie zuerst dem Raum bei.',
    'phone.error.noParticipant': 'Wählen Sie zuerst Ihren Namen.',
    'phone.error.nameTaken': 'Dieser Name ist schon von einem anderen Telefon belegt. Bitten Sie die Moderation, ihn freizugeben.',
    'phone.error.selfAddOff': 'Sich selbst hinzufügen ist ausgeschaltet. Fragen Sie die Moderation.',
    'phone.error.notOpen': 'Dieser Touchpoint nimmt keine Antworten mehr an.',
    'phone.error.notThisItem': 'Dieser Touchpoint gehört nicht zur laufenden Runde.',
    'phone.error.votingClosed': 'Die Punktabfrage ist nicht geöffnet.',
    'phone.error.tooManyDots': 'Sie haben keine Punkte mehr. Nehmen Sie zuerst woanders einen Punkt weg.',
    'phone.error.rejected': 'Der Raum konnte diese Antwort nicht annehmen. Versuchen Sie es noch einmal.',
  },
);
