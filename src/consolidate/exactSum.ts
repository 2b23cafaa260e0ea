/**
 * Exact sums of report figures: counts (件/项) and amounts (万元) added without floating-point drift.
 *
 * Every value is first read as the decimal a spreadsheet shows (15 significant digits, as Excel displays
 * and stores numbers), then added as a scaled integer (value × 10^decimals). 0.1 + 0.2 gives 0.3, and
 * 96171.6 split into tenths and added back gives 96171.6. No BigInt (the core also runs in IE11): the
 * scaled integers stay within Number.MAX_SAFE_INTEGER, and a sum that would leave that range throws
 * instead of rounding silently.
 */

import { decimalDigits } from '../rules/decimal';

/** A decimal as a scaled integer: value = units / 10^decimals. */
export interface ScaledDecimal {
  readonly units: number;
  readonly decimals: number;
}

/** Thrown when a sum cannot be kept exact within IEEE doubles (|units| > 2^53 − 1). */
export class PrecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrecisionError';
  }
}

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

function pow10(n: number): number {
  if (n < 0 || n > 22) throw new PrecisionError(`小数位数超出可精确计算的范围：${n}`);
  return POW10[n];
}

/**
 * A number as a scaled integer. Whole numbers are taken exactly; a fraction is taken as the decimal a
 * spreadsheet shows (15 significant digits), so that binary artefacts such as 0.30000000000000004
 * (a department's =0.1+0.2) read as 0.3.
 * @throws PrecisionError for NaN or ±Infinity, or for a value whose digits cannot be held exactly.
 */
export function toScaled(value: number): ScaledDecimal {
  if (!isFinite(value)) throw new PrecisionError(`不是有限数：${value}`);
  if (value === 0) return { units: 0, decimals: 0 };
  if (Number.isInteger(value)) {
    // Whole numbers are taken as they are: never rounded to 15 digits.
    if (!Number.isSafeInteger(value)) throw new PrecisionError(`数字超出可精确计算的范围：${value}`);
    return { units: value, decimals: 0 };
  }
  const shown = decimalDigits(Number(value.toPrecision(15)));
  let units = parseInt(shown.digits, 10);
  let decimals = shown.scale;
  if (decimals < 0) {
    units *= pow10(-decimals);
    decimals = 0;
  }
  if (!Number.isSafeInteger(units)) throw new PrecisionError(`数字超出可精确计算的范围：${value}`);
  return { units: shown.negative ? -units : units, decimals };
}

/** `d` rescaled to `decimals` (≥ d.decimals). @throws PrecisionError when the result leaves the safe range. */
function rescale(d: ScaledDecimal, decimals: number): number {
  const units = d.units * pow10(decimals - d.decimals);
  if (!Number.isSafeInteger(units)) throw new PrecisionError(`数字超出可精确计算的范围：${fromScaled(d)}`);
  return units;
}

/** The double nearest to units / 10^decimals (exact division of two exactly held integers). */
export function fromScaled(d: ScaledDecimal): number {
  return d.decimals === 0 ? d.units : d.units / pow10(d.decimals);
}

/**
 * Accumulates numbers exactly. `add` each value, then read `value()`.
 * Used per figure when consolidating: the sum of departmental cells.
 */
export class ExactSum {
  private units = 0;
  private decimals = 0;
  private count = 0;

  /**
   * Adds `value` (any finite number: counts, signed counts, amounts in 万元).
   * @throws PrecisionError when the value is not finite or the sum leaves the exactly representable range.
   */
  add(value: number): void {
    const d = toScaled(value);
    if (d.decimals > this.decimals) {
      this.units = rescale({ units: this.units, decimals: this.decimals }, d.decimals);
      this.decimals = d.decimals;
    }
    const next = this.units + rescale(d, this.decimals);
    if (!Number.isSafeInteger(next)) throw new PrecisionError(`合计超出可精确计算的范围（${this.count + 1} 个数相加）`);
    this.units = next;
    this.count++;
  }

  /** Number of values added so far. */
  get added(): number {
    return this.count;
  }

  /** The exact sum, as the double nearest to it (0 when nothing was added). */
  value(): number {
    return fromScaled({ units: this.units, decimals: this.decimals });
  }
}

/** Exact sum of a list of numbers (see `ExactSum`). @throws PrecisionError as `ExactSum.add`. */
export function exactSum(values: readonly number[]): number {
  const s = new ExactSum();
  for (const v of values) s.add(v);
  return s.value();
}
