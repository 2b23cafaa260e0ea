/**
 * Reading one cell as the core sees it: a number in the figure's unit (件/项, or 万元 for amounts),
 * blank, or a problem that names what was found. Hosts hand us raw `GridCell`s; this is the only
 * place that decides what a cell's content means. Messages are built by the caller, who knows the
 * cell's address and labels (see `valueFinding` in validate.ts).
 */
import type { GridCell } from '../grid/types';
import type { ValueKind } from '../formats/types';
import { decimalPlaces, shiftDecimal } from './decimal';
import { parseNumberText } from './numberText';
import type { TextUnit } from './numberText';
import type { Severity } from './types';

/** Rule ids of value findings. */
export type ValueRule =
  /** error: text that is not a number. */
  | 'value-text'
  /** error: a spreadsheet error value (#REF!, #DIV/0!…). */
  | 'value-error'
  /** error: a formula whose file stores no result (never read as 0). */
  | 'value-formula-uncached'
  /** error: TRUE/FALSE in a number cell. */
  | 'value-boolean'
  /** error: a date in a number cell. */
  | 'value-date'
  /** error: a unit that does not fit the column (万元 in a count, 件 in an amount). */
  | 'value-unit'
  /** error: decimals in a count or 本年增/减. */
  | 'value-not-whole'
  /** error: a negative count or amount. */
  | 'value-negative'
  /** error: beyond 2^53, cannot be read exactly. */
  | 'value-too-large'
  /** warning: —, /, －, 无 or - read as 0. */
  | 'value-placeholder'
  /** warning: an amount written in 亿元 or 元, converted to 万元. */
  | 'value-unit-converted'
  /** warning: an amount finer than 1 分 (more than 6 decimals of 万元). */
  | 'value-precision';

/** One problem met while reading a cell. */
export interface ValueProblem {
  readonly rule: ValueRule;
  readonly severity: Severity;
  /** For `value-unit`: the unit written in the cell. */
  readonly unit?: string;
}

/** What a cell holds, as a number in the figure's unit. */
export interface ValueReading {
  /** The number (件/项, or 万元 for amounts); null when blank or unreadable. Blank counts as 0 in sums. */
  readonly value: number | null;
  /** True when the cell holds something that is not a number: identities touching it cannot be checked. */
  readonly invalid: boolean;
  /** The content as found, for messages ('51.57 亿元', '=SUM(B2:B5)', '#REF!'); absent when blank. */
  readonly raw?: string;
  /** Problems, errors before warnings as met. Empty for a clean number or a blank. */
  readonly problems: readonly ValueProblem[];
}

/** Shifting the decimal point by this many places converts the unit to 万元. */
const TO_WAN_YUAN: Readonly<Record<string, number>> = { 亿元: 4, 万元: 0, 元: -4 };
const COUNT_UNITS: readonly TextUnit[] = ['件', '项'];
/** 1 分 = 0.000001 万元: an amount with more decimals is not money as written. */
const MAX_AMOUNT_DECIMALS = 6;
/** Float noise below this (0.1 * 30 = 3.0000000000000004) is not a decimal a user typed. */
const WHOLE_TOLERANCE = 1e-9;

/**
 * Interpret one cell for a figure of value kind `kind` (count: whole ≥ 0; signedCount: whole, may be
 * negative, 本年增/减 of the 2019 format; amount: ≥ 0 with decimals, in 万元).
 *
 * - blank (no cell, null, '' or spaces) → value null, no problem;
 * - numbers pass; text numbers are read (full-width digits, 1,234 / 1，234, spaces, a trailing 件/项,
 *   a leading + or any minus dash); "—", "/", "－", "无", "-" → 0 with a warning;
 * - amounts written with 亿元/万元/元 → converted exactly to 万元 (a warning unless already 万元);
 * - a formula cell is read by its shown value (one showing "" is blank); only one marked
 *   `noCachedValue` (the file stores no result) is unreadable;
 * - anything else, spreadsheet error values, formulas without a cached result, booleans and dates →
 *   an error, value null, `invalid` true;
 * - then the kind: decimals in a count or signedCount, a negative count or amount → error (the number
 *   is kept, so sums still use it); an amount finer than 1 分 → warning.
 * Never throws.
 */
