/**
 * The breakdown (汇总明细) and the source list (来源清单) as host-neutral sheet plans: rows of typed
 * cells, merges, widths and frozen panes. ExcelJS (./workbook.ts) and Office.js hosts carry a plan out
 * without adding anything; text copied from inputs is marked `text` so a host never lets it become a
 * formula (ExcelJS: a string cell with number format '@'; Office.js: number format '@' before the value).
 *
 * Official labels (table captions, row and column labels) come from src/formats through
 * `figureIndex`; the few words below are the product's own headings, in Chinese and English.
 */
import { cleanText } from '../grid/cellText';
import type { MergeRange } from '../grid/types';
import type { Lang } from '../rules/types';
import { ConsolidationError } from './errors';
import { ExactSum } from './exactSum';
import type { ConsolidationResult, SourceEntry, SourceStatus } from './types';
import { MAX_COPIED_TEXT } from './unitName';
import type { UnitNameSource } from './unitName';

/** Sheet names of the output workbook (issue 3, 输出). */
export const SUMMARY_SHEET = '全市汇总';
export const BREAKDOWN_SHEET = '汇总明细';
export const SOURCES_SHEET = '来源清单';

/** One cell of a plan. */
export type PlanCell =
  | null
  /**
   * Text. `copied`: it comes from an input (unit, file, sheet, message quoting a cell) and must stay text.
   * `flag`: in the breakdown, the text an input summed although invalid had in a figure's cell.
   */
  | { readonly text: string; readonly role: PlanRole; readonly copied?: boolean; readonly flag?: 'invalid' | 'suspect' }
  /** A figure (件/项 or 万元); `flag` marks a value from an input summed although invalid. */
  | { readonly number: number; readonly role: PlanRole; readonly flag?: 'invalid' | 'suspect' }
  /** A column total: SUM over rows `top`..`bottom` of its own column, with the value it must show. */
  | { readonly sum: { readonly top: number; readonly bottom: number }; readonly value: number; readonly role: PlanRole };

/**
 * What a cell is for; hosts map roles to fonts and fills. `label` wraps inside its column, `text` does
 * not (long file names and reasons stay on one line); `subheading` is a bold line without borders.
 */
export type PlanRole = 'title' | 'info' | 'subheading' | 'header' | 'label' | 'text' | 'value' | 'total' | 'status-bad' | 'status-ok';

/** A sheet as a plan. Coordinates 0-based, as in src/grid. */
export interface SheetPlan {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<PlanCell>>;
  readonly merges: readonly MergeRange[];
  /** Column widths in Excel character units, from column A. */
  readonly widths: readonly number[];
  /** Rows and columns kept in view while scrolling, and repeated on every printed page. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Row heights in points for rows that need more than one line (0-based row → height). */
  readonly heights: Readonly<Record<number, number>>;
}

