/**
 * A consolidation for people and programs: the CLI's --json document, its text lines and exit code.
 * Figures are named by their official labels (src/formats via `figureIndex`), never by codes alone.
 */
import type { Lang } from '../rules/types';
import { ConsolidationError, ConsolidationRefusedError } from './errors';
import { figureIndex } from './figureIndex';
import { formatLocalTime, planWords, resultNotes } from './sheets';
import type { ConsolidationResult, SourceEntry } from './types';

/** One input in the JSON document. */
export interface InputJson {
  readonly index: number;
  readonly file: string | null;
  readonly sheet: string | null;
  readonly unit: string;
  readonly unitSource: string;
  readonly format: string | null;
  readonly year: number | null;
  readonly sha256: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly missingFigures: number;
  readonly status: string;
  readonly reason: string | null;
  readonly firstErrors: readonly string[];
}

/** One summed figure in the JSON document, named by its official labels. */
export interface FigureJson {
  readonly section: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly unit: string | null;
  readonly value: number | null;
  /** Identity: TABLE/ROW:COL. */
  readonly key: string;
  /** Units summed although invalid that contribute to this figure (present only when any). */
  readonly invalidUnits?: readonly string[];
}

function inputJson(s: SourceEntry, lang: Lang): InputJson {
  return {
    index: s.index,
    file: s.file !== undefined ? s.file : null,
    sheet: s.sheet !== undefined ? s.sheet : null,
    unit: s.unit,
    unitSource: s.unitSource,
    format: s.format !== undefined ? s.format : null,
    year: s.year !== undefined ? s.year : null,
    sha256: s.sha256 !== undefined ? s.sha256 : null,
    errors: s.errors,
    warnings: s.warnings,
    missingFigures: s.missingFigures,
    status: s.status,
    reason: s.reason !== undefined ? (lang === 'zh' ? s.reason : s.reasonEn || s.reason) : null,
    firstErrors: s.firstErrors,
  };
}

/**
 * The --json document of a finished consolidation:
 * `{ ok: true, format, year, consolidatedAt, inputs: InputJson[], figures: FigureJson[], duplicates, unitsNotSummed, expected,
 *    notices: string[], summaryFindings: [{rule, severity, message}] }`.
 */
export function consolidationJson(result: ConsolidationResult, lang: Lang = 'zh'): object {
  const index = figureIndex(result.format);
  return {
    ok: true,
    format: result.format,
    year: result.year !== undefined ? result.year : null,
    consolidatedAt: result.consolidatedAt,
    inputs: result.sources.map((s) => inputJson(s, lang)),
    figures: result.figures.map((f, i): FigureJson => {
      const c = index.columns[i];
      const out: FigureJson = { section: c.section, table: c.tableTitle, row: c.row, column: c.column, unit: c.unit || null, value: result.summary.cells[f.key].value, key: f.key };
      return f.invalidUnits.length > 0 ? { ...out, invalidUnits: f.invalidUnits } : out;
    }),
    duplicates: result.duplicates,
    unitsNotSummed: result.unitsNotSummed,
    expected: result.expected || null,
    notices: result.notices.map((n) => (lang === 'zh' ? n.message : n.messageEn)),
    summaryFindings: result.summaryFindings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
  };
}

/**
 * The --json document of a run that stopped: `{ ok: false, error: code, message, inputs, formats?, years?, duplicates?, undecided? }`.
 * Errors that are not ConsolidationErrors are rethrown (they are defects, not results).
 */
export function consolidationErrorJson(error: unknown, lang: Lang = 'zh'): object {
  if (!(error instanceof ConsolidationError)) throw error;
  const base = {
    ok: false,
    error: error.code,
    message: lang === 'zh' ? error.message : error.messageEn,
    inputs: error.sources.map((s) => inputJson(s, lang)),
  };
  if (!(error instanceof ConsolidationRefusedError)) return base;
  return {
    ...base,
    expectedFormat: error.expectedFormat || null,
    expectedYear: error.expectedYear !== undefined ? error.expectedYear : null,
    formats: error.formats,
    years: error.years,
    duplicates: error.duplicates,
    undecided: error.undecided,
  };
}

