/**
 * The central directory of a zip file (APPNOTE.TXT §4.3.12–4.3.16), read from the bytes without
 * inflating anything: what an .xlsx holds, how big each part says it is once uncompressed, and whether
 * a part is encrypted, and where its data lies. Browser-safe (DataView and TextDecoder, no Buffer, no
 * BigInt: 64-bit sizes are combined from two 32-bit halves, exact up to 2^53).
 */

/** One entry of the central directory. */
export interface ZipEntry {
  /** Path inside the zip, e.g. xl/worksheets/sheet1.xml (OOXML part names are ASCII). */
  readonly name: string;
  /** Bytes stored in the file. */
  readonly compressedSize: number;
  /** Bytes once inflated, as the directory states it (a crafted file may lie: see preflight). */
  readonly uncompressedSize: number;
  /** 0 = stored, 8 = deflate; anything else is not readable by the .xlsx reader. */
  readonly method: number;
  /** General purpose flag bit 0: the entry is encrypted (zip password). */
  readonly encrypted: boolean;
  /** Offset of the entry's local header in the bytes (data prepended to the zip accounted for). */
  readonly localOffset: number;
}

/** Why the directory could not be read. */
export type ZipDirectoryProblem = 'no-directory' | 'bad-directory';

/** The directory, or the reason it could not be read. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: ZipDirectoryProblem };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

function u64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 0x100000000 + view.getUint32(at, true);
}

/** Offset of the end-of-central-directory record, searched backwards over the longest possible comment. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

/** Directory size, offset and entry count, from the ZIP64 record when the classic one is saturated. */
function directoryBounds(view: DataView, eocd: number): { count: number; size: number; offset: number } | undefined {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return undefined;
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return undefined;
    count = u64(view, record + 32);
    size = u64(view, record + 40);
    offset = u64(view, record + 48);
  }
  return { count, size, offset };
}

/** Sizes and offset replaced by the ZIP64 extra field (only the saturated ones are present, in this order). */
function zip64Fields(
  view: DataView,
  extra: number,
  extraEnd: number,
  fields: { uncompressed: number; compressed: number; offset: number },
): { uncompressed: number; compressed: number; offset: number } {
  let at = extra;
  while (at + 4 <= extraEnd) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (id === ZIP64_EXTRA_ID) {
      let p = body;
      const end = Math.min(body + length, extraEnd);
      const out = { ...fields };
      if (out.uncompressed === U32_MAX && p + 8 <= end) {
        out.uncompressed = u64(view, p);
        p += 8;
      }
      if (out.compressed === U32_MAX && p + 8 <= end) {
        out.compressed = u64(view, p);
        p += 8;
      }
      if (out.offset === U32_MAX && p + 8 <= end) out.offset = u64(view, p);
      return out;
    }
    at = body + length;
  }
  return fields;
}

/** An entry name as the .xlsx reader (JSZip) decodes it: UTF-8. */
function entryName(bytes: Uint8Array, start: number, length: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(start, start + length));
}

/**
 * Read the central directory of `bytes`.
 * - `no-directory`: no end-of-central-directory record (a truncated download, or not a zip at all);
 * - `bad-directory`: the record points outside the file or at something that is not a directory entry
 *   (truncated or damaged).
 * Data prepended to the zip (self-extracting archives) is tolerated, as the .xlsx reader does. Never throws.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < EOCD_SIZE) return { ok: false, problem: 'no-directory' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd < 0) return { ok: false, problem: 'no-directory' };
  const bounds = directoryBounds(view, eocd);
  if (!bounds) return { ok: false, problem: 'bad-directory' };
  // The directory normally ends where the end record starts; with prepended data it sits further on.
  const start = bounds.offset + bounds.size <= eocd && view.getUint32(bounds.offset, true) === CENTRAL_SIGNATURE ? bounds.offset : eocd - bounds.size;
  if (start < 0 || start + bounds.size > eocd) return { ok: false, problem: 'bad-directory' };
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < bounds.count; i++) {
    if (at + CENTRAL_HEADER_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, problem: 'bad-directory' };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > eocd) return { ok: false, problem: 'bad-directory' };
    const fields = zip64Fields(view, nameStart + nameLength, nameStart + nameLength + extraLength, {
      uncompressed: view.getUint32(at + 24, true),
      compressed: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    entries.push({
      name: entryName(bytes, nameStart, nameLength),
      compressedSize: fields.compressed,
      uncompressedSize: fields.uncompressed,
      method,
      encrypted: (flags & 1) === 1,
      localOffset: fields.offset + (start - bounds.offset),
    });
    at = next;
  }
  return { ok: true, entries };
}
