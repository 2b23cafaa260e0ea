/**
 * A zip entry's content, inflated synchronously chunk by chunk with pako (the library JSZip, and so
 * ExcelJS, inflates with), never beyond a limit: the preflight counts and scans each chunk and can stop
 * a zip bomb after its first 64 KB over the limit. Browser-safe.
 */
import { Inflate } from 'pako/lib/inflate';
import type { ZipEntry } from './zipDirectory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Output chunk size: large enough to keep calls few, small enough to stop a bomb early. */
const CHUNK = 65536;

/** Why a part could not be inflated within its limit. */
export type PartProblem =
  /** the local header is missing or the data runs past the end of the file */
  | { readonly kind: 'missing' }
  /** the deflate data is damaged (zlib's message) */
  | { readonly kind: 'damaged'; readonly detail: string }
  /** inflating went past the limit (then stopped) */
  | { readonly kind: 'over-limit' };

/** Thrown inside pako's callback to stop at the limit; never escapes `inflateEntry`. */
class OverLimit {}

/** The stored bytes of `entry` (after its local header), or undefined when they are not all in `bytes`. */
function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  if (at < 0 || at + LOCAL_HEADER_SIZE > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

/**
 * Inflate `entry` (stored or deflate) from `bytes`, handing each chunk to `onChunk` (which may throw to
 * stop; its exception is rethrown), never producing more than `limit` bytes.
 * @returns the number of bytes inflated, or the problem met.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, onChunk: (chunk: Uint8Array) => void): number | PartProblem {
  const data = storedData(bytes, entry);
  if (!data) return { kind: 'missing' };
  if (entry.method === 0) {
    if (data.length > limit) return { kind: 'over-limit' };
    for (let i = 0; i < data.length; i += CHUNK) onChunk(data.subarray(i, Math.min(data.length, i + CHUNK)));
    return data.length;
  }
  let size = 0;
  const inflate = new Inflate({ raw: true, chunkSize: CHUNK });
  inflate.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw new OverLimit();
    onChunk(chunk);
  };
  try {
    inflate.push(data, true);
  } catch (e) {
    if (e instanceof OverLimit) return { kind: 'over-limit' };
    throw e;
  }
  if (inflate.err) return { kind: 'damaged', detail: inflate.msg || `zlib ${inflate.err}` };
  return size;
}
