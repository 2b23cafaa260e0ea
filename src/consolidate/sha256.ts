/**
 * SHA-256 of a byte array (js-sha256: plain ES5, so it also runs in the IE11 task pane, which has no
 * usable crypto.subtle). The source list names every input file by its SHA-256, and identical files are
 * reported as duplicates. Node hosts may pass a hash from `crypto` instead.
 */
import { sha256 } from 'js-sha256';

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return sha256.hex(bytes);
}
