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

/**
 * A finite number as the decimal of its shortest text: value = (negative ? −1 : 1) × digits × 10^−scale.
 * `digits` has no leading or trailing zeros ('0' for zero); `scale` is the number of decimals, negative
 * when the digits stand for tens, hundreds… (1200 → { digits: '12', scale: −2 }).
 */
export interface DecimalDigits {
  readonly negative: boolean;
  readonly digits: string;
  readonly scale: number;
}

/**
 * The digits of `value`'s shortest round-trip text (the digits String(value) shows), read from
 * `toExponential()`, which has one form for every magnitude ("d.ddde±x") and no locale.
 * 96171.6 → { '961716', 1 }; 0.30000000000000004 → { '30000000000000004', 17 }; 1e-7 → { '1', 7 }.
 * The one decimal reader of the core: value checks (rules) and exact sums (consolidate) use it.
 * @throws RangeError for NaN or ±Infinity.
 */
export function decimalDigits(value: number): DecimalDigits {
  if (!isFinite(value)) throw new RangeError(`不是有限数：${value}`);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(value.toExponential()) as RegExpExecArray;
  const digits = (m[2] + (m[3] || '')).replace(/0+$/, '') || '0';
  const exponent = parseInt(m[4], 10);
  // value = d.ddd × 10^exponent = digits × 10^(exponent − (digits.length − 1))
  return { negative: m[1] === '-', digits, scale: digits === '0' ? 0 : digits.length - 1 - exponent };
}

/** Number of decimals in the shortest text of `value` (96171.6 → 1, 1e-7 → 7, 12 → 0). */
export function decimalPlaces(value: number): number {
  return isFinite(value) ? Math.max(0, decimalDigits(value).scale) : 0;
}

function repeatZero(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0';
  return s;
}
