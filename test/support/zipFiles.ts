/**
 * Zip files made by hand for the hostile-workbook tests: any entry can lie about its size or
 * checksum, be stored or deflated, or be flagged as encrypted; a real .xlsx can be taken apart
 * and put together again with one part changed.
 */
import * as zlib from "node:zlib";
import { unzip as unzipArchive } from "@cj-tech-master/excelts/archive";
import { crc32 } from "../../src/workbook/zip/zip";

export interface HandEntry {
  name: string;
  data: Uint8Array;
  /** 8 (deflate, the default) or 0 (stored), or any other number to test an unknown method. */
  method?: number;
  /** What the central directory says the entry inflates to (default: the truth). */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  /** Already deflated bytes to use as the entry's data (with method 8). */
  deflated?: Uint8Array;
}

export function makeZip(entries: readonly HandEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const name = Buffer.from(e.name, "utf8");
    const body = e.deflated ?? (method === 8 ? zlib.deflateRawSync(e.data) : Buffer.from(e.data));
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a zip, in order. */
export async function unzip(bytes: Uint8Array): Promise<HandEntry[]> {
  const out: HandEntry[] = [];
  for await (const entry of unzipArchive(bytes).entries()) if (entry.type === "file") out.push({ name: entry.path, data: await entry.bytes() });
  return out;
}

/**
 * Deflated bytes that inflate to `megabytes` MB of zeros: one megabyte deflated on its own (blocks
 * not marked final, ending byte-aligned) repeated, then an empty final block. Small to hold (about
 * 1 kB per MB), and never inflated here.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const one = zlib.deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => one), Buffer.from([0x03, 0x00])]));
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
