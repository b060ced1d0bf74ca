/**
 * The one way a workshop file is read (open, listing, backups, CLI validate): at most
 * MAX_WORKSHOP_BYTES, decoded from the bytes (UTF-8 with or without BOM, UTF-16 LE/BE as
 * editors on Windows save it), then parsed and validated.
 */
import { promises as fs } from 'node:fs';
import { MAX_WORKSHOP_BYTES, megabytes } from '../../../shared/model/fileSize';
import { parseWorkshopText } from '../../../shared/model/migrations';
import type { Workshop } from '../../../shared/model/schema';
import { DomainError } from '../../../shared/result';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
// Notepad's "ANSI": a workshop edited by hand must not be called damaged for its umlauts
const ansi = new TextDecoder('windows-1252');

/** Text of a workshop file from its bytes, whatever Unicode encoding an editor chose. */
export function decodeWorkshopBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return utf16be.decode(bytes.subarray(2));
  // UTF-16 without a byte order mark: JSON starts with an ASCII character, so one byte of the first pair is 0
  if (bytes.length >= 2 && a !== 0 && b === 0) return utf16le.decode(bytes);
  if (bytes.length >= 2 && a === 0 && b !== 0) return utf16be.decode(bytes);
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return ansi.decode(bytes);
  }
}

export function tooLarge(size: number): DomainError {
  return new DomainError('error.file.tooLargeWorkshop', { size: megabytes(size), max: megabytes(MAX_WORKSHOP_BYTES) });
}

export interface WorkshopRead {
  text: string;
  size: number;
  mtimeMs: number;
}

/** The decoded text; throws DomainError error.file.tooLargeWorkshop, or the file-system error (ENOENT…). */
export async function readWorkshopText(file: string): Promise<WorkshopRead> {
  const h = await fs.open(file, 'r');
  try {
    const st = await h.stat();
    if (!st.isFile()) throw new DomainError('error.file.notWorkshop');
    if (st.size > MAX_WORKSHOP_BYTES) throw tooLarge(st.size);
    const bytes = await h.readFile();
    if (bytes.length > MAX_WORKSHOP_BYTES) throw tooLarge(bytes.length); // grew while we looked
    return { text: decodeWorkshopBytes(bytes), size: st.size, mtimeMs: st.mtimeMs };
  } finally {
    await h.close();
  }
}

/** Read and validate a workshop file; any content problem is a DomainError with a catalogue key. */
export async function readWorkshop(file: string): Promise<WorkshopRead & { doc: Workshop }> {
  const r = await readWorkshopText(file);
  return { ...r, doc: parseWorkshopText(r.text) };
}
