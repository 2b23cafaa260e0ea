/**
 * Validation of one report: reading its located cells (value findings), checking the identities of its
 * format (identity findings), localising errors, and ordering the findings for people.
 */
import { getColumn, getFormat, getTable, refKey } from '../formats';
import type { CellRef, FormatDef, FormatId, TableDef } from '../formats/types';
import type { Grid } from '../grid/types';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import type { RecognizedReport } from '../recognize/types';
import { checkIdentities } from './check';
import type { IdentityCheck } from './check';
import { balanceNote, cellName, findingCell, formatNumber, quoteIdentity, quoteText } from './wording';
import { localiseErrors } from './localise';
import type { Correction } from './localise';
import { readValue } from './values';
import type { ValueProblem } from './values';
import type { CellReading, Finding, FindingCell, Lang, ReportFigures } from './types';

/** Options of `validateFigures`. */
export interface ValidateOptions {
  readonly lang: Lang;
  /** Addresses by `refKey`, for figures that carry none themselves (e.g. figures built in memory). */
  readonly addresses?: Readonly<Record<string, string>>;
}

/**
 * Read every located cell of a recognised report from its grid.
 * Returns the figures (by `refKey`, value in 件/项 or 万元, null = blank, `invalid` when unreadable,
 * with the sheet-qualified address and raw content) and one finding per value problem (rule ids
 * `value-*`, see values.ts; `sheet-missing` when a located cell's sheet is not among `grids`).
 * Tables of the report that its format does not have are skipped. Never throws on cell content.
 */
export function readFigures(
  report: RecognizedReport,
  grids: readonly Grid[],
  lang: Lang = 'zh',
): { figures: ReportFigures; findings: Finding[] } {
  const format = getFormat(report.format);
  const cells: Record<string, CellReading> = {};
  const findings: Finding[] = [];
  for (const located of report.tables) {
    const table = format.tables.filter((x) => x.id === located.table)[0];
    if (!table) continue;
    for (const key of Object.keys(located.cells)) {
      const where = located.cells[key];
      const ref = refFromKey(table, key);
      if (!ref) continue;
      const cell = findingCell(format.id, ref, where.address);
      const grid = grids.filter((g) => g.sheet === where.sheet)[0];
      if (!grid) {
        cells[refKey(ref)] = figure(null, where.address, undefined, true);
        findings.push(message('sheet-missing', 'error', cell, lang, 'values.sheet-missing', { sheet: where.sheet }));
        continue;
      }
      const gridRow = grid.cells[where.row];
      const column = getColumn(table, ref.column);
      const reading = readValue(gridRow ? gridRow[where.col] : undefined, column.kind ?? 'count');
      cells[refKey(ref)] = figure(reading.value, where.address, reading.raw, reading.invalid);
      for (const problem of reading.problems) {
        findings.push(valueFinding(problem, cell, reading.raw ?? '', reading.value, column.unit ?? '', lang));
      }
    }
  }
  return { figures: { format: format.id, cells }, findings };
}

/**
 * Check every identity of the figures' format (rule ids `row-total`, `column-total`, `balance`,
 * `total-blank`; see identities.ts and check.ts) and attach the correction error localisation finds
 * (localise.ts). A blank total whose parts are not all zero is `total-blank` with the sum of its parts
 * as `expected` and as suggestion, no `found`. For the others: `found` = Σ left side as the rule is
 * written (the total; 一+二 for the balance), `expected` = Σ right side, `difference` = found − expected.
 * Cells: the left side first, then the right side. Findings are sorted (see `sortFindings`).
 */
export function validateFigures(figures: ReportFigures, options: ValidateOptions): Finding[] {
  const { lang } = options;
  const format = getFormat(figures.format);
  const address = (ref: CellRef): string | undefined => {
    const reading = figures.cells[refKey(ref)];
    if (reading && reading.address !== undefined) return reading.address;
    return options.addresses ? options.addresses[refKey(ref)] : undefined;
  };
  const cell = (ref: CellRef): FindingCell => findingCell(format.id, ref, address(ref));
  const checks = checkIdentities(figures);
  const corrections = localiseErrors(figures, checks);
  const findings: Finding[] = blankReport(figures, cell, lang);
  for (const check of checks) {
    if (check.status === 'holds' || check.status === 'unchecked') continue;
    const correction = corrections.filter((c) => c.explains.indexOf(check) >= 0)[0];
    findings.push(identityFinding(format, check, correction, cell, lang));
  }
  return sortFindings(findings, format.id);
}

/** `readFigures` then `validateFigures`: every finding of a recognised report, sorted. */
export function validateReport(report: RecognizedReport, grids: readonly Grid[], options: { lang: Lang }): Finding[] {
  const { figures, findings } = readFigures(report, grids, options.lang);
  return sortFindings(findings.concat(validateFigures(figures, { lang: options.lang })), figures.format);
}

/**
 * Errors first, then by table (official order), then by the position of the first cell (row, then
 * column, in official order); findings that tie keep their order.
 */
export function sortFindings(findings: readonly Finding[], format: FormatId): Finding[] {
  const def = getFormat(format);
  const keyed = findings.map((f, i) => ({ f, i, pos: position(def, f) }));
  keyed.sort((a, b) => {
    const severity = (a.f.severity === 'error' ? 0 : 1) - (b.f.severity === 'error' ? 0 : 1);
    if (severity !== 0) return severity;
    for (let k = 0; k < a.pos.length; k++) if (a.pos[k] !== b.pos[k]) return a.pos[k] - b.pos[k];
    return a.i - b.i;
  });
  return keyed.map((k) => k.f);
}

