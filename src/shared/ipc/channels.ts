/** Channel names only (no zod), so the sandboxed preload stays tiny. contract.ts checks it matches. */
export const CHANNEL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'library.list',
  'library.create',
  'library.open',
  'library.openDialog',
  'library.importFile',
  'library.openBackup',
  'library.rename',
  'library.duplicate',
  'library.delete',
  'doc.get',
  'doc.apply',
  'doc.undo',
  'doc.redo',
  'doc.close',
  'doc.retrySave',
  'doc.saveCopy',
  'room.get',
  'room.set',
  'export.excel',
  'export.png',
  'import.parse',
] as const;

export const EVENT_CHANNEL = 'tpc:event';
export const INVOKE_PREFIX = 'tpc:';
