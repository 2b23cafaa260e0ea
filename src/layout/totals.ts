/**
 * Which figures are totals and what they sum, derived from the format data (never listed per cell):
 * - a column flagged `isTotal` (总计 of 表三; the three 总计 of 表四) sums, in each row, the other
 *   figure columns under the same column group (`dataDescendants` of its parent);
 * - a row flagged `isTotal` (（七）总计 of 表三) sums, in each column, the other figure rows under the
 *   same row group (all outcome rows of 三、本年度办理结果);
 * - 表三's `balance` (the printed 勾稽 note) gives, per column, 一+二 = （七）总计+四.
 * Source: formats.md §6, identities I1–I6.
 */
import { dataColumns, dataDescendants, dataRows } from '../formats';
import type { FormatDef } from '../formats/types';
import type { BalanceCheck, TotalCheck } from './types';

/** Every total of the format with the figures it sums (the （七）总计/总计 cell appears twice: across and down). */
export function deriveTotals(format: FormatDef): TotalCheck[] {
  const out: TotalCheck[] = [];
  for (const table of format.tables) {
    const rows = dataRows(table);
    const columns = dataColumns(table);
    for (const total of columns.filter((c) => c.isTotal)) {
      const parts = dataDescendants(table.columns, total.parent, total.code).filter((c) => !c.isTotal);
      for (const row of rows) {
        out.push({
          ref: { table: table.id, row: row.code, column: total.code },
          direction: 'across',
          parts: parts.map((c) => ({ table: table.id, row: row.code, column: c.code })),
        });
      }
    }
    for (const total of rows.filter((r) => r.isTotal)) {
      const parts = dataDescendants(table.rows, total.parent, total.code).filter((r) => !r.isTotal);
      for (const column of columns) {
        out.push({
          ref: { table: table.id, row: total.code, column: column.code },
          direction: 'down',
          parts: parts.map((r) => ({ table: table.id, row: r.code, column: column.code })),
        });
      }
    }
  }
  return out;
}

/** The 勾稽 checks of the format: one per figure column of each table that prints a balance note. */
export function deriveBalance(format: FormatDef): BalanceCheck[] {
  const out: BalanceCheck[] = [];
  for (const table of format.tables) {
    const balance = table.balance;
    if (!balance) continue;
    for (const column of dataColumns(table)) {
      out.push({
        table: table.id,
        column: column.code,
        lhs: balance.lhs.map((row) => ({ table: table.id, row, column: column.code })),
        rhs: balance.rhs.map((row) => ({ table: table.id, row, column: column.code })),
        note: balance.note,
      });
    }
  }
  return out;
}