/** The suggestion of a finding as a sentence for people ('' when it has none). */
export function suggestionMessage(finding: Finding, lang: Lang): string {
  const s = finding.suggestion;
  if (!s) return '';
  const key = refKey(s.ref);
  const target = finding.cells.filter((c) => refKey(c.ref) === key)[0];
  const name = target ? cellName(target, lang) : key;
  const to = formatNumber(s.value);
  if (finding.rule === 'total-blank') return t(lang, 'rules.suggestion.fill', { cell: name, to });
  const from = s.from === undefined || s.from === null ? t(lang, 'cell.blank') : formatNumber(s.from);
  return t(lang, 'rules.suggestion', { cell: name, from, to });
}

function identityFinding(
  format: FormatDef,
  check: IdentityCheck,
  correction: Correction | undefined,
  cell: (ref: CellRef) => FindingCell,
  lang: Lang,
): Finding {
  const { identity } = check;
  const table = getTable(format, identity.table);
  const cells = identity.lhs.concat(identity.rhs).map(cell);
  const rule = quoteIdentity(format.id, identity, lang);
  const total = cells[0];
  if (check.status === 'total-blank') {
    return {
      rule: 'total-blank',
      severity: 'error',
      table: identity.table,
      cells,
      expected: check.rhsSum,
      message: t(lang, 'rules.total-blank', { cell: cellName(total, lang), rule, expected: formatNumber(check.rhsSum) }),
      suggestion: suggestion(total.ref, total.address, check.rhsSum, null),
    };
  }
  const found = check.lhsSum;
  const expected = check.rhsSum;
  const difference = found - expected;
  const params = {
    cell: cellName(total, lang),
    column: total.column,
    note: balanceNote(table),
    rule,
    expected: formatNumber(expected),
    found: formatNumber(found),
    difference: formatNumber(difference, true),
  };
  const key: MessageKey = identity.rule === 'balance' ? 'rules.balance' : identity.rule === 'row-total' ? 'rules.row-total' : 'rules.column-total';
  const finding: Finding = { rule: identity.rule, severity: 'error', table: identity.table, cells, expected, found, difference, message: t(lang, key, params) };
  if (!correction) return finding;
  const target = cell(correction.ref);
  return { ...finding, suggestion: suggestion(correction.ref, target.address, correction.value, correction.current) };
}

/**
 * A report whose every figure is blank (a template sent back unfilled, or a sheet whose numbers were
 * lost) passes every identity; say so rather than let it count as a report of zeros (rule `report-blank`,
 * a warning on 表三's first figure, 一、本年新收 / 总计). A report that states 0 is not blank.
 */
function blankReport(figures: ReportFigures, cell: (ref: CellRef) => FindingCell, lang: Lang): Finding[] {
  const keys = Object.keys(figures.cells);
  if (keys.length === 0 || keys.some((k) => figures.cells[k].value !== null || figures.cells[k].invalid)) return [];
  const table = getTable(getFormat(figures.format), 't3_applications');
  let first = cell({ table: table.id, row: table.rows.filter((r) => r.isData)[0].code, column: table.columns.filter((c) => c.isTotal)[0].code });
  // Not in the sheet (a partial table): name the first figure that is, so the finding still points somewhere.
  const located = keys.filter((k) => figures.cells[k].address !== undefined)[0];
  if (first.address === undefined && located !== undefined) {
    const [tableId, rest] = located.split('/');
    const [row, column] = rest.split(':');
    first = cell({ table: tableId as CellRef['table'], row, column });
  }
  return [{ rule: 'report-blank', severity: 'warning', table: first.ref.table, cells: [first], message: t(lang, 'rules.report-blank', {}) }];
}

/** A figure without undefined fields (figures are serialised by hosts). */
function figure(value: number | null, address: string, raw: string | undefined, invalid: boolean): CellReading {
  const base = raw === undefined ? { value, address } : { value, address, raw };
  return invalid ? { ...base, invalid: true } : base;
}

function suggestion(ref: CellRef, address: string | undefined, value: number, from: number | null): Finding['suggestion'] {
  return address === undefined ? { ref, value, from } : { ref, address, value, from };
}

function valueFinding(problem: ValueProblem, cell: FindingCell, raw: string, value: number | null, unit: string, lang: Lang): Finding {
  const params = { text: quoteText(raw), found: problem.unit ?? '', unit, value: value === null ? '' : formatNumber(value) };
  return message(problem.rule, problem.severity, cell, lang, `values.${problem.rule}` as MessageKey, params);
}

function message(
  rule: string,
  severity: Finding['severity'],
  cell: FindingCell,
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string>>,
): Finding {
  return { rule, severity, table: cell.ref.table, cells: [cell], message: t(lang, key, { ...params, cell: cellName(cell, lang) }) };
}

/** `ROW:COL` of a recognised table → the figure's identity, if both codes are data items of the table. */
function refFromKey(table: TableDef, key: string): CellRef | undefined {
  const i = key.indexOf(':');
  const row = key.slice(0, i);
  const column = key.slice(i + 1);
  const isRow = table.rows.some((r) => r.code === row && r.isData);
  const isColumn = table.columns.some((c) => c.code === column && c.isData);
  return i > 0 && isRow && isColumn ? { table: table.id, row, column } : undefined;
}

/** [table index, row index, column index] of a finding's first cell in official order. */
function position(format: FormatDef, finding: Finding): number[] {
  const tableIndex = indexWhere(format.tables, (x) => x.id === finding.table);
  const first = finding.cells[0];
  if (!first || tableIndex < 0) return [tableIndex, -1, -1];
  const table = format.tables[tableIndex];
  return [tableIndex, indexWhere(table.rows, (r) => r.code === first.ref.row), indexWhere(table.columns, (c) => c.code === first.ref.column)];
}

function indexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = 0; i < items.length; i++) if (test(items[i])) return i;
  return -1;
}
