/**
 * Consolidation as the pane runs it, whatever the host: sheets of the open workbook are recognised and
 * validated here; files come already read by src/consolidate's readFileInputs (in the ExcelJS chunk).
 * Everything goes into one Consolidator; the result becomes status lines. Host-neutral.
 */
import { createConsolidator, ConsolidationError, type Consolidator, type SourceEntry } from '../consolidate';
import type { FileReading } from '../consolidate/readInput';
import { BREAKDOWN_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from '../consolidate/sheets';
import type { Grid } from '../grid/types';
import type { Lang } from '../rules/types';
import { validateGrids } from '../workflow/validate';
import type { InputStatus } from './workspace';

/** The sheets consolidation writes (later runs get “ (2)”, “ (3)”…): never offered as inputs. */
export const OUTPUT_SHEETS = [SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET];

/** True for a sheet that consolidation wrote. */
export function isOutputSheet(name: string): boolean {
  return OUTPUT_SHEETS.some((o) => name === o || name.indexOf(`${o} (`) === 0);
}

/** A fresh consolidator for the pane (invalid inputs excluded and listed; duplicates stop the run). */
export function newConsolidator(lang: Lang): Consolidator {
  return createConsolidator({ lang });
}

/**
 * Add the reports found in one sheet of the open workbook; a sheet with no official table is listed
 * as unreadable with the reason. Returns the number of reports added.
 */
export function addSheet(c: Consolidator, grid: Grid, lang: Lang): number {
  const v = validateGrids([grid], { lang });
  if (v.reports.length === 0) {
    const errors = v.issues.filter((i) => i.severity === 'error');
    c.addUnreadable({
      file: grid.sheet,
      sheet: grid.sheet,
      reason: `工作表“${grid.sheet}”：${errors.length > 0 ? errors.map((i) => i.message).join('；') : '未找到官方统计表'}`,
      reasonEn: `Sheet "${grid.sheet}": ${errors.length > 0 ? errors.map((i) => i.messageEn).join('; ') : 'no official table found'}`,
    });
    return 0;
  }
  for (const r of v.reports) c.add({ sheet: grid.sheet, report: r.report, figures: r.figures, findings: r.findings });
  return v.reports.length;
}

/** Add what one file gave (its reports, or the reason it gives none). Returns the number of reports added. */
export function addFile(c: Consolidator, reading: FileReading): number {
  if (!reading.ok) {
    c.addUnreadable(reading.unreadable);
    return 0;
  }
  for (const input of reading.inputs) c.add(input);
  return reading.inputs.length;
}

function sourceLabel(s: SourceEntry): string {
  if (s.file && s.sheet && s.file !== s.sheet) return `${s.file} · ${s.sheet}`;
  return s.file || s.sheet || s.unit;
}

/** Status lines from the source list of a finished (or refused) consolidation. */
export function statusesOf(sources: readonly SourceEntry[], lang: Lang): InputStatus[] {
  return sources.map((s) => {
    const included = s.status === 'included' || s.status === 'included-invalid';
    const reason = lang === 'en' ? s.reasonEn || s.reason : s.reason;
    const firstError = s.firstErrors.length > 0 ? s.firstErrors[0] : undefined;
    return {
      label: sourceLabel(s),
      state: s.status === 'unreadable' ? 'failed' : included ? 'included' : 'excluded',
      unit: s.unit,
      detail: reason || (!included && firstError ? firstError : undefined),
    };
  });
}

/** The message of a consolidation that stopped, with the status lines it carries. */
export function refusal(err: unknown, lang: Lang): { message: string; statuses: InputStatus[] } {
  if (err instanceof ConsolidationError) {
    return { message: lang === 'en' ? err.messageEn : err.message, statuses: statusesOf(err.sources, lang) };
  }
  return { message: err instanceof Error ? err.message : String(err), statuses: [] };
}
