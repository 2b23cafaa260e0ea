/// <reference types="office-js" />
/**
 * The task pane's Workspace over the open workbook: the core (layout, workflow, consolidate) driven
 * through ExcelHost. 校验 covers every visible sheet (a report may lie on 表二 / 表三 / 表四 sheets) but
 * the listings a consolidation wrote (汇总明细, 来源清单);
 * .xlsx files chosen for 汇总 are read with ExcelJS, loaded by dynamic import only where the
 * capability check allows it (never in IE11).
 */
import { getFormat } from '../formats';
import { buildLayout } from '../layout';
import { validateGrids } from '../workflow/validate';
import type { Finding, Lang } from '../rules/types';
import type { WorkbookValidation } from '../workflow/types';
import type { ConsolidationInput, ConsolidationRun, InputStatus, TemplateRequest, ValidationRun, Workspace } from '../taskpane/workspace';
import { canReadXlsxFiles } from '../taskpane/capabilities';
import { consolidateInputs, isConsolidationListing, isOutputSheet } from '../taskpane/consolidationFlow';
import { breakdownPlan, sourcesPlan, SUMMARY_SHEET } from '../consolidate/sheets';
import { detectApiSupport } from './apiSupport';
import { ExcelHost, type RunBatch, type SheetToWrite } from './host';
import type { SettingsLike } from './markStore';

function allFindings(v: WorkbookValidation): Finding[] {
  const out: Finding[] = [];
  for (const r of v.reports) for (const f of r.findings) out.push(f);
  return out;
}

/** What was validated, for the pane's summary line: the sheets holding reports (else the active sheet). */
export function validationSubject(v: WorkbookValidation, active: string, lang: Lang): string {
  const sheets: string[] = [];
  for (const r of v.reports) for (const s of r.report.sheets) if (sheets.indexOf(s) < 0) sheets.push(s);
  if (sheets.length === 0) return active;
  if (sheets.length <= 3) return sheets.join(lang === 'en' ? ', ' : '、');
  return lang === 'en' ? `${sheets.length} sheets` : `${sheets.length} 个工作表`;
}

/** A Workspace over an ExcelHost (tests build one over office-addin-mock). */
export function excelWorkspace(host: ExcelHost, lang: Lang, filesAllowed: boolean): Workspace {
  return {
    kind: 'excel',
    canReadFiles: filesAllowed,

    insertTemplate(request: TemplateRequest): Promise<string> {
      const layout = buildLayout(getFormat(request.format), { unit: request.unit || undefined, year: request.year });
      return host.insertTemplate(layout);
    },

    validate(): Promise<ValidationRun> {
      return host
        .validateWorkbook((grids) => {
          const validation = validateGrids(
            grids.filter((g) => !isConsolidationListing(g.sheet)),
            { lang },
          );
          return { result: validation, findings: allFindings(validation) };
        })
        .then((r) => ({
          validation: r.result,
          markedCells: r.marks.marked,
          subject: validationSubject(r.result, r.active, lang),
          ...(r.marks.notMade ? { marksNotMade: r.marks.notMade } : {}),
        }));
    },

    showCell(address: string): Promise<void> {
      return host.selectCell(address);
    },

    applySuggestion(address: string, value: number): Promise<void> {
      return host.applySuggestion(address, value);
    },

    clearMarks(): Promise<number> {
      return host.clearMarks();
    },

    listSheets(): Promise<string[]> {
      return host.listSheets().then((names) => names.filter((n) => !isOutputSheet(n)));
    },

    async consolidate(inputs: readonly ConsolidationInput[], onProgress: (s: readonly InputStatus[]) => void): Promise<ConsolidationRun> {
      const sheetNames = inputs.filter((i) => i.kind === 'sheet').map((i) => (i.kind === 'sheet' ? i.sheet : ''));
      // ONE sync reads every chosen sheet (and the names of all sheets, to name the outputs).
      const read = await host.readSheets(sheetNames);
      const gridOf = (name: string) => read.grids[sheetNames.indexOf(name)];
      const { result, statuses } = await consolidateInputs(inputs, { sheet: gridOf }, lang, onProgress);
      const format = getFormat(result.format);
      const plans: SheetToWrite[] = [
        { kind: 'layout', name: SUMMARY_SHEET, layout: buildLayout(format, { year: result.year, figures: result.summary }) },
        { kind: 'plan', plan: breakdownPlan(result, lang) },
        { kind: 'plan', plan: sourcesPlan(result, format.source, lang) },
      ];
      // ONE more sync writes the three new sheets; the source sheets are only read.
      const written = await host.writeSheets(plans, read.allNames);
      return { statuses, included: result.breakdown.rows.length, sheetsWritten: written };
    },
  };
}

/** The Workspace of the pane inside Excel (Office.js is ready). */
export function createExcelWorkspace(lang: Lang): Workspace {
  const api = detectApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
  const run: RunBatch = (batch) => Excel.run(batch);
  const host = new ExcelHost(run, api, Office.context.document.settings as unknown as SettingsLike);
  // Learn the workbook's sheets now (one sync, while the user looks at the pane), so that the first
  // 校验 reads them all in its one read sync.
  host.listSheets().catch(() => undefined);
  return excelWorkspace(host, lang, canReadXlsxFiles(window.navigator.userAgent));
}
