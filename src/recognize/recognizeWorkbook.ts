/**
 * Recognition of a whole workbook: the official tables in any set of worksheets, found by their labels,
 * grouped into reports.
 *
 * Grouping (how sheets become reports):
 * - when no table appears on more than one sheet, all sheets holding tables form ONE report (a unit's
 *   tables on one sheet, or spread over 表二 / 表三 / 表四 sheets);
 * - otherwise every sheet holding a full set of its format's tables is a report of its own (several
 *   departments' sheets copied into one workbook, as consolidation needs), and the remaining sheets
 *   form one more report when their tables do not overlap, else one report each.
 * A table found twice inside one report is a `duplicate-table` error (the first, in sheet order and
 * top to bottom, is read).
 */
import { formatForYear, getFormat } from '../formats';
import type { FormatId, TableDef, TableId } from '../formats/types';
import type { Grid, TemplateMarker } from '../grid/types';
import { readMarker } from '../layout/marker';
import { decideFormat, FORMAT_IDS, labelEvidence } from './formatEvidence';
import { findHeaderTables } from './headerTable';
import { labelIndex } from './labelIndex';
import { duplicateTable, formatYearMismatch, hiddenSheet, infoConflict, missingTable, noTable } from './messages';
import { isTableFound, placementAddress, toRecognizedTable } from './placement';
import type { PlacedTable } from './placement';
import { readSheetInfo } from './reportInfo';
import type { SheetInfo } from './reportInfo';
import { findRowTables } from './rowTable';
import { scanSheet, tableKey, TextMatcher } from './sheetHits';
import type { TableHits } from './sheetHits';
import { SheetView } from './sheetView';
import type { RecognitionIssue, RecognizedReport, RecognizedTable, RecognizeOptions, WorkbookRecognition } from './types';

/** One sheet, analysed under both formats. */
interface SheetAnalysis {
  readonly view: SheetView;
  readonly marker?: TemplateMarker;
  /** Tables found (see `isTableFound`) per format, in table order then top to bottom. */
  readonly placed: Record<FormatId, PlacedTable[]>;
  readonly evidence: Record<FormatId, string[]>;
  readonly info: SheetInfo;
  /** The format this sheet alone points to (for grouping). */
  readonly format: FormatId;
}

const EMPTY_HITS: TableHits = { rows: [], columns: [], captions: [] };

function hasLabelledRows(table: TableDef): boolean {
  return table.rows.some((r) => r.isData && r.label !== '');
}

function analyse(grid: Grid, matcher: TextMatcher, forced: FormatId | undefined): SheetAnalysis {
  const index = matcher.index;
  const view = new SheetView(grid);
  const hits = scanSheet(view, matcher);
  const placed: Record<FormatId, PlacedTable[]> = { '2019': [], '2021': [] };
  const evidence: Record<FormatId, string[]> = { '2019': [], '2021': [] };
  for (const format of FORMAT_IDS) {
    for (const table of getFormat(format).tables) {
      const h = hits.get(tableKey(format, table.id)) || EMPTY_HITS;
      if (h.rows.length === 0 && h.columns.length === 0) continue;
      const found = hasLabelledRows(table) ? findRowTables(view, index, format, table, h) : findHeaderTables(view, index, format, table, h);
      for (const p of found) if (isTableFound(p)) placed[format].push(p);
    }
    const e = labelEvidence(format, placed[format]);
    for (const f of FORMAT_IDS) for (const label of e[f]) if (evidence[f].indexOf(label) < 0) evidence[f].push(label);
  }
  const info = readSheetInfo(view);
  // Hosts that do not read the marker themselves (Office.js) still get it: it is a cell of the grid.
  const marker = grid.marker || readMarker(grid);
  const year = info.years.length ? info.years[0].value : marker ? marker.year : undefined;
  const format = decideFormat(evidence, marker ? [marker] : [], year, [grid.sheet], forced).format;
  return { view, marker, placed, evidence, info, format };
}

function tableIds(s: SheetAnalysis): TableId[] {
  return s.placed[s.format].map((p) => p.table.id).filter((id, i, all) => all.indexOf(id) === i);
}

function disjoint(sheets: readonly SheetAnalysis[]): boolean {
  const seen: TableId[] = [];
  for (const s of sheets) {
    for (const id of tableIds(s)) {
      if (seen.indexOf(id) >= 0) return false;
      seen.push(id);
    }
  }
  return true;
}

/** Sheets holding tables → groups of sheets, one per report (see the module comment). */
function groupSheets(sheets: readonly SheetAnalysis[]): SheetAnalysis[][] {
  if (sheets.length === 0) return [];
  if (disjoint(sheets)) return [sheets.slice()];
  const isFull = (s: SheetAnalysis): boolean => {
    const ids = tableIds(s);
    return getFormat(s.format).tables.every((t) => ids.indexOf(t.id) >= 0);
  };
  const groups: SheetAnalysis[][] = [];
  const partial = sheets.filter((s) => !isFull(s));
  const partialTogether = partial.length > 0 && disjoint(partial);
  let partialPlaced = false;
  for (const s of sheets) {
    if (isFull(s)) groups.push([s]);
    else if (!partialTogether) groups.push([s]);
    else if (!partialPlaced) {
      groups.push(partial);
      partialPlaced = true;
    }
  }
  return groups;
}

