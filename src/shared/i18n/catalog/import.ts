import { defineMessages } from '../define';

/** Importing a client's touchpoint list (xlsx / csv): every rejection says what happened and what to do. */
export const importMessages = defineMessages(
  {
    // file level
    'import.file.empty': 'The file is empty. Choose the file that contains the touchpoint list.',
    'import.file.tooLarge':
      'The file is {sizeMb} MB; at most {maxMb} MB can be imported. Copy only the touchpoint list into a new workbook or CSV file and import that.',
    'import.file.unsupported':
      'The file “{name}” is not an Excel workbook (.xlsx) or a CSV file. Open it in Excel and save it as “Excel workbook (.xlsx)” or “CSV (semicolon separated)”.',
    'import.file.legacyExcel':
      'This is an old Excel file (.xls) or a password-protected workbook, which cannot be read. Open it in Excel, remove the password if there is one, and save it as “Excel workbook (.xlsx)”.',
    'import.file.binary':
      'This file does not contain text in rows and columns; it may be a program, picture or damaged file. Choose the touchpoint list saved as .xlsx or .csv.',
    'import.file.noRows': 'The file has no rows below the header row. Check that you chose the right file or worksheet.',
    'import.file.tooManyRows':
      'The list has more than {max} rows. Split it into several files of at most {max} rows, or delete empty and unneeded rows, and import again.',
    'import.file.tooManyColumns':
      'Row {row} has more than {max} columns. Delete unneeded columns and import again.',
    'import.file.cellTooLong':
      'The cell in row {row}, column {column} holds more than {max} characters. Shorten the text in this cell and import again.',
    'import.file.tooMuchText':
      'The list holds more text than can be imported at once. Remove long texts or unneeded columns, or split the list into several files.',
    'import.file.timeout':
      'Reading the file took longer than {seconds} seconds and was stopped. Copy only the touchpoint list into a new, smaller file and import that.',
    'import.file.memory':
      'The file needs too much memory to read and was stopped; nothing was changed. Copy only the touchpoint list into a new, smaller file and import that.',
    'import.file.crashed':
      'The file could not be read; nothing was changed. Open it in Excel, save it again as .xlsx or .csv, and import that.',
    'import.csv.malformed':
      'The CSV file is broken near line {line} (for example an opening quotation mark without a closing one). Open it in Excel, save it again as CSV, and import that.',
    'import.xlsx.notWorkbook':
      'The file is called .xlsx but is not an Excel workbook; it may be damaged or was renamed. Open it in the program it came from and save it as “Excel workbook (.xlsx)”.',
    'import.xlsx.corrupt':
      'The Excel workbook is damaged or incomplete (perhaps the download or copy was interrupted). Copy the file again or save it again in Excel, and import that.',
    'import.xlsx.tooManyParts':
      'The workbook consists of more than {max} parts, far more than a touchpoint list needs. Copy the list into a new workbook and import that.',
    'import.xlsx.tooBig':
      'Unpacked, the workbook would be larger than {maxMb} MB, far more than a touchpoint list needs. Copy the list into a new workbook and import that.',
    'import.xlsx.suspicious':
      'The workbook contains a part that unpacks to an implausibly large size, so it was not opened. Copy the list into a new workbook and import that.',
    'import.xlsx.doctype':
      'The workbook contains XML declarations that Excel never writes, so it was not opened for safety. Open the file in Excel, save it as a new workbook, and import that.',
    'import.xlsx.textTooLong':
      'The workbook contains a text of more than {max} characters in one cell. Shorten the long texts (for example long descriptions) and import again.',
    'import.xlsx.encrypted':
      'The workbook is password-protected. Open it in Excel, remove the password, save it and import it again.',
    'import.xlsx.noSheet':
      'The workbook has no visible worksheet with data. Show the worksheet with the touchpoint list in Excel (or move it to the front), save, and import again.',
    'import.xlsx.unsupported':
      'The structure of this workbook is not supported. Open it in Excel, save it as “Excel workbook (.xlsx)”, and import that.',
    // mapping and rows
    'import.mapping.noTitle':
      'No column with touchpoint titles was found. Choose which column holds the titles, or name it “Titel” or “Touchpoint”.',
    'import.row.titleMissing': 'Row {row} has no title. Enter a title in the file or leave the row out.',
    'import.row.titleTooLong': 'The title in row {row} is longer than {max} characters. Shorten it and import again.',
    'import.row.descriptionTooLong': 'The description in row {row} is longer than {max} characters. Shorten it and import again.',
    'import.row.unknownPhase':
      'Row {row}: phase “{value}” does not exist in this workshop. Choose which phase it belongs to, or add the phase first.',
    'import.row.unknownFace':
      'Row {row}: cube face “{value}” is not known. Choose which of the six faces it means, or “no face yet”.',
    'import.row.unknownDepartment':
      'Row {row}: department “{value}” does not exist in this workshop. Choose a department, “no department”, or add it first.',
    'import.row.badYesNo':
      'Row {row}, column “{column}”: “{value}” is not understood. Use yes/no (ja/nein, x or empty).',
    'import.row.badDirect': 'Row {row}: “{value}” is not understood. Use “direct” or “indirect” (direkt/indirekt).',
    'import.row.badOnline': 'Row {row}: “{value}” is not understood. Use “online” or “offline”.',
    'import.row.badImportance':
      'Row {row}: importance “{value}” is not understood. Use 1, 2 or 3, or low/medium/high (niedrig/mittel/hoch).',
    'import.row.tooMany':
      'Row {row} and the following are not imported: a workshop holds at most {max} touchpoints. Remove touchpoints or import fewer rows.',
    'import.row.invalid': 'Row {row} could not be turned into a touchpoint. Check its values and import again.',
    'import.row.duplicate': 'Row {row}: “{title}” is already on the board or earlier in the file and is skipped.',
    // dry-run summary
    'import.plan.summary': '{newCount} new, {duplicateCount} {duplicateCount|duplicate|duplicates}, {invalidCount} invalid {invalidCount|row|rows}',
    'import.plan.nothing': 'Nothing to import: every row is a duplicate, invalid or empty.',
    // dry-run summary in plain words (summary.ts)
    'import.count.new': '{count} new',
    'import.count.duplicates.one': '1 duplicate',
    'import.count.duplicates.many': '{count} duplicates',
    'import.count.invalid.one': '1 invalid row',
    'import.count.invalid.many': '{count} invalid rows',
    'import.short.unknownPhase': 'row {row}, phase “{value}” unknown',
    'import.short.unknownFace': 'row {row}, cube face “{value}” unknown',
    'import.short.unknownDepartment': 'row {row}, department “{value}” unknown',
    'import.short.row': 'row {row}',
    'import.short.more': '{count} more',
    // command line
    'import.cli.imported': 'Imported {count} {count|touchpoint|touchpoints} into {file}.',
    'import.cli.unchanged': '{file} was not changed. Correct or remove the invalid rows in the list and import again.',
    'import.cli.moreInvalid': '… and {count} more invalid {count|row|rows}.',
    // dialog
    'import.button': 'Import touchpoints…',
    'import.dialog.title': 'Import touchpoints',
    'import.dialog.intro':
      'Choose the client’s touchpoint list as an Excel workbook (.xlsx) or CSV file. Nothing in the workshop changes until you click “Import”.',
    'import.dialog.file': 'Touchpoint list (.xlsx, .csv)',
    'import.dialog.chooseFile': 'Choose a file…',
    'import.dialog.noFile': 'No file chosen',
    'import.dialog.reading': 'Reading “{name}”…',
    'import.dialog.formatCsv': '“{name}”: CSV, separator “{delimiter}”, {encoding}, {rows} rows',
    'import.dialog.formatXlsx': '“{name}”: Excel workbook, sheet “{sheet}”, {rows} rows',
    'import.dialog.preview': 'Preview of the first {count} {count|row|rows}',
    'import.dialog.headerRow': 'Column headers found in row {row}; the rows above are skipped.',
    'import.dialog.row': 'Row',
    'import.dialog.columns': 'Which column holds what?',
    'import.dialog.none': '—',
    'import.dialog.column': '{letter}: {header}',
    'import.dialog.values': 'Values this workshop does not know',
    'import.dialog.valuePhase': 'Phase “{value}”',
    'import.dialog.valueFace': 'Cube face “{value}”',
    'import.dialog.valueDepartment': 'Department “{value}”',
    'import.dialog.choose': 'Choose…',
    'import.dialog.createDepartment': 'Create new department',
    'import.dialog.createPhase': 'Create new phase',
    'import.dialog.createAll': 'Create all missing departments and phases',
    'import.dialog.willCreate': 'Created with the import (one undo step): {names}',
    'import.dialog.remembered': 'Mapping taken over from the last import of a list with these columns.',
    'import.dialog.useAutomatic': 'Use the automatic mapping',
    'import.dialog.refusedPhases': 'Not created, a workshop has at most {max} phases: {names}',
    'import.dialog.refusedDepartments': 'Not created, a workshop has at most {max} departments: {names}',
    'import.cli.createdDepartments': 'New {count|department|departments}: {names}',
    'import.cli.createdPhases': 'New {count|phase|phases}: {names}',
    'import.cli.createHint': 'Add --create-missing to create the unknown departments and phases.',
    'import.dialog.noFace': 'No face yet',
    'import.dialog.noDepartment': 'No department',
    'import.dialog.result': 'Dry run',
    'import.dialog.invalid': 'Not imported (invalid rows)',
    'import.dialog.duplicates': 'Skipped (already on the board or earlier in the file)',
    'import.dialog.import': 'Import {count} {count|touchpoint|touchpoints}',
    'import.dialog.importOne': 'Import 1 touchpoint',
    'import.dialog.done': '{count} {count|touchpoint|touchpoints} imported. {key:mod+Z} undoes the whole import.',
    'import.field.title': 'Title',
    'import.field.description': 'Description',
    'import.field.phase': 'Phase',
    'import.field.face': 'Cube face',
    'import.field.department': 'Department',
    'import.field.direct': 'Direct / indirect',
    'import.field.online': 'Online / offline',
    'import.field.momentOfTruth': 'Moment of truth',
    'import.field.importance': 'Importance',
  },
  {
    'import.file.empty': 'Die Datei ist leer. Wählen Sie die Datei, die die Touchpoint-Liste enthält.',
    'import.file.tooLarge':
      'Die Datei ist {sizeMb} MB groß; importiert werden können höchstens {maxMb} MB. Kopieren Sie nur die Touchpoint-Liste in eine neue Arbeitsmappe oder CSV-Datei und importieren Sie diese.',
    'import.file.unsupported':
      'Die Datei „{name}“ ist keine Excel-Arbeitsmappe (.xlsx) und keine CSV-Datei. Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV (Trennzeichen-getrennt)“.',
    'import.file.legacyExcel':
      'Das ist eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; sie kann nicht gelesen werden. Öffnen Sie sie in Excel, entfernen Sie ggf. das Kennwort und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“.',
    'import.file.binary':
      'Diese Datei enthält keinen Text in Zeilen und Spalten; vielleicht ist es ein Programm, ein Bild oder eine beschädigte Datei. Wählen Sie die Touchpoint-Liste als .xlsx- oder .csv-Datei.',
    'import.file.noRows': 'Die Datei hat unter der Kopfzeile keine Zeilen. Prüfen Sie, ob Sie die richtige Datei bzw. das richtige Tabellenblatt gewählt haben.',
    'import.file.tooManyRows':
      'Die Liste hat mehr als {max} Zeilen. Teilen Sie sie in mehrere Dateien mit höchstens {max} Zeilen auf oder löschen Sie leere und nicht benötigte Zeilen und importieren Sie erneut.',
    'import.file.tooManyColumns':
      'Zeile {row} hat mehr als {max} Spalten. Löschen Sie nicht benötigte Spalten und importieren Sie erneut.',
    'import.file.cellTooLong':
      'Die Zelle in Zeile {row}, Spalte {column} enthält mehr als {max} Zeichen. Kürzen Sie den Text in dieser Zelle und importieren Sie erneut.',
    'import.file.tooMuchText':
      'Die Liste enthält mehr Text, als auf einmal importiert werden kann. Entfernen Sie lange Texte oder nicht benötigte Spalten oder teilen Sie die Liste auf mehrere Dateien auf.',
    'import.file.timeout':
      'Das Lesen der Datei dauerte länger als {seconds} Sekunden und wurde abgebrochen. Kopieren Sie nur die Touchpoint-Liste in eine neue, kleinere Datei und importieren Sie diese.',
    'import.file.memory':
      'Die Datei braucht zum Lesen zu viel Arbeitsspeicher; das Lesen wurde abgebrochen, nichts wurde verändert. Kopieren Sie nur die Touchpoint-Liste in eine neue, kleinere Datei und importieren Sie diese.',
    'import.file.crashed':
      'Die Datei konnte nicht gelesen werden; nichts wurde verändert. Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx oder .csv und importieren Sie diese.',
    'import.csv.malformed':
      'Die CSV-Datei ist um Zeile {line} fehlerhaft (zum Beispiel ein öffnendes Anführungszeichen ohne schließendes). Öffnen Sie sie in Excel, speichern Sie sie erneut als CSV und importieren Sie diese.',
    'import.xlsx.notWorkbook':
      'Die Datei heißt .xlsx, ist aber keine Excel-Arbeitsmappe; vielleicht ist sie beschädigt oder wurde umbenannt. Öffnen Sie sie im Ursprungsprogramm und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“.',
    'import.xlsx.corrupt':
      'Die Excel-Arbeitsmappe ist beschädigt oder unvollständig (vielleicht wurde das Herunterladen oder Kopieren unterbrochen). Kopieren Sie die Datei erneut oder speichern Sie sie in Excel neu und importieren Sie diese.',
    'import.xlsx.tooManyParts':
      'Die Arbeitsmappe besteht aus mehr als {max} Teilen, weit mehr als eine Touchpoint-Liste braucht. Kopieren Sie die Liste in eine neue Arbeitsmappe und importieren Sie diese.',
    'import.xlsx.tooBig':
      'Entpackt wäre die Arbeitsmappe größer als {maxMb} MB, weit mehr als eine Touchpoint-Liste braucht. Kopieren Sie die Liste in eine neue Arbeitsmappe und importieren Sie diese.',
    'import.xlsx.suspicious':
      'Die Arbeitsmappe enthält einen Teil, der sich auf eine unplausible Größe entpackt; sie wurde deshalb nicht geöffnet. Kopieren Sie die Liste in eine neue Arbeitsmappe und importieren Sie diese.',
    'import.xlsx.doctype':
      'Die Arbeitsmappe enthält XML-Deklarationen, die Excel nie schreibt; sie wurde zur Sicherheit nicht geöffnet. Öffnen Sie die Datei in Excel, speichern Sie sie als neue Arbeitsmappe und importieren Sie diese.',
    'import.xlsx.textTooLong':
      'Die Arbeitsmappe enthält in einer Zelle einen Text mit mehr als {max} Zeichen. Kürzen Sie die langen Texte (zum Beispiel lange Beschreibungen) und importieren Sie erneut.',
    'import.xlsx.encrypted':
      'Die Arbeitsmappe ist kennwortgeschützt. Öffnen Sie sie in Excel, entfernen Sie das Kennwort, speichern Sie sie und importieren Sie erneut.',
    'import.xlsx.noSheet':
      'Die Arbeitsmappe hat kein sichtbares Tabellenblatt mit Daten. Blenden Sie das Blatt mit der Touchpoint-Liste in Excel ein (oder schieben Sie es nach vorn), speichern Sie und importieren Sie erneut.',
    'import.xlsx.unsupported':
      'Der Aufbau dieser Arbeitsmappe wird nicht unterstützt. Öffnen Sie sie in Excel, speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ und importieren Sie diese.',
    'import.mapping.noTitle':
      'Es wurde keine Spalte mit Touchpoint-Titeln gefunden. Wählen Sie, welche Spalte die Titel enthält, oder nennen Sie sie „Titel“ oder „Touchpoint“.',
    'import.row.titleMissing': 'Zeile {row} hat keinen Titel. Tragen Sie in der Datei einen Titel ein oder lassen Sie die Zeile weg.',
    'import.row.titleTooLong': 'Der Titel in Zeile {row} ist länger als {max} Zeichen. Kürzen Sie ihn und importieren Sie erneut.',
    'import.row.descriptionTooLong': 'Die Beschreibung in Zeile {row} ist länger als {max} Zeichen. Kürzen Sie sie und importieren Sie erneut.',
    'import.row.unknownPhase':
      'Zeile {row}: Die Phase „{value}“ gibt es in diesem Workshop nicht. Wählen Sie, zu welcher Phase sie gehört, oder legen Sie die Phase zuerst an.',
    'import.row.unknownFace':
      'Zeile {row}: Die Würfelseite „{value}“ ist unbekannt. Wählen Sie, welche der sechs Seiten gemeint ist, oder „noch keine Seite“.',
    'import.row.unknownDepartment':
      'Zeile {row}: Die Abteilung „{value}“ gibt es in diesem Workshop nicht. Wählen Sie eine Abteilung, „keine Abteilung“ oder legen Sie sie zuerst an.',
    'import.row.badYesNo':
      'Zeile {row}, Spalte „{column}“: „{value}“ wird nicht verstanden. Verwenden Sie ja/nein (yes/no, x oder leer).',
    'import.row.badDirect': 'Zeile {row}: „{value}“ wird nicht verstanden. Verwenden Sie „direkt“ oder „indirekt“.',
    'import.row.badOnline': 'Zeile {row}: „{value}“ wird nicht verstanden. Verwenden Sie „online“ oder „offline“.',
    'import.row.badImportance':
      'Zeile {row}: Die Wichtigkeit „{value}“ wird nicht verstanden. Verwenden Sie 1, 2 oder 3 oder niedrig/mittel/hoch.',
    'import.row.tooMany':
      'Zeile {row} und die folgenden werden nicht importiert: Ein Workshop fasst höchstens {max} Touchpoints. Entfernen Sie Touchpoints oder importieren Sie weniger Zeilen.',
    'import.row.invalid': 'Aus Zeile {row} konnte kein Touchpoint werden. Prüfen Sie ihre Werte und importieren Sie erneut.',
    'import.row.duplicate': 'Zeile {row}: „{title}“ steht schon auf dem Board oder weiter oben in der Datei und wird übersprungen.',
    'import.plan.summary': '{newCount} neu, {duplicateCount} {duplicateCount|Duplikat|Duplikate}, {invalidCount} {invalidCount|ungültige Zeile|ungültige Zeilen}',
    'import.plan.nothing': 'Nichts zu importieren: Jede Zeile ist ein Duplikat, ungültig oder leer.',
    'import.count.new': '{count} neu',
    'import.count.duplicates.one': '1 Duplikat',
    'import.count.duplicates.many': '{count} Duplikate',
    'import.count.invalid.one': '1 ungültige Zeile',
    'import.count.invalid.many': '{count} ungültige Zeilen',
    'import.short.unknownPhase': 'Zeile {row}, Phase „{value}“ unbekannt',
    'import.short.unknownFace': 'Zeile {row}, Würfelseite „{value}“ unbekannt',
    'import.short.unknownDepartment': 'Zeile {row}, Abteilung „{value}“ unbekannt',
    'import.short.row': 'Zeile {row}',
    'import.short.more': '{count} weitere',
    'import.cli.imported': '{count} {count|Touchpoint|Touchpoints} in {file} importiert.',
    'import.cli.unchanged': '{file} wurde nicht verändert. Korrigieren oder entfernen Sie die ungültigen Zeilen in der Liste und importieren Sie erneut.',
    'import.cli.moreInvalid': '… und {count} {count|weitere ungültige Zeile|weitere ungültige Zeilen}.',
    'import.button': 'Touchpoints importieren…',
    'import.dialog.title': 'Touchpoints importieren',
    'import.dialog.intro':
      'Wählen Sie die Touchpoint-Liste des Kunden als Excel-Arbeitsmappe (.xlsx) oder CSV-Datei. Am Workshop ändert sich nichts, bis Sie auf „Importieren“ klicken.',
    'import.dialog.file': 'Touchpoint-Liste (.xlsx, .csv)',
    'import.dialog.chooseFile': 'Datei wählen…',
    'import.dialog.noFile': 'Keine Datei gewählt',
    'import.dialog.reading': '„{name}“ wird gelesen …',
    'import.dialog.formatCsv': '„{name}“: CSV, Trennzeichen „{delimiter}“, {encoding}, {rows} Zeilen',
    'import.dialog.formatXlsx': '„{name}“: Excel-Arbeitsmappe, Blatt „{sheet}“, {rows} Zeilen',
    'import.dialog.headerRow': 'Spaltenüberschriften in Zeile {row} gefunden; die Zeilen darüber werden übersprungen.',
    'import.dialog.preview': 'Vorschau der ersten {count} Zeilen',
    'import.dialog.row': 'Zeile',
    'import.dialog.columns': 'Welche Spalte enthält was?',
    'import.dialog.none': '—',
    'import.dialog.column': '{letter}: {header}',
    'import.dialog.values': 'Werte, die dieser Workshop nicht kennt',
    'import.dialog.valuePhase': 'Phase „{value}“',
    'import.dialog.valueFace': 'Würfelseite „{value}“',
    'import.dialog.valueDepartment': 'Abteilung „{value}“',
    'import.dialog.choose': 'Bitte wählen …',
    'import.dialog.createDepartment': 'Neue Abteilung anlegen',
    'import.dialog.createPhase': 'Neue Phase anlegen',
    'import.dialog.createAll': 'Alle fehlenden Abteilungen und Phasen anlegen',
    'import.dialog.willCreate': 'Wird mit dem Import angelegt (ein Schritt zum Rückgängigmachen): {names}',
    'import.dialog.remembered': 'Zuordnung vom letzten Import übernommen (eine Liste mit diesen Spalten).',
    'import.dialog.useAutomatic': 'Automatisch zuordnen',
    'import.dialog.refusedPhases': 'Nicht angelegt, ein Workshop hat höchstens {max} Phasen: {names}',
    'import.dialog.refusedDepartments': 'Nicht angelegt, ein Workshop hat höchstens {max} Abteilungen: {names}',
    'import.cli.createdDepartments': '{count|Neue Abteilung|Neue Abteilungen}: {names}',
    'import.cli.createdPhases': '{count|Neue Phase|Neue Phasen}: {names}',
    'import.cli.createHint': 'Mit --create-missing werden die unbekannten Abteilungen und Phasen angelegt.',
    'import.dialog.noFace': 'Noch keine Seite',
    'import.dialog.noDepartment': 'Keine Abteilung',
    'import.dialog.result': 'Probelauf',
    'import.dialog.invalid': 'Nicht importiert (ungültige Zeilen)',
    'import.dialog.duplicates': 'Übersprungen (schon auf dem Board oder weiter oben in der Datei)',
    'import.dialog.import': '{count} {count|Touchpoint|Touchpoints} importieren',
    'import.dialog.importOne': '1 Touchpoint importieren',
    'import.dialog.done': '{count} {count|Touchpoint|Touchpoints} importiert. {key:mod+Z} macht den ganzen Import rückgängig.',
    'import.field.title': 'Titel',
    'import.field.description': 'Beschreibung',
    'import.field.phase': 'Phase',
    'import.field.face': 'Würfelseite',
    'import.field.department': 'Abteilung',
    'import.field.direct': 'Direkt / indirekt',
    'import.field.online': 'Online / offline',
    'import.field.momentOfTruth': 'Moment der Wahrheit',
    'import.field.importance': 'Wichtigkeit',
  },
);
