/**
 * A minimal zip writer (stored / deflated entries, no zip64, no data descriptors).
 * Used to hand exceljs a repacked workbook that holds only the parts it needs, and by
 * the tests to build hostile files at test time.
 */
import zlib from 'node:zlib';

export interface ZipEntryData {
  name: string;
  /** the entry's bytes as stored in the zip (already deflated when method is 8) */
  data: Uint8Array;
  method: 0 | 8;
  crc32: number;
  /** what the headers say the entry inflates to (tests may lie here) */
  uncompressedSize: number;
}

/** An entry from plain bytes: deflated unless `store`. */
export function zipEntry(name: string, content: Uint8Array | string, store = false): ZipEntryData {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return {
    name,
    data: store ? raw : zlib.deflateRawSync(raw),
    method: store ? 0 : 8,
    crc32: zlib.crc32(raw) >>> 0,
    uncompressedSize: raw.length,
  };
}

const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly ZipEntryData[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = Math.min(e.uncompressedSize, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc32 >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));

    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4); // version made by
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(DOS_DATE, 14);
    c.writeUInt32LE(e.crc32 >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
