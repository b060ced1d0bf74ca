/**
 * Builds the import test corpus at test time (no binaries in the repository): good
 * client files and hostile ones (zip bombs, a million rows, XXE, binary, truncated…).
 * Test-only; nothing in the app imports this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { writeZip, zipEntry, type ZipEntryData } from './zip';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="Touchpoints" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A hand-written xlsx around one worksheet entry (and optional replacements of the other parts). */
export function handXlsx(sheet: ZipEntryData, parts: { workbook?: string; sharedStrings?: string; extra?: ZipEntryData[] } = {}): Buffer {
  return writeZip([
    zipEntry('[Content_Types].xml', CONTENT_TYPES),
    zipEntry('_rels/.rels', ROOT_RELS),
    zipEntry('xl/workbook.xml', parts.workbook ?? WORKBOOK),
    zipEntry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    zipEntry('xl/sharedStrings.xml', parts.sharedStrings ?? `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="0" uniqueCount="0"/>`),
    ...(parts.extra ?? []),
    sheet,
  ]);
}

export function sheetXml(rowsXml: string, prolog = ''): string {
  return `${XML_HEAD}${prolog}<worksheet xmlns="${NS_MAIN}"><sheetData>${rowsXml}</sheetData></worksheet>`;
}

function inlineRow(r: number, values: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cells = values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('');
  return `<row r="${r}">${cells}</row>`;
}

/** A sheet given as inline-string rows (row 1 = header). */
export function inlineSheet(rows: string[][], prolog = ''): ZipEntryData {
  return zipEntry('xl/worksheets/sheet1.xml', sheetXml(rows.map((r, i) => inlineRow(i + 1, r)).join(''), prolog));
}

/**
 * A worksheet entry that inflates to about `totalBytes`: one deflated segment of
 * repeated rows, made independent of what precedes it (full flush), repeated.
 * Builds a 1 GiB bomb in well under a second.
 */
export function bombSheet(totalBytes: number, opts: { declaredSize?: number; kind?: 'rows' | 'cell' } = {}): ZipEntryData {
  const kind = opts.kind ?? 'rows';
  let base = bombs.get(`${kind}:${totalBytes}`);
  if (!base) {
    base = buildBomb(totalBytes, kind);
    bombs.set(`${kind}:${totalBytes}`, base);
  }
  return { ...base, uncompressedSize: opts.declaredSize ?? base.uncompressedSize };
}

const bombs = new Map<string, ZipEntryData>();

/** rows: a million identical rows per MiB; cell: one row whose single cell holds all the text */
function buildBomb(totalBytes: number, kind: 'rows' | 'cell'): ZipEntryData {
  const unit = kind === 'rows' ? '<row><c t="inlineStr"><is><t>Touchpoint</t></is></c></row>' : 'Touchpoint ';
  const seg = Buffer.from(unit.repeat(Math.floor((1 << 20) / unit.length)));
  const head = Buffer.from(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetData>${kind === 'cell' ? '<row r="1"><c r="A1" t="inlineStr"><is><t>' : ''}`);
  const tail = Buffer.from(`${kind === 'cell' ? '</t></is></c></row>' : ''}</sheetData></worksheet>`);
  const repeats = Math.max(1, Math.floor((totalBytes - head.length - tail.length) / seg.length));
  const flushed = (b: Buffer) => zlib.deflateRawSync(b, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const segDeflated = flushed(seg);
  const parts: Buffer[] = [flushed(head)];
  for (let i = 0; i < repeats; i++) parts.push(segDeflated);
  parts.push(zlib.deflateRawSync(tail, { level: 9 })); // final block
  let crc = zlib.crc32(head);
  for (let i = 0; i < repeats; i++) crc = zlib.crc32(seg, crc);
  crc = zlib.crc32(tail, crc);
  const size = head.length + repeats * seg.length + tail.length;
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.concat(parts),
    method: 8,
    crc32: crc >>> 0,
    uncompressedSize: size,
  };
}

/** A worksheet with `rows` numbered rows (real r attributes), deflated as a stream. */
export async function manyRowsSheet(rows: number): Promise<ZipEntryData> {
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = (s: string) => {
    const b = Buffer.from(s);
    crc = zlib.crc32(b, crc);
    size += b.length;
    deflate.write(b);
  };
  write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetData>${inlineRow(1, ['Titel', 'Phase'])}`);
  let batch = '';
  for (let r = 2; r <= rows; r++) {
    batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    if (batch.length > 1 << 20) {
      write(batch);
      batch = '';
    }
  }
  write(`${batch}</sheetData></worksheet>`);
  deflate.end();
  await done;
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(out), method: 8, crc32: crc >>> 0, uncompressedSize: size };
}

