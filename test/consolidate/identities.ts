/**
 * An independent check of the format's identities on figures (row totals, column totals, the 表三
 * 勾稽), written from the format data in the test itself, so that the split can be checked without
 * trusting the code under test.
 */
import { dataColumns, dataDescendants, dataRows, getFormat, refKey } from '../../src/formats';
import type { ReportFigures } from '../../src/rules/types';

/** Every broken identity, as "table/row:col expected X found Y"; empty when all hold. */
export function brokenIdentities(figures: ReportFigures): string[] {
  const format = getFormat(figures.format);
  const v = (table: string, row: string, col: string): number => {
    const r = figures.cells[`${table}/${row}:${col}`];
    return r && r.value !== null ? r.value : 0;
  };
  const out: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  for (const t of format.tables) {
    const rows = dataRows(t);
    const cols = dataColumns(t);
    for (const total of cols.filter((c) => c.isTotal)) {
      const parts = dataDescendants(t.columns, total.parent, total.code);
      for (const r of rows) {
        const sum = parts.reduce((s, p) => s + v(t.id, r.code, p.code), 0);
        if (!near(sum, v(t.id, r.code, total.code))) out.push(`${refKey({ table: t.id, row: r.code, column: total.code })} expected ${sum} found ${v(t.id, r.code, total.code)}`);
      }
    }
    for (const total of rows.filter((r) => r.isTotal)) {
      const parts = dataDescendants(t.rows, total.parent, total.code);
      for (const c of cols) {
        const sum = parts.reduce((s, p) => s + v(t.id, p.code, c.code), 0);
        if (!near(sum, v(t.id, total.code, c.code))) out.push(`${refKey({ table: t.id, row: total.code, column: c.code })} expected ${sum} found ${v(t.id, total.code, c.code)}`);
      }
    }
    if (t.balance) {
      for (const c of cols) {
        const lhs = t.balance.lhs.reduce((s, r) => s + v(t.id, r, c.code), 0);
        const rhs = t.balance.rhs.reduce((s, r) => s + v(t.id, r, c.code), 0);
        if (!near(lhs, rhs)) out.push(`${t.id} balance ${c.code}: ${lhs} vs ${rhs}`);
      }
    }
    for (const r of rows) {
      for (const c of cols) {
        const reading = figures.cells[refKey({ table: t.id, row: r.code, column: c.code })];
        if (!reading || reading.value === null) continue;
        const x = reading.value;
        if (c.kind === 'count' && !(Number.isInteger(x) && x >= 0)) out.push(`${t.id}/${r.code}:${c.code} not a count: ${x}`);
        if (c.kind === 'signedCount' && !Number.isInteger(x)) out.push(`${t.id}/${r.code}:${c.code} not whole: ${x}`);
        if (c.kind === 'amount' && x < 0) out.push(`${t.id}/${r.code}:${c.code} negative amount: ${x}`);
      }
    }
  }
  return out;
}