const WORDS = {
  zh: {
    breakdownTitle: (year: string, n: number) => `${year}政府信息公开工作年度报告统计表 汇总明细（${n} 个单位）`,
    sourcesTitle: (year: string) => `${year}汇总来源清单`,
    consolidatedAt: '汇总时间：',
    formatLine: (source: string, counts: string) => `格式：${source}；${counts}`,
    counts: (all: number, inc: number, exc: number, bad: number) => `输入 ${all} 份：计入 ${inc}，未计入 ${exc}，无法读取 ${bad}`,
    index: '序号',
    unit: '填报单位',
    status: '状态',
    total: '合计',
    file: '文件',
    sheet: '工作表',
    unitSource: '单位名称来源',
    format: '格式',
    year: '年度',
    sha256: 'SHA-256',
    errors: '错误数',
    warnings: '警告数',
    missing: '缺少的数字',
    reason: '原因',
    modified: '文件修改时间',
    notices: '提示',
    expectedMissing: '名单中未计入汇总的单位',
    arrivedNotSummed: '已报送，未计入',
    expectedUnexpected: '不在名单中的单位',
    none: '无',
    /** Separator of a list, and of a label from its content. */
    listSeparator: '、',
    colon: '：',
    duplicateKept: (kept: number, all: readonly number[]) => `重复：第 ${all.join('、')} 项，保留第 ${kept} 项`,
    duplicateNoneKept: (all: readonly number[]) => `重复：第 ${all.join('、')} 项，均不能计入，未选取`,
    unitsNotSummed: (n: number) => `没有任何数据计入汇总的单位（${n} 个）`,
    unitSources: (unit: string, ids: readonly number[]) => `${unit}（第 ${ids.join('、')} 项）`,
    statuses: {
      included: '计入',
      'included-invalid': '计入（有错误）',
      'excluded-invalid': '未计入：有错误',
      'excluded-duplicate': '未计入：重复',
      'excluded-blank': '未计入：空白报表',
      unreadable: '未计入：无法读取',
    } as Record<SourceStatus, string>,
    sources: { explicit: '指定', report: '填报单位', file: '文件名', sheet: '工作表名' } as Record<UnitNameSource, string>,
  },
  en: {
    breakdownTitle: (year: string, n: number) => `${year}Breakdown by unit (${n} units)`,
    sourcesTitle: (year: string) => `${year}Sources`,
    consolidatedAt: 'Consolidated at: ',
    formatLine: (source: string, counts: string) => `Format: ${source}; ${counts}`,
    counts: (all: number, inc: number, exc: number, bad: number) => `${all} inputs: ${inc} summed, ${exc} not summed, ${bad} unreadable`,
    index: 'No.',
    unit: 'Unit',
    status: 'Status',
    total: 'Total',
    file: 'File',
    sheet: 'Sheet',
    unitSource: 'Unit name from',
    format: 'Format',
    year: 'Year',
    sha256: 'SHA-256',
    errors: 'Errors',
    warnings: 'Warnings',
    missing: 'Missing figures',
    reason: 'Reason',
    modified: 'File modified',
    notices: 'Notices',
    expectedMissing: 'Expected units with nothing summed',
    arrivedNotSummed: 'sent, not summed',
    expectedUnexpected: 'Units not on the list',
    none: 'none',
    listSeparator: ', ',
    colon: ': ',
    duplicateKept: (kept: number, all: readonly number[]) => `Duplicates: inputs ${all.join(', ')}, kept ${kept}`,
    duplicateNoneKept: (all: readonly number[]) => `Duplicates: inputs ${all.join(', ')}, none can be summed, none chosen`,
    unitsNotSummed: (n: number) => `Units with nothing summed (${n})`,
    unitSources: (unit: string, ids: readonly number[]) => `${unit} (input${ids.length > 1 ? 's' : ''} ${ids.join(', ')})`,
    statuses: {
      included: 'summed',
      'included-invalid': 'summed (has errors)',
      'excluded-invalid': 'not summed: errors',
      'excluded-duplicate': 'not summed: duplicate',
      'excluded-blank': 'not summed: blank',
      unreadable: 'not summed: unreadable',
    } as Record<SourceStatus, string>,
    sources: { explicit: 'given', report: '填报单位', file: 'file name', sheet: 'sheet name' } as Record<UnitNameSource, string>,
  },
};

/** Words of the plans in `lang` (statuses, headings), for hosts that print the same things elsewhere. */
export function planWords(lang: Lang): typeof WORDS.zh {
  return WORDS[lang];
}

/**
 * The lines that follow the inputs wherever a consolidation is shown (terminal, 来源清单): resolved
 * duplicates, units of which nothing was summed, and the expected-units check.
 */
