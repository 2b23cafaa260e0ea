/** A1-style addresses for 0-based grid coordinates. */

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell: (0,0) → A1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Sheet-qualified address as users read it: 表三!C12 (quoted when the name needs it: 'My sheet'!C12). */
export function sheetAddress(sheet: string, row: number, col: number): string {
  const plain = /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a1(row, col)}`;
}

/**
 * Parse an A1 address (optionally sheet-qualified) into 0-based coordinates.
 * @throws Error when the text is not an A1 address.
 */
export function parseA1(address: string): { sheet?: string; row: number; col: number } {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${address}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  let col = 0;
  for (const ch of m[3].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: parseInt(m[4], 10) - 1, col: col - 1 };
}
