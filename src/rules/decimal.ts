/**
 * Exact decimal scaling on digit strings. Unit conversion (亿元 → 万元 is ×10⁴, 元 → 万元 is ÷10⁴)
 * moves the decimal point instead of multiplying floats, so 51.57 亿元 becomes exactly 515700 万元.
 * No BigInt (the task pane runs in IE11).
 */

/**
 * The decimal text of `whole.fraction × 10^shift`, without leading or trailing zeros.
 * `whole` and `fraction` are ASCII digit strings (`fraction` may be empty).
 * Example: shiftDecimal('51', '57', 4) → '515700'; shiftDecimal('3940', '', -4) → '0.394'.
 */
export function shiftDecimal(whole: string, fraction: string, shift: number): string {
  const digits = whole + fraction;
  // Position of the decimal point within `digits` after the shift.
  let point = whole.length + shift;
  let padded = digits;
  if (point > padded.length) padded += repeatZero(point - padded.length);
  if (point < 0) {
    padded = repeatZero(-point) + padded;
    point = 0;
  }
  const intPart = padded.slice(0, point).replace(/^0+/, '') || '0';
  const fracPart = padded.slice(point).replace(/0+$/, '');
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}

/** Number of decimals in the shortest text of `value` (96171.6 → 1, 1e-7 → 7, 12 → 0). */
export function decimalPlaces(value: number): number {
  const text = String(Math.abs(value));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return 0;
  const fraction = m[2] ? m[2].length : 0;
  const exponent = m[3] ? parseInt(m[3], 10) : 0;
  return Math.max(0, fraction - exponent);
}

function repeatZero(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0';
  return s;
}
