/**
 * Atomic export files (docs/design/quality.md R8): the bytes go to a temporary file beside the target,
 * are fsync'd and renamed over it (storage/durable.ts). On any error the target is either
 * the old file or absent, never half-written, and no temporary file is left behind; the
 * temp files of an export that was killed are removed on the next export to that folder.
 */
import path from 'node:path';
import { DomainError, type AppError } from '../../../shared/result';
import { fsErrorKind, removeDeadTemps, writeFileDurable } from '../storage/durable';

/** Map a file-system error while exporting to a message that names the export, not the workshop. */
export function exportError(e: unknown, file: string): AppError {
  const { kind, code, detail } = fsErrorKind(e);
  switch (kind) {
    case 'readOnly':
      return { code: 'export.error.readOnly', detail };
    case 'diskFull':
      return { code: 'export.error.diskFull', detail };
    case 'gone':
      return { code: 'export.error.folderMissing', params: { folder: path.dirname(file) }, detail };
    case 'busy':
      return { code: 'export.error.busy', params: { file: path.basename(file) }, detail };
    default:
      return { code: 'export.error.failed', params: { detail: code ?? (e instanceof Error ? e.message : 'I/O') }, detail };
  }
}

export class ExportWriteError extends DomainError {
  constructor(readonly appError: AppError) {
    super(appError.code, appError.params);
  }
}

/** Write `bytes` to `file` atomically; throws ExportWriteError with a clear message. */
export async function writeExportFile(file: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(file);
  // a killed export left its hidden temp file here: the next export to the folder clears it
  await removeDeadTemps(path.dirname(target), (name) => /\.(xlsx|png)$/i.test(name));
  try {
    await writeFileDurable(target, bytes);
  } catch (e) {
    throw new ExportWriteError(exportError(e, target));
  }
}
