/**
 * How the CLI prints validation results: a readable text listing (zh or en) and the JSON document
 * of `nianbao validate --json`.
 */
import { getFormat, getTable } from '../formats';
import type { FormatId, TableId } from '../formats/types';
import type { RecognitionIssue } from '../recognize/types';
import { suggestionMessage } from '../rules';
import type { Finding, Lang } from '../rules/types';
import type { WorkbookValidation } from '../workflow/types';

/** Result of validating one file: either a validation or a reason the file could not be read. */
export interface FileValidation {
  readonly file: string;
  readonly validation?: WorkbookValidation;
  /** Why the file could not be read at all (exit code 2). */
  readonly error?: string;
}

/** Human name of a table: its section, plus the 第二十条 caption for the sub-tables of 二. */
export function tableName(format: FormatId, table: TableId): string {
  const def = getTable(getFormat(format), table);
  return def.section.indexOf(def.title) >= 0 || def.section.slice(2) === def.title ? def.section : `${def.section} ${def.title}`;
}

function issueText(issue: RecognitionIssue, lang: Lang): string {
  return lang === 'en' ? issue.messageEn : issue.message;
}

/** Exit code of a set of files: 2 = unreadable file or no official table; 1 = errors found; 0 = clean. */
export function exitCode(results: readonly FileValidation[]): 0 | 1 | 2 {
  let code: 0 | 1 | 2 = 0;
  for (const r of results) {
    if (r.error || !r.validation || r.validation.reports.length === 0) return 2;
    const errors = r.validation.reports.some(
      (rep) => rep.findings.some((f) => f.severity === 'error') || rep.report.issues.some((i) => i.severity === 'error'),
    );
    if (errors) code = 1;
  }
  return code;
}

const WORDS = {
  zh: {
    file: '文件',
    unreadable: '无法读取',
    format: '格式',
    sheet: '工作表',
    unit: '填报单位',
    year: '年度',
    error: '错误',
    warning: '警告',
    expected: '应为',
    found: '实为',
    difference: '差',
    summary: (e: number, w: number) => `共 ${e} 个错误，${w} 个警告`,
    clean: '未发现问题',
    noTable: '未找到官方统计表',
  },
  en: {
    file: 'File',
    unreadable: 'cannot be read',
    format: 'format',
    sheet: 'sheet',
    unit: 'unit',
    year: 'year',
    error: 'error',
    warning: 'warning',
    expected: 'expected',
    found: 'found',
    difference: 'difference',
    summary: (e: number, w: number) => `${e} error(s), ${w} warning(s)`,
    clean: 'no problems found',
    noTable: 'no official table found',
  },
};

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function findingLines(f: Finding, lang: Lang): string[] {
  const w = WORDS[lang];
  const mark = f.severity === 'error' ? `✗ ${w.error}` : `! ${w.warning}`;
  const first = f.cells[0];
  const where = first ? `${first.address ?? ''} ${first.row} / ${first.column}`.trim() : '';
  const lines = [`    ${mark} [${f.rule}] ${where}`];
  if (f.expected !== undefined || f.found !== undefined) {
    const parts: string[] = [];
    if (f.expected !== undefined) parts.push(`${w.expected} ${f.expected}`);
    if (f.found !== undefined) parts.push(`${w.found} ${f.found}`);
    if (f.difference !== undefined) parts.push(`${w.difference} ${signed(f.difference)}`);
    lines.push(`      ${parts.join(lang === 'zh' ? '，' : ', ')}`);
  }
  lines.push(`      ${f.message}`);
  if (f.suggestion) lines.push(`      → ${suggestionMessage(f, lang)}`);
  return lines;
}

/** Cells listed in a grouped warning before "等" / "and more". */
const MAX_GROUPED_CELLS = 10;

/** What a warning rule did to each cell, for the head of its grouped entry (rules without one are only counted). */
const GROUP_VERBS: Readonly<Record<string, { zh: string; en: string }>> = {
  'value-placeholder': { zh: '按 0 读取', en: 'read as 0' },
  'value-negative': { zh: '为负数', en: 'negative' },
  'value-unit-converted': { zh: '已换算为本栏单位', en: "converted to the column's unit" },
  'value-precision': { zh: '小数超过 6 位', en: 'with more than 6 decimals' },
};

/** "年报!F23、G23、表三!C5 等": addresses with the sheet said once per run of the same sheet. */
function cellList(findings: readonly Finding[], lang: Lang): string {
  let sheet: string | undefined;
  const listed = findings.slice(0, MAX_GROUPED_CELLS).map((f) => {
    const cell = f.cells[0];
    if (!cell) return '';
    if (cell.address === undefined) return `${cell.row} / ${cell.column}`;
    const bang = cell.address.lastIndexOf('!');
    const here = bang >= 0 ? cell.address.slice(0, bang) : undefined;
    const short = here !== undefined && here === sheet ? cell.address.slice(bang + 1) : cell.address;
    sheet = here;
    return short;
  });
  const more = findings.length > MAX_GROUPED_CELLS ? (lang === 'zh' ? ' 等' : ' and more') : '';
  return listed.join(lang === 'zh' ? '、' : ', ') + more;
}

/**
 * One entry for several warnings of one rule in one table (a form using —/无/- for zero gives a hundred
 * value-placeholder warnings): the count, the cells (the first MAX_GROUPED_CELLS), and the first
 * warning's message as an example. The JSON output keeps every finding.
 */
