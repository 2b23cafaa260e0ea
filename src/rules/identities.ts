/**
 * The arithmetic identities of a format, derived from its data rather than written per cell
 * (shared/formats/formats.md §6):
 * - `row-total`: every 总计 column (`isTotal`) equals the sum of the data columns under the same parent,
 *   in every data row (表三 I3; 表四 I4–I6: 行政复议, 未经复议直接起诉 and 复议后起诉 each have their 总计);
 * - `column-total`: every 总计 row (`isTotal`, 表三 （七）总计) equals the sum of the data rows under the same
 *   parent, in every data column (表三 I2);
 * - `balance`: the 勾稽关系 printed in 表三's header, Σ lhs rows = Σ rhs rows in every data column (表三 I1).
 * Table 二 has no identity: there is no 总计 in it.
 */
import { dataColumns, dataDescendants, dataRows } from '../formats';
import type { CellRef, FormatDef, TableDef, TableId } from '../formats/types';

export type IdentityRule = 'row-total' | 'column-total' | 'balance';

/** Σ lhs = Σ rhs over the figures of one table. */
export interface Identity {
  readonly rule: IdentityRule;
  readonly table: TableId;
  /** Left side: the total cell (row-total, column-total), or the rows 一 and 二 (balance). */
  readonly lhs: readonly CellRef[];
  /** Right side: the parts (totals), or （七）总计 and 四 (balance). */
  readonly rhs: readonly CellRef[];
}

/** Every identity of one table, in official reading order: row totals, column totals, then the balance. */
export function tableIdentities(table: TableDef): Identity[] {
  const out: Identity[] = [];
  const rows = dataRows(table);
  const columns = dataColumns(table);
  const ref = (row: string, column: string): CellRef => ({ table: table.id, row, column });

  for (const total of columns.filter((c) => c.isTotal)) {
    const parts = dataDescendants(table.columns, total.parent, total.code);
    for (const row of rows) {
      out.push({ rule: 'row-total', table: table.id, lhs: [ref(row.code, total.code)], rhs: parts.map((c) => ref(row.code, c.code)) });
    }
  }
  for (const total of rows.filter((r) => r.isTotal)) {
    const parts = dataDescendants(table.rows, total.parent, total.code);
    for (const column of columns) {
      out.push({ rule: 'column-total', table: table.id, lhs: [ref(total.code, column.code)], rhs: parts.map((r) => ref(r.code, column.code)) });
    }
  }
  const { balance } = table;
  if (balance) {
    for (const column of columns) {
      out.push({
        rule: 'balance',
        table: table.id,
        lhs: balance.lhs.map((r) => ref(r, column.code)),
        rhs: balance.rhs.map((r) => ref(r, column.code)),
      });
    }
  }
  return out;
}

/** Every identity of a format, table by table in official order. */
export function formatIdentities(format: FormatDef): Identity[] {
  const out: Identity[] = [];
  for (const table of format.tables) out.push(...tableIdentities(table));
  return out;
}

/** The cells of an identity, left side first (the total, for a total rule). */
export function identityCells(identity: Identity): CellRef[] {
  return identity.lhs.concat(identity.rhs);
}
