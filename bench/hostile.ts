/**
 * Hostile import files for P7 (and the soak test): an xlsx zip bomb whose worksheet
 * inflates to 1 GiB — once with honest sizes in the zip headers, once with headers
 * that lie (small declared sizes), so only counting the bytes actually inflated stops
 * it — and a CSV of one million rows small enough to pass the file-size limit, so only
 * the row limit stops it. Generated once and cached in the temp folder.
 */
import { createReadStream, createWriteStream, existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { writeZip } from '../src/main/services/import/zip';

export interface HostileFile {
  name: string;
  file: string;
  kind: 'xlsx' | 'csv';
}

const CACHE = path.join(os.tmpdir(), 'tpc-bench-cache-v2');
const GIB = 1024 * 1024 * 1024;

interface Entry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  method: 0 | 8;
  /** what the headers say the entry inflates to */
  declaredSize: number;
}

/** The app's own minimal zip writer; the headers may lie about the inflated size. */
function zip(entries: Entry[]): Buffer {
  return writeZip(entries.map((e) => ({ name: e.name, data: e.data, method: e.method, crc32: e.crc, uncompressedSize: e.declaredSize })));
}

function small(name: string, text: string): Entry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length, method: 8, declaredSize: raw.length };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Touchpoints" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** The worksheet: a header row, then the same row until `total` bytes, deflated as a stream. */
async function bombSheet(total: number): Promise<Entry> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>Titel</t></is></c></row>');
  const tail = Buffer.from('</sheetData></worksheet>');
  const row = '<row><c t="inlineStr"><is><t>Touchpoint</t></is></c></row>';
  const chunk = Buffer.from(row.repeat(Math.floor((1 << 20) / row.length)));
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = zlib.crc32(head);
  let size = head.length;
  deflate.write(head);
  while (size + chunk.length + tail.length <= total) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  crc = zlib.crc32(tail, crc);
  size += tail.length;
  deflate.end(tail);
  await once(deflate, 'end');
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(out), crc, size, method: 8, declaredSize: size };
}

let sheetOnce: Promise<Entry> | null = null;

async function writeBomb(file: string, lying: boolean): Promise<void> {
  const sheet = await (sheetOnce ??= bombSheet(GIB));
  const entries = [
    small('[Content_Types].xml', CONTENT_TYPES),
    small('_rels/.rels', RELS),
    small('xl/workbook.xml', WORKBOOK),
    small('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    lying ? { ...sheet, declaredSize: sheet.data.length * 2 } : sheet,
  ];
  await fs.writeFile(file, zip(entries));
}

async function writeMillionRows(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('Titel;Phase\n');
  const block = 'x;1\n'.repeat(10_000);
  for (let i = 0; i < 100; i++) if (!out.write(block)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function hostileFiles(): Promise<HostileFile[]> {
  await fs.mkdir(CACHE, { recursive: true });
  const files: (HostileFile & { make: (f: string) => Promise<void> })[] = [
    { name: 'zip bomb, 1 GiB sheet (xlsx)', file: path.join(CACHE, 'bomb-honest.xlsx'), kind: 'xlsx', make: (f) => writeBomb(f, false) },
    { name: 'zip bomb, lying sizes (xlsx)', file: path.join(CACHE, 'bomb-lying.xlsx'), kind: 'xlsx', make: (f) => writeBomb(f, true) },
    { name: '1 M rows (CSV, 4 MB)', file: path.join(CACHE, 'million.csv'), kind: 'csv', make: writeMillionRows },
  ];
  for (const f of files) {
    if (existsSync(f.file)) continue;
    const tmp = `${f.file}.${process.pid}.tmp`;
    await f.make(tmp);
    await fs.rename(tmp, f.file);
  }
  return files.map(({ name, file, kind }) => ({ name, file, kind }));
}

/** Read a hostile file as bytes (for parsers that take the content, as the renderer uploads it). */
export async function bytesOf(file: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(file)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