function groupedLines(rule: string, findings: readonly Finding[], lang: Lang): string[] {
  const w = WORDS[lang];
  const verb = GROUP_VERBS[rule];
  const head =
    lang === 'zh'
      ? `共 ${findings.length} 个单元格${verb ? verb.zh : ''}：${cellList(findings, lang)}`
      : `${findings.length} cells${verb ? ` ${verb.en}` : ''}: ${cellList(findings, lang)}`;
  return [`    ! ${w.warning} [${rule}] ${head}`, `      ${lang === 'zh' ? '例：' : 'e.g. '}${findings[0].message}`];
}

/** A table's findings as lines: errors one by one, warnings of one rule grouped when there are several. */
function tableLines(findings: readonly Finding[], lang: Lang): string[] {
  const byRule: Record<string, Finding[]> = {};
  for (const f of findings) if (f.severity === 'warning') (byRule[f.rule] = byRule[f.rule] || []).push(f);
  const lines: string[] = [];
  const done: Record<string, boolean> = {};
  for (const f of findings) {
    const group = f.severity === 'warning' ? byRule[f.rule] : undefined;
    if (!group || group.length < 2) lines.push(...findingLines(f, lang));
    else if (!done[f.rule]) {
      done[f.rule] = true;
      lines.push(...groupedLines(f.rule, group, lang));
    }
  }
  return lines;
}

/**
 * Plain-text listing of the results, grouped by file, report and table; errors before warnings, and
 * several warnings of one rule in one table as one entry listing their cells (`tableLines`).
 */
export function renderText(results: readonly FileValidation[], lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const r of results) {
    out.push(`${w.file}：${r.file}`.replace('：', lang === 'en' ? ': ' : '：'));
    if (r.error || !r.validation) {
      out.push(`  ✗ ${w.unreadable}: ${r.error ?? ''}`);
      continue;
    }
    for (const issue of r.validation.issues) out.push(`  ${issue.severity === 'error' ? '✗' : '!'} ${issueText(issue, lang)}`);
    if (r.validation.reports.length === 0) out.push(`  ✗ ${w.noTable}`);
    for (const rep of r.validation.reports) {
      const f = getFormat(rep.report.format);
      const head =
        lang === 'zh'
          ? [`${w.format} ${f.id}（${f.source}）`, `${w.sheet} ${rep.report.sheets.join('、')}`]
          : [`${w.format} ${f.id} (${f.source})`, `${w.sheet} ${rep.report.sheets.join(', ')}`];
      if (rep.report.unit) head.push(`${w.unit} ${rep.report.unit}`);
      if (rep.report.year) head.push(`${w.year} ${rep.report.year}`);
      out.push(`  ${head.join(lang === 'zh' ? '，' : ', ')}`);
      for (const issue of rep.report.issues) out.push(`  ${issue.severity === 'error' ? '✗' : '!'} ${issueText(issue, lang)}`);
      const byTable = new Map<TableId, Finding[]>();
      for (const finding of rep.findings) {
        const list = byTable.get(finding.table) ?? [];
        list.push(finding);
        byTable.set(finding.table, list);
      }
      for (const [table, findings] of byTable) {
        out.push(`  ${tableName(rep.report.format, table)}`);
        out.push(...tableLines(findings, lang));
      }
      // Recognition problems (a missing row, a stray figure) count with the findings: never "no problems" after a ✗.
      const all = [...rep.findings, ...rep.report.issues];
      const errors = all.filter((x) => x.severity === 'error').length;
      const warnings = all.length - errors;
      out.push(`  ${errors + warnings === 0 ? w.clean : w.summary(errors, warnings)}`);
    }
  }
  return out.join('\n');
}

/** The JSON document of `validate --json` (shape fixed by the CLI's contract; `row`/`column` are verbatim official labels). */
export function renderJson(results: readonly FileValidation[], lang: Lang): unknown {
  return {
    files: results.map((r) => ({
      file: r.file,
      tables: (r.validation?.reports ?? []).flatMap((rep) =>
        rep.report.tables.map((t) => ({
          table: tableName(rep.report.format, t.table),
          tableId: t.table,
          format: rep.report.format,
          sheet: t.sheet,
          unit: rep.report.unit ?? null,
          year: rep.report.year ?? null,
          findings: rep.findings
            .filter((f) => f.table === t.table)
            .map((f) => ({
              rule: f.rule,
              severity: f.severity,
              cells: f.cells.map((c) => ({ address: c.address ?? null, row: c.row, column: c.column })),
              expected: f.expected ?? null,
              found: f.found ?? null,
              difference: f.difference ?? null,
              message: f.message,
              suggestion: f.suggestion ? { address: f.suggestion.address ?? null, value: f.suggestion.value } : null,
            })),
        })),
      ),
      issues: [
        ...(r.validation?.issues ?? []),
        ...(r.validation?.reports ?? []).flatMap((rep) => rep.report.issues),
      ].map((i) => ({ severity: i.severity, code: i.code, address: i.address ?? null, message: issueText(i, lang) })),
      errors: r.error ? [r.error] : r.validation && r.validation.reports.length === 0 ? [WORDS[lang].noTable] : [],
    })),
  };
}
