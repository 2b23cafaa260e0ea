/**
 * What kind of file a byte array is, from its first bytes: an .xlsx is a zip ("PK\x03\x04");
 * .xls and password-encrypted .xlsx files are OLE compound files (D0 CF 11 E0 A1 B1 1A E1), told
 * apart by the EncryptedPackage stream that encryption creates (ECMA-376 part 2 / MS-OFFCRYPTO).
 * Two text formats that office systems often save under an .xls name are recognised for a better
 * message: an HTML table ("网页" export) and the XML Spreadsheet 2003 format.
 */

export type FileKind = 'zip' | 'empty' | 'encrypted' | 'legacy-xls' | 'html' | 'spreadsheet-xml' | 'other';

/** How far into a text file to look for its kind (a BOM, an XML declaration and comments come first). */
const TEXT_HEAD = 2048;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** True when `bytes` contain `text` encoded as UTF-16LE (how OLE directory entries store stream names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let ok = true;
    for (let k = 1; k < text.length && ok; k++) ok = bytes[i + 2 * k] === text.charCodeAt(k) && bytes[i + 2 * k + 1] === 0;
    if (ok) return true;
  }
  return false;
}

/** The first bytes of a file as lower-case ASCII text (other bytes dropped). */
function asciiHead(bytes: Uint8Array): string {
  let s = '';
  const end = Math.min(bytes.length, TEXT_HEAD);
  for (let i = 0; i < end; i++) if (bytes[i] < 0x80) s += String.fromCharCode(bytes[i]);
  return s.toLowerCase();
}

/** Kind of file `bytes` hold. */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  // Local file header, or the end-of-central-directory record of an empty zip.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacy-xls';
  const head = asciiHead(bytes);
  // XML Spreadsheet 2003 holds <Table> elements, so the HTML test on <table> comes after it.
  if (/<(!doctype html|html)[\s>]/.test(head)) return 'html';
  if (head.indexOf('urn:schemas-microsoft-com:office:spreadsheet') >= 0) return 'spreadsheet-xml';
  if (/<table[\s>]/.test(head)) return 'html';
  return 'other';
}