export function resultNotes(result: ConsolidationResult, lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const d of result.duplicates) out.push(d.kept !== undefined ? w.duplicateKept(d.kept, d.sources) : w.duplicateNoneKept(d.sources));
  if (result.unitsNotSummed.length > 0) {
    out.push(w.unitsNotSummed(result.unitsNotSummed.length) + w.colon + result.unitsNotSummed.map((u) => w.unitSources(u.unit, u.sources)).join(w.listSeparator));
  }
  const expected = result.expected;
  if (expected) {
    const missing = expected.missing.map((m) => (expected.notSummed.indexOf(m) >= 0 ? (lang === 'zh' ? `${m}（${w.arrivedNotSummed}）` : `${m} (${w.arrivedNotSummed})`) : m));
    out.push(w.expectedMissing + w.colon + (missing.length ? missing.join(w.listSeparator) : w.none));
    out.push(w.expectedUnexpected + w.colon + (expected.unexpected.length ? expected.unexpected.map((u) => u.unit).join(w.listSeparator) : w.none));
  }
  return out;
}

const text = (t: string, role: PlanRole = 'label', copied = false): PlanCell => ({ text: t, role, copied: copied || undefined });

/**
 * "2025-01-28 17:00:00（UTC+08:00）" (zh) or "2025-01-28 17:00:00 (UTC+08:00)" (en): a time as people
 * read it, in the host's local time zone.
 */
export function formatLocalTime(iso: string, lang: Lang = 'zh'): string {
  const d = new Date(iso);
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    (lang === 'zh' ? '（' : ' (') +
    `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` +
    (lang === 'zh' ? '）' : ')')
  );
}

const LEAD_COLUMNS = 3;
const BREAKDOWN_HEADER_ROWS = 3;

/**
 * 汇总明细: a title row, three header rows (table caption, official row label, official column label)
 * over one column per figure, one row per included unit (序号, 填报单位, 状态, values), and a 合计 row
 * whose cells are SUM formulas over the unit rows carrying the summary's values (a column every unit
 * left blank stays blank, as in the summary). Values of units summed although invalid are flagged, and
 * so is the text such a unit had in a cell instead of a number (shown as found, summed as blank).
 * @throws ConsolidationError 'breakdown-mismatch' when the planned unit rows do not add up to the summary
 *   (see `checkTotalRow`: an internal check, before anything is written).
 */
