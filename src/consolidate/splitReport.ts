/**
 * Splitting a city-level report into departmental reports whose sum is the city report again, cell
 * for cell, and each of which is valid on its own. Used by the demo (the real 淮安 2024 figures across
 * about 30 departments) and the benchmark (10 to 1000 departments).
 *
 * How each department stays valid (shared/formats/formats.md §6):
 * - free cells (表二, the leaf columns of 表四, the outcome rows and 四、结转 of 表三) are split
 *   independently, by deterministic weights, with the largest-remainder method, so parts add up exactly;
 *   amounts (万元) are split in their smallest published decimal (96171.6 in tenths);
 *   signed counts (本年增/减) are split by magnitude and keep their sign;
 * - 总计 columns and the （七）总计 row are recomputed per department from its own parts;
 * - 表三's 勾稽 一+二 = （七）+四 holds per applicant column: 二、上年结转 is split with a cap of the
 *   department's own （七）+四, and 一、本年新收 is what balances: （七）+四−二 ≥ 0.
 * A cell blank in the city report stays blank in every department (and a recomputed total stays blank
 * when the city left it blank and the department's parts are all zero).
 */
import { dataColumns, dataDescendants, dataRows, getFormat, refKey } from '../formats';
import type { ColumnDef, FormatDef, RowDef, TableDef } from '../formats/types';
import type { CellReading, ReportFigures } from '../rules/types';
import { fromScaled, toScaled } from './exactSum';

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to give every cell its own weights. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Splits a whole number `total` ≥ 0 into parts proportional to `weights` (largest remainder; ties to the
 * lower index). The parts are whole, ≥ 0, and add up to `total` exactly.
 * @throws Error when total is negative or not whole, or the weights are all zero.
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`只能拆分非负整数：${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new Error('权重全为 0，无法拆分');
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, frac: (total * w) / sum - parts[i] }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    if (weights[order[k].i] > 0 || sum === 0) {
      parts[order[k].i]++;
      left--;
    }
  }
  return parts;
}

/** `splitWhole` with an upper bound per part (Σ caps ≥ total). @throws Error when the caps cannot hold the total. */
export function splitWholeCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const room = caps.reduce((a, b) => a + b, 0);
  if (room < total) throw new Error(`上限之和 ${room} 小于要拆分的 ${total}`);
  const parts = weights.map(() => 0);
  let left = total;
  while (left > 0) {
    const w = weights.map((x, i) => (parts[i] < caps[i] ? Math.max(x, 1e-9) : 0));
    const add = splitWhole(left, w);
    left = 0;
    for (let i = 0; i < parts.length; i++) {
      const take = Math.min(add[i], caps[i] - parts[i]);
      parts[i] += take;
      left += add[i] - take;
    }
  }
  return parts;
}

/** Department weights: a few large offices and many small ones, as in a real city (deterministic). */
export function departmentWeights(count: number, seed = 2024): number[] {
  const r = random(seed);
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push((0.5 + r()) / Math.pow(k + 1, 0.8));
  return out;
}

/** Per-cell weights: the department's weight with a deterministic jitter of ±70 %. */
function cellWeights(base: readonly number[], cell: string, seed: number): number[] {
  const r = random(hash(cell) ^ seed);
  return base.map((w) => w * (0.3 + 1.4 * r()));
}

interface Cells {
  get(table: TableDef, row: RowDef, col: ColumnDef): number | null;
}

/**
 * Splits `city` into `weights.length` departmental reports (see the module comment).
 * @param seed varies the per-cell jitter; the same inputs always give the same split.
 * @throws Error when a figure of the city report is not a number of its kind (e.g. a fractional count).
 */
export function splitReport(city: ReportFigures, weights: readonly number[], seed = 2024): ReportFigures[] {
  const format: FormatDef = getFormat(city.format);
  const n = weights.length;
  const out: Array<Record<string, CellReading>> = weights.map(() => ({}));
  const cityCells: Cells = {
    get: (t, r, c) => {
      const reading = city.cells[refKey({ table: t.id, row: r.code, column: c.code })];
      return reading ? reading.value : null;
    },
  };
  const put = (d: number, t: TableDef, r: RowDef, c: ColumnDef, v: number | null): void => {
    out[d][refKey({ table: t.id, row: r.code, column: c.code })] = { value: v };
  };
  const get = (d: number, t: TableDef, r: RowDef, c: ColumnDef): number => {
    const reading = out[d][refKey({ table: t.id, row: r.code, column: c.code })];
    return reading && reading.value !== null ? reading.value : 0;
  };

  for (const table of format.tables) {
    const rows = dataRows(table);
    const columns = dataColumns(table);
    const totalRow = rows.filter((r) => r.isTotal)[0];
    const balance = table.balance;
    const derivedRow = balance ? rows.filter((r) => r.code === balance.lhs[0])[0] : undefined;
    const cappedRow = balance ? rows.filter((r) => r.code === balance.lhs[1])[0] : undefined;
    const freeColumns = columns.filter((c) => !c.isTotal);
    const freeRows = rows.filter((r) => r !== totalRow && r !== derivedRow && r !== cappedRow);

    for (const c of freeColumns) {
      for (const r of freeRows) {
        const parts = splitValue(cityCells.get(table, r, c), cellWeights(weights, `${table.id}/${r.code}:${c.code}`, seed), `${table.id}/${r.code}:${c.code}`);
        parts.forEach((v, d) => put(d, table, r, c, v));
      }
      if (totalRow) {
        const parts = dataDescendants(table.rows, totalRow.parent, totalRow.code);
        for (let d = 0; d < n; d++) put(d, table, totalRow, c, recomputed(cityCells.get(table, totalRow, c), parts.map((p) => get(d, table, p, c))));
      }
      if (balance && derivedRow && cappedRow) {
        const rhs = (d: number) => balance.rhs.reduce((s, code) => s + get(d, table, rows.filter((r) => r.code === code)[0], c), 0);
        const capped = cityCells.get(table, cappedRow, c);
        const caps = weights.map((_, d) => rhs(d));
        const parts = capped === null ? weights.map(() => null) : splitWholeCapped(capped, cellWeights(weights, `${table.id}/${cappedRow.code}:${c.code}`, seed), caps);
        for (let d = 0; d < n; d++) {
          put(d, table, cappedRow, c, parts[d]);
          put(d, table, derivedRow, c, recomputed(cityCells.get(table, derivedRow, c), [rhs(d) - (parts[d] || 0)]));
        }
      }
    }
    for (const total of columns.filter((c) => c.isTotal)) {
      const parts = dataDescendants(table.columns, total.parent, total.code);
      for (const r of rows) {
        for (let d = 0; d < n; d++) put(d, table, r, total, recomputed(cityCells.get(table, r, total), parts.map((p) => get(d, table, r, p))));
      }
    }
  }
  return out.map((cells) => ({ format: format.id, cells }));
}

/** A recomputed total: the sum of the parts, blank when the city left it blank and the parts add to 0. */
function recomputed(city: number | null, parts: readonly number[]): number | null {
  const sum = parts.reduce((a, b) => a + b, 0);
  return city === null && sum === 0 ? null : sum;
}

/** Splits one published value: whole numbers directly, decimals in their smallest unit, negatives by magnitude. */
function splitValue(value: number | null, weights: readonly number[], where: string): Array<number | null> {
  if (value === null) return weights.map(() => null);
  const scaled = toScaled(value);
  if (!Number.isSafeInteger(scaled.units)) throw new Error(`${where}：无法拆分 ${value}`);
  const sign = scaled.units < 0 ? -1 : 1;
  return splitWhole(Math.abs(scaled.units), weights).map((u) => fromScaled({ units: sign * u, decimals: scaled.decimals }) || 0);
}
