import { defineMessages } from '../define';

/** The library screen's files: locks held elsewhere, set-aside (quarantined) files, size cap. */
export const libraryMessages = defineMessages(
  {
    'error.file.tooLargeWorkshop': 'The workshop file is too large ({size}). The app opens workshop files up to {max}; the file was left as it is.',
    'error.file.notWorkshopName': 'Only workshop files ending in .tpcube can be opened. “{file}” was left as it is.',
    'error.backup.notOfFile': 'This is not a backup of the workshop “{file}”.',
    'library.elsewhereTitle': 'This workshop seems to be open elsewhere',
    'library.elsewhereBody': '“{file}” is marked as open on the computer “{host}” since {since}. The app cannot check from here whether it is still open there.',
    'library.elsewhereWarning':
      'Open it anyway only if it is closed there. If both are open, each save overwrites the other one’s changes and work is lost.',
    'library.openAnyway': 'Open anyway',
    'library.unknownTime': 'an unknown time',
    'library.quarantined': 'Damaged file, set aside on {date}',
    'library.quarantinedOf': 'It was the workshop file “{file}”. The app kept it unchanged for inspection.',
    'library.location': 'Location: {path}',
    'library.fileName': 'File: {file}',
    'library.showLocation': 'Show location',
    'library.openNewestBackup': 'Open the newest backup ({date})',
    'library.restoredAlready': 'A workshop file “{file}” exists again and is in the list.',
    'library.noBackupShort': 'There is no backup of this workshop.',
    'library.damagedItem': 'The file cannot be read. Opening it sets it aside and offers the newest backup.',
    'library.tooLargeItem': 'Too large to open ({size}).',
  },
  {
    'error.file.tooLargeWorkshop': 'Die Workshop-Datei ist zu groß ({size}). Die App öffnet Workshop-Dateien bis {max}; die Datei bleibt unverändert.',
    'error.file.notWorkshopName': 'Geöffnet werden nur Workshop-Dateien mit der Endung .tpcube. „{file}“ bleibt unverändert.',
    'error.backup.notOfFile': 'Das ist keine Sicherung des Workshops „{file}“.',
    'library.elsewhereTitle': 'Dieser Workshop scheint anderswo geöffnet zu sein',
    'library.elsewhereBody': '„{file}“ ist seit {since} auf dem Computer „{host}“ als geöffnet markiert. Von hier aus lässt sich nicht prüfen, ob er dort noch offen ist.',
    'library.elsewhereWarning':
      'Öffnen Sie ihn trotzdem nur, wenn er dort geschlossen ist. Sind beide offen, überschreibt jedes Speichern die Änderungen des anderen, und Arbeit geht verloren.',
    'library.openAnyway': 'Trotzdem öffnen',
    'library.unknownTime': 'unbekannter Zeit',
    'library.quarantined': 'Beschädigte Datei, beiseitegelegt am {date}',
    'library.quarantinedOf': 'Das war die Workshop-Datei „{file}“. Die App hat sie unverändert zur Prüfung aufbewahrt.',
    'library.location': 'Speicherort: {path}',
    'library.fileName': 'Datei: {file}',
    'library.showLocation': 'Speicherort zeigen',
    'library.openNewestBackup': 'Neueste Sicherung öffnen ({date})',
    'library.restoredAlready': 'Eine Workshop-Datei „{file}“ gibt es wieder; sie steht in der Liste.',
    'library.noBackupShort': 'Von diesem Workshop gibt es keine Sicherung.',
    'library.damagedItem': 'Die Datei kann nicht gelesen werden. Beim Öffnen wird sie beiseitegelegt und die neueste Sicherung angeboten.',
    'library.tooLargeItem': 'Zu groß zum Öffnen ({size}).',
  },
);