export function breakdownPlan(result: ConsolidationResult, lang: Lang = 'zh'): SheetPlan {
  const w = WORDS[lang];
  const b = result.breakdown;
  const yearText = result.year !== undefined ? (lang === 'zh' ? `${result.year}年度` : `${result.year} `) : '';
  const rows: PlanCell[][] = [];
  const merges: MergeRange[] = [];
  const width = LEAD_COLUMNS + b.columns.length;
  rows.push([text(w.breakdownTitle(yearText, b.rows.length), 'title')]);
  merges.push({ top: 0, left: 0, bottom: 0, right: Math.min(width - 1, LEAD_COLUMNS + 12) });

  const captions: PlanCell[] = [text(w.index, 'header'), text(w.unit, 'header'), text(w.status, 'header')];
  const rowLabels: PlanCell[] = [null, null, null];
  const columnLabels: PlanCell[] = [null, null, null];
  for (let c = 0; c < LEAD_COLUMNS; c++) merges.push({ top: 1, left: c, bottom: BREAKDOWN_HEADER_ROWS, right: c });
  // Merge runs of equal captions (one table) and equal row labels (one row of 表三) across columns.
  const runs = (label: (i: number) => string, headerRow: number, out: PlanCell[]) => {
    let start = 0;
    for (let i = 1; i <= b.columns.length; i++) {
      if (i < b.columns.length && label(i) === label(start) && b.columns[i].table === b.columns[start].table) continue;
      out.push(text(label(start), 'header'));
      for (let k = start + 1; k < i; k++) out.push(null);
      if (i - start > 1) merges.push({ top: headerRow, left: LEAD_COLUMNS + start, bottom: headerRow, right: LEAD_COLUMNS + i - 1 });
      start = i;
    }
  };
  runs((i) => b.columns[i].tableTitle, 1, captions);
  runs((i) => b.columns[i].row, 2, rowLabels);
  for (const c of b.columns) columnLabels.push(text(c.column, 'header'));
  rows.push(captions, rowLabels, columnLabels);

  const figures = result.figures;
  const firstData = rows.length;
  b.rows.forEach((r, i) => {
    const invalid = r.status === 'included-invalid';
    const line: PlanCell[] = [
      { number: i + 1, role: 'label' },
      text(r.unit, 'label', true),
      text(w.statuses[r.status], invalid ? 'status-bad' : 'status-ok'),
    ];
    r.values.forEach((v, k) => {
      const flag = invalid ? (figures[k].suspectUnits.indexOf(r.unit) >= 0 ? 'suspect' : 'invalid') : undefined;
      const found = r.unreadable ? r.unreadable[k] : undefined;
      // A cell that held text is shown with that text, flagged: SUM skips it, as the summary counted it blank.
      if (found !== undefined) line.push({ text: found, role: 'value', copied: true, flag });
      else line.push(v === null ? null : { number: v, role: 'value', flag });
    });
    rows.push(line);
  });
  const lastData = rows.length - 1;
  const totalLine: PlanCell[] = [null, text(w.total, 'total'), null];
  for (const c of b.columns) {
    const v = result.summary.cells[c.key].value;
    totalLine.push(v === null || b.rows.length === 0 ? null : { sum: { top: firstData, bottom: lastData }, value: v, role: 'total' });
  }
  checkTotalRow(result, rows, totalLine, firstData, lastData);
  rows.push(totalLine);

  const widths = [6, 28, 14].concat(b.columns.map((c) => (c.table === 't3_applications' ? 10 : 14)));
  // Captions take one line; 表三's long row labels up to four lines over seven columns; column labels with a group two or three.
  const heights: Record<number, number> = { 0: 24, 1: 30, 2: 66, 3: 42 };
  return { name: BREAKDOWN_SHEET, rows, merges, widths, frozen: { rows: firstData, columns: LEAD_COLUMNS }, heights };
}

/**
 * The total row as planned must equal 全市汇总 (issue 3, 汇总明细: checked before writing). Per figure,
 * from what the plan writes, not from the consolidator's sums: the total cell's SUM covers exactly the
 * unit rows, the number cells in them add up (exactly) to the value the total cell shows, and that value
 * is the summary's. A figure every unit left blank has no total cell and no number in its column.
 * @throws ConsolidationError 'breakdown-mismatch' naming the first figure that differs; nothing is written.
 */
function checkTotalRow(result: ConsolidationResult, rows: ReadonlyArray<ReadonlyArray<PlanCell>>, total: readonly PlanCell[], first: number, last: number): void {
  result.breakdown.columns.forEach((column, k) => {
    const col = LEAD_COLUMNS + k;
    const summary = result.summary.cells[column.key].value;
    const sum = new ExactSum();
    for (let r = first; r <= last; r++) {
      const written = rows[r][col];
      if (written && 'number' in written) sum.add(written.number);
    }
    const unitsAddUpTo = sum.added > 0 ? sum.value() : null;
    // What the total cell shows, provided its SUM covers exactly the unit rows (else it shows nothing right).
    const cell = total[col];
    const shown = cell === null ? null : 'sum' in cell && cell.sum.top === first && cell.sum.bottom === last ? cell.value : NaN;
    if (unitsAddUpTo === summary && shown === summary) return;
    const label = [column.tableTitle, column.row, column.column].filter((x) => x !== '').join(' ');
    throw new ConsolidationError(
      'breakdown-mismatch',
      `汇总明细的合计行与全市汇总不一致：${label}（${column.key}）各单位合计 ${unitsAddUpTo}，合计行 ${shown}，全市汇总 ${summary}；未写出。`,
      `The breakdown's total row differs from the summary at ${column.key}: the units add up to ${unitsAddUpTo}, the total row shows ${shown}, the summary ${summary}; nothing written.`,
      result.sources,
    );
  });
}