export function readValue(cell: GridCell | null | undefined, kind: ValueKind): ValueReading {
  if (cell === null || cell === undefined) return { value: null, invalid: false, problems: [] };
  if (cell.error !== undefined) return unreadable('value-error', cell.error);
  const { value } = cell;
  // Only the reader knows a file stored no result; a formula showing "" or nothing is a blank.
  if (cell.noCachedValue) {
    return unreadable('value-formula-uncached', `=${cell.formula ?? ''}`);
  }
  if (value === null) return { value: null, invalid: false, problems: [] };
  if (typeof value === 'boolean') return unreadable('value-boolean', value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return unreadable('value-date', dateText(value));
  if (typeof value === 'number') {
    if (!isFinite(value)) return unreadable('value-text', String(value));
    return checkKind(value, String(value), kind, []);
  }
  return readText(value, kind);
}

function readText(text: string, kind: ValueKind): ValueReading {
  const parsed = parseNumberText(text);
  switch (parsed.kind) {
    case 'blank':
      return { value: null, invalid: false, problems: [] };
    case 'placeholder':
      return { value: 0, invalid: false, raw: text, problems: [{ rule: 'value-placeholder', severity: 'warning' }] };
    case 'errorValue':
      return unreadable('value-error', text);
    case 'other':
      return unreadable('value-text', text);
    case 'number':
      break;
  }
  const { unit } = parsed;
  const problems: ValueProblem[] = [];
  let digits = parsed.fraction ? `${parsed.whole}.${parsed.fraction}` : parsed.whole;
  if (unit !== undefined) {
    const isCountUnit = COUNT_UNITS.indexOf(unit) >= 0;
    if (isCountUnit === (kind === 'amount')) {
      return { value: null, invalid: true, raw: text, problems: [{ rule: 'value-unit', severity: 'error', unit }] };
    }
    const shift = TO_WAN_YUAN[unit];
    if (shift !== undefined && shift !== 0) {
      digits = shiftDecimal(parsed.whole, parsed.fraction, shift);
      problems.push({ rule: 'value-unit-converted', severity: 'warning' });
    }
  }
  const number = Number(digits);
  return checkKind(parsed.negative ? -number : number, text, kind, problems);
}

/** The value-kind checks shared by typed numbers and numbers read from text. */
function checkKind(value: number, raw: string, kind: ValueKind, problems: ValueProblem[]): ValueReading {
  let v = value === 0 ? 0 : value; // no -0
  const errors: ValueProblem[] = [];
  if (Math.abs(v) > Number.MAX_SAFE_INTEGER) {
    return { value: null, invalid: true, raw, problems: [{ rule: 'value-too-large', severity: 'error' }] };
  }
  if (kind === 'count' || kind === 'signedCount') {
    const rounded = Math.round(v);
    if (Math.abs(v - rounded) < WHOLE_TOLERANCE) v = rounded === 0 ? 0 : rounded;
    else errors.push({ rule: 'value-not-whole', severity: 'error' });
  }
  if (v < 0 && kind !== 'signedCount') errors.push({ rule: 'value-negative', severity: 'error' });
  if (kind === 'amount' && decimalPlaces(v) > MAX_AMOUNT_DECIMALS) {
    problems.push({ rule: 'value-precision', severity: 'warning' });
  }
  return { value: v, invalid: false, raw, problems: errors.concat(problems) };
}

function unreadable(rule: ValueRule, raw: string): ValueReading {
  return { value: null, invalid: true, raw, problems: [{ rule, severity: 'error' }] };
}

/** A date as users see it (yyyy-mm-dd, the calendar date of the cell). */
function dateText(d: Date): string {
  if (isNaN(d.getTime())) return String(d);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
