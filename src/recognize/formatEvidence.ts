/**
 * Which format a report follows, told by its labels (and our template marker), never guessed silently.
 *
 * Evidence for a format is a label found on the sheet that the other format does not have, computed
 * from src/formats (not listed by hand): 本年新制作数量 / 规范性文件 / 上一年项目数量 / 其他对外管理服务事项 /
 * 第二十条第（九）项 … for 2019; 本年制发件数 / 行政规范性文件 / 本年处理决定数量 / 本年收费金额（单位：万元）
 * / the sub-items of （六）其他处理 … for 2021. A row that is a group in one format and a data row in the
 * other (（六）其他处理) is evidence for the data-row format when it is found without any of its
 * sub-items. Our template marker (grid.marker) counts as one more piece of evidence.
 *
 * Decision (`decideFormat`): a forced format wins (a warning when labels disagree); evidence for one
 * side only decides; evidence for both sides is `mixed-format` (an error; the side with more evidence is
 * used, then the marker, then the year, then 2021); no evidence at all: the marker, else the report
 * year (2019 format for 2019–2020), else 2021, with a `format-assumed` warning.
 */
import { DEFAULT_FORMAT, columnPath, formatForYear, getFormat } from '../formats';
import type { FormatId, TableDef } from '../formats/types';
import type { TemplateMarker } from '../grid/types';
import { evidenceText, formatAssumed, formatForced, mixedFormat } from './messages';
import { normalizeLabel } from './normalize';
import type { PlacedTable } from './placement';
import type { RecognitionIssue } from './types';

export const FORMAT_IDS: readonly FormatId[] = ['2019', '2021'];

function other(format: FormatId): FormatId {
  return format === '2019' ? '2021' : '2019';
}

function otherTable(table: TableDef, format: FormatId): TableDef | undefined {
  return getFormat(other(format)).tables.filter((t) => t.id === table.id)[0];
}

function addUnique(list: string[], label: string): void {
  if (list.indexOf(label) < 0) list.push(label);
}

/** Normalised row labels and column paths of a table, by format and table (computed once). */
const twinLabels = new Map<string, { rows: string[]; columns: string[] }>();

function labelsOf(format: FormatId, table: TableDef): { rows: string[]; columns: string[] } {
  const key = `${format}/${table.id}`;
  let found = twinLabels.get(key);
  if (!found) {
    found = { rows: table.rows.map((r) => normalizeLabel(r.label)), columns: table.columns.map((c) => normalizeLabel(columnPath(table, c))) };
    twinLabels.set(key, found);
  }
  return found;
}

/**
 * Labels of the found tables `placed` (all of format `format`, on one sheet) that tell a format,
 * by format.
 */
export function labelEvidence(format: FormatId, placed: readonly PlacedTable[]): Record<FormatId, string[]> {
  const out: Record<FormatId, string[]> = { '2019': [], '2021': [] };
  const evidenceFor = out[format];
  for (const p of placed) {
    const twin = otherTable(p.table, format);
    if (!twin) {
      addUnique(evidenceFor, p.table.title);
      continue;
    }
    const twinRows = labelsOf(other(format), twin).rows;
    const twinColumns = labelsOf(other(format), twin).columns;
    const own = labelsOf(format, p.table);
    for (const row of p.table.rows) {
      const found = p.rows.has(row.code) || p.groupRows.has(row.code);
      if (!found || row.label === '') continue;
      if (twinRows.indexOf(own.rows[p.table.rows.indexOf(row)]) < 0) addUnique(evidenceFor, row.label);
      // A group here that is a data row there, found without any of its items: evidence for there.
      const twinRow = twin.rows.filter((r) => r.code === row.code)[0];
      if (!row.isData && twinRow && twinRow.isData) {
        const items = p.table.rows.filter((r) => r.parent === row.code);
        if (!items.some((r) => p.rows.has(r.code))) addUnique(out[other(format)], row.label);
      }
    }
    for (const column of p.table.columns) {
      if (!p.columns.has(column.code)) continue;
      if (twinColumns.indexOf(own.columns[p.table.columns.indexOf(column)]) < 0) addUnique(evidenceFor, column.label);
    }
  }
  return out;
}

/** What decided the format, and the issues the decision raises. */
export interface FormatDecision {
  readonly format: FormatId;
  /** For the user: the labels (or marker, year, option) that decided. */
  readonly evidence: string;
  readonly issues: RecognitionIssue[];
}

/** Text naming the template marker as evidence. */
function markerEvidence(marker: TemplateMarker): string {
  return `模板标记（${marker.format}格式）`;
}

/**
 * Decide the format of a report from the evidence of its sheets.
 * @param evidence labels telling each format (see `labelEvidence`)
 * @param markers the template markers of the report's sheets
 * @param year the report year, if read
 * @param forced `options.format`
 */
export function decideFormat(
  evidence: Record<FormatId, readonly string[]>,
  markers: readonly TemplateMarker[],
  year: number | undefined,
  sheets: readonly string[],
  forced?: FormatId,
): FormatDecision {
  const e: Record<FormatId, string[]> = { '2019': evidence['2019'].slice(), '2021': evidence['2021'].slice() };
  for (const m of markers) addUnique(e[m.format], markerEvidence(m));
  if (forced) {
    const against = e[other(forced)];
    return {
      format: forced,
      evidence: `指定格式 ${forced}`,
      issues: against.length ? [formatForced(forced, against, sheets)] : [],
    };
  }
  const n19 = e['2019'].length;
  const n21 = e['2021'].length;
  const fallback = (): { format: FormatId; why: { zh: string; en: string } } => {
    if (markers.length) return { format: markers[0].format, why: { zh: '按模板标记', en: 'by the template marker' } };
    if (year !== undefined) return { format: formatForYear(year), why: { zh: `按报告年度${year}年`, en: `by the report year ${year}` } };
    return { format: DEFAULT_FORMAT, why: { zh: '按现行格式', en: 'as the format in force' } };
  };
  if (n19 > 0 && n21 > 0) {
    const format: FormatId = n19 > n21 ? '2019' : n21 > n19 ? '2021' : fallback().format;
    return { format, evidence: evidenceText(e[format]).zh, issues: [mixedFormat(format, e['2019'], e['2021'], sheets)] };
  }
  if (n19 > 0 || n21 > 0) {
    const format: FormatId = n19 > 0 ? '2019' : '2021';
    return { format, evidence: evidenceText(e[format]).zh, issues: [] };
  }
  const f = fallback();
  return { format: f.format, evidence: f.why.zh, issues: [formatAssumed(f.format, f.why, sheets)] };
}