/**
 * 来源清单: the time of consolidation, format and counts, then one row per input (file, sheet, unit and
 * where its name came from, format, year, SHA-256, error and warning counts, missing figures, status,
 * reason, file time), then notices, resolved duplicates and the expected-units check.
 */
export function sourcesPlan(result: ConsolidationResult, formatSource: string, lang: Lang = 'zh'): SheetPlan {
  const w = WORDS[lang];
  const yearText = result.year !== undefined ? (lang === 'zh' ? `${result.year}年度` : `${result.year} `) : '';
  const s = result.sources;
  const count = (st: SourceStatus[]) => s.filter((x) => st.indexOf(x.status) >= 0).length;
  const rows: PlanCell[][] = [
    [text(w.sourcesTitle(yearText), 'title')],
    [text(w.consolidatedAt + formatLocalTime(result.consolidatedAt, lang), 'info')],
    [
      text(
        w.formatLine(
          lang === 'zh' ? `${result.format}（${formatSource}）` : `${result.format} (${formatSource})`,
          w.counts(s.length, count(['included', 'included-invalid']), count(['excluded-invalid', 'excluded-duplicate', 'excluded-blank']), count(['unreadable'])),
        ),
        'info',
      ),
    ],
    [w.index, w.file, w.sheet, w.unit, w.unitSource, w.format, w.year, w.sha256, w.errors, w.warnings, w.missing, w.status, w.reason, w.modified].map((h) =>
      text(h, 'header'),
    ),
  ];
  const headerRows = rows.length;
  for (const e of s) rows.push(sourceLine(e, lang));
  rows.push([]);
  rows.push([text(w.notices, 'subheading')]);
  const notes: string[] = result.notices.map((n) => (lang === 'zh' ? n.message : n.messageEn)).concat(resultNotes(result, lang));
  if (notes.length === 0) notes.push(w.none);
  for (const n of notes) rows.push([text(cleanText(n, MAX_REASON), 'info', true)]);
  const merges: MergeRange[] = [0, 1, 2].map((r) => ({ top: r, left: 0, bottom: r, right: 13 }));
  for (let r = headerRows + s.length + 1; r < rows.length; r++) merges.push({ top: r, left: 0, bottom: r, right: 13 });
  return {
    name: SOURCES_SHEET,
    rows,
    merges,
    widths: [6, 30, 14, 26, 12, 7, 7, 66, 7, 7, 10, 16, 60, 24],
    frozen: { rows: headerRows, columns: 0 },
    heights: { 0: 24, [headerRows - 1]: 30 },
  };
}

/** Bounds of copied text in the source list: a path, and a reason quoting a cell's text. */
const MAX_PATH = 500;
const MAX_REASON = 1000;

function sourceLine(e: SourceEntry, lang: Lang): PlanCell[] {
  const w = WORDS[lang];
  const bad = e.status !== 'included';
  return [
    { number: e.index, role: 'text' },
    e.file !== undefined ? text(cleanText(e.file, MAX_PATH), 'text', true) : null,
    e.sheet !== undefined ? text(cleanText(e.sheet, MAX_COPIED_TEXT), 'text', true) : null,
    text(e.unit, 'text', true),
    text(w.sources[e.unitSource], 'text'),
    e.format !== undefined ? text(e.format, 'text') : null,
    e.year !== undefined ? { number: e.year, role: 'text' } : null,
    e.sha256 !== undefined ? text(e.sha256, 'text') : null,
    { number: e.errors, role: 'value' },
    { number: e.warnings, role: 'value' },
    { number: e.missingFigures, role: 'value' },
    text(w.statuses[e.status], bad ? 'status-bad' : 'status-ok'),
    e.reason !== undefined ? text(cleanText(lang === 'zh' ? e.reason : e.reasonEn || e.reason, MAX_REASON), 'text', true) : null,
    e.modified !== undefined ? text(formatLocalTime(new Date(e.modified).toISOString(), lang), 'text') : null,
  ];
}
