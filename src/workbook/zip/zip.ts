/**
 * The zip container of an .xlsx file, read by hand before any library inflates it: the central
 * directory (names, methods, declared sizes, checksums) and each entry's bytes inflated with a
 * byte cap, so that a small file that would inflate to gigabytes (a zip bomb) is stopped at the
 * cap instead of filling the memory. No Node APIs of its own: the pane opens workbooks too.
 */
import { createInflateStream } from "@cj-tech-master/excelts/archive";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else this reader does not inflate. */
  method: number;
  flags: number;
  compressedSize: number;
  /** As the central directory declares it; the inflated bytes are held to it. */
  uncompressedSize: number;
  crc32: number;
  localHeaderOffset: number;
}

/** Why bytes are not a usable zip; `detail` is for people who know the format (a test, a bug report). */
export class ZipDamage extends Error {
  constructor(
    readonly kind: "notZip" | "damaged" | "encrypted" | "method",
    readonly entry?: string,
    detail: string = kind,
  ) {
    super(detail);
    this.name = "ZipDamage";
  }
}

/** An entry inflates to more than allowed (or than it declares). */
export class ZipTooLarge extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} inflates to more than ${limit} bytes`);
    this.name = "ZipTooLarge";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian size; beyond 2^53 no file this reader accepts can be that large anyway. */
function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The entries listed in the central directory; throws ZipDamage when there is no (sound) directory. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (!startsLikeZip(bytes)) throw new ZipDamage("notZip");
  const v = view(bytes);
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (v.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipDamage("damaged", undefined, "no end of central directory (the file is cut off?)");
  let count = v.getUint16(end + 10, true);
  let size = v.getUint32(end + 12, true);
  let offset = v.getUint32(end + 16, true);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && v.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at64 = u64(v, end - 20 + 8);
    if (at64 + 56 > bytes.length || v.getUint32(at64, true) !== ZIP64_EOCD) throw new ZipDamage("damaged", undefined, "bad zip64 end record");
    count = u64(v, at64 + 32);
    size = u64(v, at64 + 40);
    offset = u64(v, at64 + 48);
  }
  if (offset + size > bytes.length) throw new ZipDamage("damaged", undefined, "central directory outside the file (the file is cut off?)");

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw new ZipDamage("damaged", undefined, `central directory entry ${k} is damaged`);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength + commentLength > bytes.length) throw new ZipDamage("damaged", undefined, `central directory entry ${k} is cut off`);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: v.getUint16(at + 8, true),
      method: v.getUint16(at + 10, true),
      crc32: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      uncompressedSize: v.getUint32(at + 24, true),
      localHeaderOffset: v.getUint32(at + 42, true),
    };
    readZip64Extra(v, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets that do not fit in 32 bits are in the zip64 extra field (id 1), in this order, only those that overflow. */
function readZip64Extra(v: DataView, start: number, length: number, e: ZipEntry): void {
  let at = start;
  while (at + 4 <= start + length) {
    const id = v.getUint16(at, true);
    const size = v.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const take = () => {
        const value = p + 8 <= at + 4 + size ? u64(v, p) : NaN;
        p += 8;
        return value;
      };
      if (e.uncompressedSize === 0xffffffff) e.uncompressedSize = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localHeaderOffset === 0xffffffff) e.localHeaderOffset = take();
      if ([e.uncompressedSize, e.compressedSize, e.localHeaderOffset].some((x) => !Number.isFinite(x)))
        throw new ZipDamage("damaged", e.name, "bad zip64 field");
    }
    at += 4 + size;
  }
}

/** The compressed bytes of an entry, found through its local header. */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const v = view(bytes);
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw new ZipDamage("damaged", e.name, "local header missing");
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw new ZipDamage("damaged", e.name, "data cut off");
  return bytes.subarray(start, start + e.compressedSize);
}

/**
 * The bytes of an entry, inflated, never more than `maxBytes` (ZipTooLarge as soon as the output
 * passes it) nor more than the entry declares; a wrong length or checksum is damage.
 */
export async function inflateEntry(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (e.flags & 1) throw new ZipDamage("encrypted", e.name);
  if (e.uncompressedSize > maxBytes) throw new ZipTooLarge(e.name, maxBytes);
  const data = entryData(bytes, e);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) out = await inflateRaw(data, e.uncompressedSize, e.name);
  else throw new ZipDamage("method", e.name, `compression method ${e.method}`);
  if (out.length !== e.uncompressedSize) throw new ZipDamage("damaged", e.name, `holds ${out.length} bytes, declares ${e.uncompressedSize}`);
  if (crc32(out) !== e.crc32) throw new ZipDamage("damaged", e.name, "checksum does not match");
  return out;
}

const SLICE = 64 * 1024;

/**
 * Inflates with the workbook library's streaming inflater (zlib in Node; DecompressionStream or
 * its own code in a browser), reading the output as it comes and stopping one chunk past what
 * the entry declares: a bomb never inflates far past the cap, whatever its header says.
 */
function inflateRaw(data: Uint8Array, declared: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const stream = createInflateStream();
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const fail = (detail: string) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      reject(new ZipDamage("damaged", name, detail));
    };
    stream.on("data", (chunk: Uint8Array) => {
      if (settled) return;
      total += chunk.length;
      if (total > declared) fail(`inflates past the ${declared} bytes it declares`);
      else chunks.push(chunk);
    });
    stream.on("error", () => fail("not valid deflate data"));
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    for (let at = 0; at < data.length && !settled; at += SLICE) stream.write(data.subarray(at, at + SLICE));
    if (!settled) stream.end();
  });
}

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it (polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