/** First value by reading order, with a warning when the others differ. */
function pick<T extends string | number>(
  facts: ReadonlyArray<{ value: T }>,
  what: 'unit' | 'year',
  sheets: readonly string[],
  issues: RecognitionIssue[],
): T | undefined {
  if (facts.length === 0) return undefined;
  const used = facts[0].value;
  const others = facts.map((f) => f.value).filter((v, i, all) => v !== used && all.indexOf(v) === i);
  if (others.length) issues.push(infoConflict(what, String(used), others.map(String), sheets));
  return used;
}

function buildReport(group: readonly SheetAnalysis[], forced: FormatId | undefined): RecognizedReport | undefined {
  const sheets = group.map((s) => s.view.sheet);
  const issues: RecognitionIssue[] = [];
  const markers = group.filter((s) => s.marker).map((s) => s.marker as TemplateMarker);

  const infoIssues: RecognitionIssue[] = [];
  const lines = ([] as SheetInfo['units']).concat(...group.map((s) => s.info.units.filter((u) => u.source === 'line')));
  const titles = ([] as SheetInfo['units']).concat(...group.map((s) => s.info.units.filter((u) => u.source === 'title')));
  const markerUnits = markers.filter((m) => m.unit !== undefined).map((m) => ({ value: m.unit as string }));
  const unit = lines.length ? pick(lines, 'unit', sheets, infoIssues) : markerUnits.length ? markerUnits[0].value : titles.length ? titles[0].value : undefined;
  const textYears = ([] as SheetInfo['years']).concat(...group.map((s) => s.info.years));
  const markerYears = markers.filter((m) => m.year !== undefined).map((m) => m.year as number);
  const year = textYears.length ? pick(textYears, 'year', sheets, infoIssues) : markerYears.length ? markerYears[0] : undefined;

  const evidence: Record<FormatId, string[]> = { '2019': [], '2021': [] };
  for (const s of group) for (const f of FORMAT_IDS) for (const l of s.evidence[f]) if (evidence[f].indexOf(l) < 0) evidence[f].push(l);
  const decision = decideFormat(evidence, markers, year, sheets, forced);
  issues.push(...decision.issues);
  if (year !== undefined && formatForYear(year) !== decision.format) issues.push(formatYearMismatch(decision.format, year, formatForYear(year), sheets));
  issues.push(...infoIssues);

  const format = getFormat(decision.format);
  const tables: RecognizedTable[] = [];
  for (const table of format.tables) {
    const candidates: Array<{ s: SheetAnalysis; p: PlacedTable }> = [];
    for (const s of group) for (const p of s.placed[format.id]) if (p.table.id === table.id) candidates.push({ s, p });
    if (candidates.length === 0) {
      issues.push(missingTable(table, format.id, sheets));
      continue;
    }
    const first = candidates[0];
    const recognized = toRecognizedTable(first.s.view, first.p);
    tables.push(recognized.table);
    issues.push(...first.p.issues, ...recognized.issues);
    for (const dup of candidates.slice(1)) issues.push(duplicateTable(table, placementAddress(first.p), placementAddress(dup.p)));
  }
  if (tables.length === 0) return undefined;
  const used = sheets.filter((name) => tables.some((t) => t.sheet === name));
  return {
    format: format.id,
    formatEvidence: decision.evidence,
    sheets: used,
    tables,
    ...(unit !== undefined ? { unit } : {}),
    ...(year !== undefined ? { year } : {}),
    issues,
  };
}

/**
 * Find the official tables (表二's items, 表三, 表四 of the 2019 or 2021 format) in the sheets of one
 * workbook, by their labels, whoever made the sheets: our template, a hand-made or last year's file,
 * a WPS export, a table pasted from Word.
 *
 * @param grids the workbook's sheets (any host's Grids), in workbook order
 * @param options.format read as this format (国办公开办函〔2019〕60号 = '2019', 〔2021〕30号 = '2021')
 *   instead of telling it from the labels
 * @returns `reports`: one per unit found (see the grouping rule in this module's comment), each with
 *   its format and why, its tables (every figure's cell: `cellKey(row, column)` → sheet-qualified
 *   address; official labels not found in `missing`), unit and year when written, and its issues;
 *   `issues`: problems that belong to no report — `no-table` when no sheet holds an official table
 *   (then `reports` is empty), and a `hidden-sheet` warning for each hidden sheet (`Grid.hidden`), which
 *   is left out: a hidden sheet is last year's figures or a draft far more often than this year's report.
 * Never throws on sheet content. Pure: reads the grids only. Time is linear in the number of cells.
 */
export function recognizeWorkbook(grids: readonly Grid[], options: RecognizeOptions = {}): WorkbookRecognition {
  const matcher = new TextMatcher(labelIndex());
  const forced = options.format;
  const visible = grids.filter((g) => !g.hidden);
  const hidden = grids.filter((g) => g.hidden).map((g) => g.sheet);
  const analysed = visible.map((g) => analyse(g, matcher, forced));
  const withTables = analysed.filter((s) => s.placed['2019'].length > 0 || s.placed['2021'].length > 0);
  const reports: RecognizedReport[] = [];
  const issues: RecognitionIssue[] = hidden.map(hiddenSheet);
  for (const group of groupSheets(withTables)) {
    const report = buildReport(group, forced);
    if (report) reports.push(report);
  }
  if (reports.length === 0) issues.push(noTable(visible.map((g) => g.sheet), hidden));
  return { reports, issues };
}