/**
 * Exit code of `nianbao consolidate`, as for validate: 0 = every input summed without error and every
 * expected unit present; 1 = problems in the inputs (errors, excluded or flagged inputs, duplicates,
 * mixed formats or years, missing units); 2 = an unreadable file or no official table in it, or the
 * consolidation could not be produced (an internal check failed).
 *
 * Units not on the --units list are a warning, not an error: they are summed and listed (text, JSON,
 * 来源清单) and the exit code stays 0. Such a unit is usually a new office or a list to update; a
 * misspelt name also leaves the listed unit missing, and a missing unit gives 1.
 */
export function consolidationExitCode(outcome: ConsolidationResult | unknown): 0 | 1 | 2 {
  if (outcome instanceof ConsolidationRefusedError) return outcome.sources.some((s) => s.status === 'unreadable') ? 2 : 1;
  if (outcome instanceof ConsolidationError) {
    if (outcome.code === 'nothing-to-sum') return outcome.sources.some((s) => s.status === 'unreadable') || outcome.sources.length === 0 ? 2 : 1;
    return 2;
  }
  const result = outcome as ConsolidationResult;
  if (!result || !result.sources) return 2;
  if (result.sources.some((s) => s.status === 'unreadable')) return 2;
  if (result.sources.some((s) => s.status !== 'included')) return 1;
  if (result.expected && result.expected.missing.length > 0) return 1;
  return 0;
}

/** Lines for a terminal: one per input (status, unit, file, reason), then notices, duplicates, units, and where the figures stand. */
export function consolidationText(result: ConsolidationResult, lang: Lang = 'zh'): string[] {
  const w = planWords(lang);
  const lines: string[] = [];
  const zh = lang === 'zh';
  lines.push(
    zh
      ? `汇总 ${result.year !== undefined ? `${result.year} 年度、` : ''}${result.format} 格式，${formatLocalTime(result.consolidatedAt)}`
      : `Consolidation of ${result.year !== undefined ? `${result.year}, ` : ''}format ${result.format}, ${formatLocalTime(result.consolidatedAt, 'en')}`,
  );
  for (const s of result.sources) {
    const where = s.file ? `${s.file}${s.sheet ? ` [${s.sheet}]` : ''}` : s.sheet || '';
    const reason = s.reason ? ` — ${zh ? s.reason : s.reasonEn || s.reason}` : '';
    lines.push(`  ${String(s.index).padStart(3)}. ${w.statuses[s.status]}  ${s.unit}  ${where}${reason}`);
  }
  for (const n of result.notices) lines.push(`${zh ? '提示' : 'Notice'}${w.colon}${zh ? n.message : n.messageEn}`);
  lines.push(...resultNotes(result, lang));
  const included = result.sources.filter((s) => s.status === 'included' || s.status === 'included-invalid').length;
  const flagged = result.figures.filter((f) => f.invalidUnits.length > 0).length;
  const dropped = result.unitsNotSummed.length;
  lines.push(
    zh
      ? `计入 ${included} 份，共 ${result.sources.length} 份${dropped ? `；${dropped} 个单位没有数据计入汇总（见上）` : ''}；汇总结果${result.summaryFindings.some((f) => f.severity === 'error') ? '未通过' : '通过'}校验${flagged ? `；${flagged} 个数字含有错误报表的数据（已标出）` : ''}。`
      : `${included} of ${result.sources.length} inputs summed${dropped ? `; ${dropped} unit(s) with nothing summed (see above)` : ''}; the summary ${result.summaryFindings.some((f) => f.severity === 'error') ? 'fails' : 'passes'} validation${flagged ? `; ${flagged} figures include data of invalid inputs (flagged)` : ''}.`,
  );
  return lines;
}