/** Windows-1252 bytes of a string (Latin-1 range plus the euro sign and quotes Excel writes). */
export function cp1252(text: string): Buffer {
  const special = new Map([
    ['€', 0x80],
    ['„', 0x84],
    ['“', 0x93],
    ['”', 0x94],
    ['–', 0x96],
  ]);
  return Buffer.from(
    [...text].map((ch) => {
      const s = special.get(ch);
      if (s !== undefined) return s;
      const code = ch.codePointAt(0) as number;
      if (code > 0xff) throw new Error(`not in cp1252: ${ch}`);
      return code;
    }),
  );
}

/** A real workbook as Excel users make them: German headers, a hidden first sheet, rich text, links, formulas, dates. */
export async function germanWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const hidden = wb.addWorksheet('Alt', { state: 'hidden' });
  hidden.addRow(['Titel']);
  hidden.addRow(['aus dem versteckten Blatt']);
  const ws = wb.addWorksheet('Touchpoints');
  ws.addRow(['Titel', 'Beschreibung / Kundenzitat', 'Phase', 'Würfelseite', 'Abteilung', 'Direkt/Indirekt', 'Online/Offline', 'Moment der Wahrheit', 'Priorität', 'Erfasst am']);
  ws.addRow(['Website', { richText: [{ text: '„Schnell ' }, { font: { bold: true }, text: 'gefunden“' }] }, 'Vor dem Kauf', 'Online-Präsenz', 'Marketing', 'direkt', 'online', 'ja', 'hoch', new Date(Date.UTC(2024, 4, 1))]);
  ws.addRow(['Beratungsgespräch', { text: 'Termin online buchen', hyperlink: 'https://example.org/termin' }, 'Während des Kaufs', 'Mitarbeitende', 'Vertrieb', 'direkt', 'offline', 'x', { formula: '1+2', result: 3 }, null]);
  ws.addRow(['Bewertungsportal', 'Kunden lesen Bewertungen', 'Vor dem Kauf', 'online', '', 'indirekt', 'online', 'nein', 2, null]);
  ws.addRow(['Rechnung', { error: '#N/A' }, 'Nach dem Kauf', 'Produkt', 'Buchhaltung', 'direkt', 'offline', '', 'niedrig', null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeCorpusFile(dir: string, name: string, data: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, data);
  return file;
}

/** `n` characters of text that does not compress much (ASCII letters from a fixed pseudo-random sequence). */
export function noisyText(n: number): string {
  const letters = Buffer.from('abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = letters[(x >>> 0) % letters.length] as number;
  }
  return out.toString('latin1');
}

/**
 * The worker as one JavaScript file, as the packaged app runs it (no TypeScript loader
 * at start-up). Written under node_modules/.cache so its package imports resolve.
 * Returns undefined when esbuild is not available (then tests use worker.ts via tsx).
 */
export async function bundleWorker(): Promise<string | undefined> {
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const here = path.dirname(new URL(import.meta.url).pathname);
    const outfile = path.resolve(here, '../../../../node_modules/.cache/touchpoint-import-worker/worker.mjs');
    await esbuild.build({
      entryPoints: [path.join(here, 'worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return outfile;
  } catch {
    return undefined;
  }
}
