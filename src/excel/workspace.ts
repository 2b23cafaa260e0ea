/// <reference types="office-js" />
/**
 * The task pane's Workspace over the open workbook: the core (layout, workflow, consolidate) driven
 * through ExcelHost. .xlsx files chosen for 汇总 are read with ExcelJS, loaded by dynamic import
 * only where the capability check allows it (never in IE11).
 */
import { getFormat } from '../formats';
import { buildLayout } from '../layout';
import { validateGrids } from '../workflow/validate';
import type { Finding, Lang } from '../rules/types';
import type { WorkbookValidation } from '../workflow/types';
import type { ConsolidationInput, ConsolidationRun, InputStatus, TemplateRequest, ValidationRun, Workspace } from '../taskpane/workspace';
import { canReadXlsxFiles } from '../taskpane/capabilities';
import { addFile, addSheet, isOutputSheet, newConsolidator, refusal, statusesOf } from '../taskpane/consolidationFlow';
import { readFileForConsolidation } from '../taskpane/readFile';
import { breakdownPlan, sourcesPlan, SUMMARY_SHEET } from '../consolidate/sheets';
import { detectApiSupport } from './apiSupport';
import { ExcelHost, type RunBatch, type SheetToWrite } from './host';
import type { SettingsLike } from './markStore';

function allFindings(v: WorkbookValidation): Finding[] {
  const out: Finding[] = [];
  for (const r of v.reports) for (const f of r.findings) out.push(f);
  return out;
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
        .validateActiveSheet((grid) => {
          const validation = validateGrids([grid], { lang });
          return { result: validation, findings: allFindings(validation) };
        })
        .then((r) => ({ validation: r.result, markedCells: r.marks.marked, subject: r.sheet }));
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
      const statuses: InputStatus[] = inputs.map((i) => ({ label: i.kind === 'sheet' ? i.sheet : i.file.name, state: 'waiting' }));
      const report = (): void => onProgress(statuses.slice());
      report();
      const sheetNames = inputs.filter((i) => i.kind === 'sheet').map((i) => (i.kind === 'sheet' ? i.sheet : ''));
      // ONE sync reads every chosen sheet (and the names of all sheets, to name the outputs).
      const read = await host.readSheets(sheetNames);
      const c = newConsolidator(lang);
      let k = 0;
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        statuses[i] = { label: statuses[i].label, state: 'reading' };
        report();
        const n = input.kind === 'sheet' ? addSheet(c, read.grids[k++], lang) : addFile(c, await readFileForConsolidation(input.file, lang));
        statuses[i] = { label: statuses[i].label, state: n > 0 ? 'included' : 'failed' };
        report();
      }
      let result;
      try {
        result = c.finish();
      } catch (err) {
        const r = refusal(err, lang);
        onProgress(r.statuses);
        throw new Error(r.message);
      }
      const format = getFormat(result.format);
      const plans: SheetToWrite[] = [
        { kind: 'layout', name: SUMMARY_SHEET, layout: buildLayout(format, { year: result.year, figures: result.summary }) },
        { kind: 'plan', plan: breakdownPlan(result, lang) },
        { kind: 'plan', plan: sourcesPlan(result, format.source, lang) },
      ];
      // ONE more sync writes the three new sheets; the source sheets are only read.
      const written = await host.writeSheets(plans, read.allNames);
      const final = statusesOf(result.sources, lang);
      return { statuses: final, included: result.breakdown.rows.length, sheetsWritten: written };
    },
  };
}

/** The Workspace of the pane inside Excel (Office.js is ready). */
export function createExcelWorkspace(lang: Lang): Workspace {
  const api = detectApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
  const run: RunBatch = (batch) => Excel.run(batch);
  const host = new ExcelHost(run, api, Office.context.document.settings as unknown as SettingsLike);
  return excelWorkspace(host, lang, canReadXlsxFiles(window.navigator.userAgent));
}
