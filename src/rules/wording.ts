/**
 * Words for findings: a cell's official labels and name, and each identity quoted with the official
 * labels of src/formats (never retyped here). Messages themselves live in src/i18n.
 */
import { columnPath, getColumn, getFormat, getRow, getTable, rowPath } from '../formats';
import type { CellRef, FormatId, TableDef } from '../formats/types';
import { t } from '../i18n';
import type { Identity } from './identities';
import type { FindingCell, Lang } from './types';

/** Above this many parts a sum is quoted by its direct items (groups standing for their sub-items). */
const MAX_LISTED_PARTS = 8;

/** A cell with its official row label (rowPath) and column label (columnPath). */
export function findingCell(format: FormatId, ref: CellRef, address?: string): FindingCell {
  const table = getTable(getFormat(format), ref.table);
  const row = rowPath(table, getRow(table, ref.row));
  const column = columnPath(table, getColumn(table, ref.column));
  return address === undefined ? { ref, row, column } : { ref, address, row, column };
}

/** How a message names a cell: "（一）予以公开 / 总计（表三!I8）"; the address only when known. */
export function cellName(cell: FindingCell, lang: Lang): string {
  const label = [cell.row, cell.column].filter((s) => s !== '').join(' / ');
  return cell.address === undefined ? t(lang, 'cell.name', { label }) : t(lang, 'cell.nameWithAddress', { label, address: cell.address });
}

/**
 * The identity as a formula of official labels, e.g. 总计 = 自然人 + 商业企业 + … + 其他,
 * （七）总计 = （一）予以公开 + … + （三）不予公开各项 + …, or for the balance
 * 一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理.
 */
export function quoteIdentity(format: FormatId, identity: Identity, lang: Lang): string {
  const table = getTable(getFormat(format), identity.table);
  switch (identity.rule) {
    case 'row-total': {
      const total = getColumn(table, identity.lhs[0].column);
      const parts = partLabels(table.columns, total.parent, total.code, identity.rhs.map((r) => r.column), lang);
      return `${columnPath(table, total)} = ${parts.join(' + ')}`;
    }
    case 'column-total': {
      const total = getRow(table, identity.lhs[0].row);
      const parts = partLabels(table.rows, total.parent, total.code, identity.rhs.map((r) => r.row), lang);
      return `${rowPath(table, total)} = ${parts.join(' + ')}`;
    }
    case 'balance': {
      const label = (ref: CellRef): string => rowPath(table, getRow(table, ref.row));
      return `${identity.lhs.map(label).join(' + ')} = ${identity.rhs.map(label).join(' + ')}`;
    }
  }
}

/** The note printed in the table's header (表三's 勾稽关系), verbatim. */
export function balanceNote(table: TableDef): string {
  return table.balance ? table.balance.note : '';
}

/**
 * Labels of the parts of a sum: the data items themselves when few, else the direct items under
 * the parent, a group written as "its items".
 */
function partLabels<T extends { code: string; label: string; parent?: string; isData: boolean }>(
  items: readonly T[],
  parent: string | undefined,
  totalCode: string,
  partCodes: readonly string[],
  lang: Lang,
): string[] {
  if (partCodes.length <= MAX_LISTED_PARTS) {
    return partCodes.map((code) => items.filter((x) => x.code === code)[0].label);
  }
  return items
    .filter((x) => x.parent === parent && x.code !== totalCode)
    .map((x) => (x.isData ? x.label : t(lang, 'rules.quote.groupItems', { label: x.label })));
}

/** A number as messages print it; `signed` adds a + to positive differences. */
export function formatNumber(n: number, signed = false): string {
  const text = String(n);
  return signed && n > 0 ? `+${text}` : text;
}

/**
 * A cell's text as a message quotes it: one line, control characters removed, at most 40 characters
 * and … (the rules' name for grid/cellText's `quoteCellText`, the one implementation).
 */
export { quoteCellText as quoteText } from '../grid/cellText';
