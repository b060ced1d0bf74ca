import { defineMessages } from '../define';

/** The Electron shell's own native dialogs (quit and close with unsaved work). */
export const shellMessages = defineMessages(
  {
    'leave.unsaved.title': 'Not all changes are saved',
    'leave.unsaved.detail': 'The latest changes to {files} could not be saved. {reason}\n\nRetry, save a copy elsewhere, or discard the changes. Discarded changes are lost.',
    'leave.unsaved.rescued': 'A rescue copy was written to {folder}.',
    'leave.unsaved.copyFailed': 'The copy could not be saved either: {reason}',
    'leave.retry': 'Retry saving',
    'leave.saveAs': 'Save a copy as…',
    'leave.discard': 'Discard changes',
    'leave.cancel': 'Cancel',
  },
  {
    'leave.unsaved.title': 'Nicht alle Änderungen sind gespeichert',
    'leave.unsaved.detail': 'Die letzten Änderungen an {files} konnten nicht gespeichert werden. {reason}\n\nVersuchen Sie es erneut, speichern Sie eine Kopie anderswo, oder verwerfen Sie die Änderungen. Verworfene Änderungen sind verloren.',
    'leave.unsaved.rescued': 'Eine Rettungskopie liegt in {folder}.',
    'leave.unsaved.copyFailed': 'Auch die Kopie konnte nicht gespeichert werden: {reason}',
    'leave.retry': 'Erneut speichern',
    'leave.saveAs': 'Kopie speichern unter…',
    'leave.discard': 'Änderungen verwerfen',
    'leave.cancel': 'Abbrechen',
  },
);
