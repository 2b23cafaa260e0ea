/**
 * The Workspace of the standalone page: .xlsx files in the browser (WPS users, anyone without the
 * add-in). Validate the chosen files, show a finding's cell in a preview, consolidate and download
 * the result, download a blank template. Files are read locally; nothing is uploaded.
 */
import { getFormat } from '../formats';
import type { Grid } from '../grid/types';
import { parseA1 } from '../grid/address';
import type { RecognitionIssue } from '../recognize/types';
import type { Lang } from '../rules/types';
import type { ValidatedReport } from '../workflow/types';
import { validateGrids } from '../workflow/validate';
import { canReadXlsxFiles } from '../taskpane/capabilities';
import { consolidateInputs } from '../taskpane/consolidationFlow';
import { loadXlsx, readFileGrids } from '../taskpane/readFile';
import { saveBlob } from '../taskpane/download';
import type { ConsolidationInput, ConsolidationRun, InputStatus, TemplateRequest, ValidationRun, Workspace } from '../taskpane/workspace';

/** What the preview shows when a finding is clicked. */
export interface CellView {
  readonly file: string;
  readonly grid: Grid;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

export interface FileWorkspace extends Workspace {
  setFiles(files: readonly File[]): void;
  /** Called with the cell to show (or null to close the preview). */
  onShowCell(listener: (view: CellView | null) => void): void;
}


function xlsxBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as unknown as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function createFileWorkspace(lang: Lang): FileWorkspace {
  let files: readonly File[] = [];
  let lastGrids: Array<{ file: string; grids: readonly Grid[] }> = [];
  let reportFiles: number[] = [];
  let listener: (view: CellView | null) => void = () => undefined;

  return {
    kind: 'files',
    canReadFiles: canReadXlsxFiles(window.navigator.userAgent),

    setFiles(next: readonly File[]): void {
      files = next;
    },

    onShowCell(l: (view: CellView | null) => void): void {
      listener = l;
    },

    async insertTemplate(request: TemplateRequest): Promise<string> {
      const xlsx = await loadXlsx();
      const bytes = await xlsx.workbookBytes(xlsx.templateWorkbook(getFormat(request.format), { unit: request.unit || undefined, year: request.year }));
      const fileName = `${request.unit || ''}${request.year}年政府信息公开工作年度报告统计表.xlsx`;
      saveBlob(xlsxBlob(bytes), fileName);
      return fileName;
    },

    async validate(): Promise<ValidationRun> {
      const reports: ValidatedReport[] = [];
      const issues: RecognitionIssue[] = [];
      const sources: string[] = [];
      lastGrids = [];
      reportFiles = [];
      for (const file of files) {
        const read = await readFileGrids(file);
        if (!read.grids) {
          const e = read.error || file.name;
          issues.push({ severity: 'error', code: 'unreadable', message: e, messageEn: read.errorEn || e });
          continue;
        }
        // What the reader did not do (macros not run, links not followed), listed with the file's notes as the CLI does.
        for (const n of read.notices || []) issues.push({ ...n, message: `${file.name}：${n.message}`, messageEn: `${file.name}: ${n.messageEn}` });
        const fi = lastGrids.length;
        lastGrids.push({ file: file.name, grids: read.grids });
        const v = validateGrids(read.grids, { lang });
        for (const r of v.reports) {
          reports.push(r);
          sources.push(file.name);
          reportFiles.push(fi);
        }
        for (const i of v.issues) issues.push({ ...i, message: `${file.name}：${i.message}`, messageEn: `${file.name}: ${i.messageEn}` });
      }
      const subject = files.length === 1 ? files[0].name : lang === 'en' ? `${files.length} files` : `${files.length} 个文件`;
      return { validation: { reports, issues }, markedCells: 0, subject, reportSources: sources };
    },

    showCell(address: string, reportIndex?: number): Promise<void> {
      const fi = reportIndex !== undefined ? reportFiles[reportIndex] : 0;
      const entry = lastGrids[fi];
      if (!entry) return Promise.resolve();
      const p = parseA1(address);
      const grid = entry.grids.filter((g) => p.sheet === undefined || g.sheet === p.sheet)[0];
      if (grid) listener({ file: entry.file, grid, row: p.row, col: p.col, address });
      return Promise.resolve();
    },

    applySuggestion(): Promise<void> {
      return Promise.reject(new Error(lang === 'en' ? 'Corrections are applied in the workbook itself on the web page.' : '网页版不修改文件：请在工作簿中改正后重新校验。'));
    },

    clearMarks(): Promise<number> {
      return Promise.resolve(0);
    },

    listSheets(): Promise<string[]> {
      return Promise.resolve([]);
    },

    async consolidate(inputs: readonly ConsolidationInput[], onProgress: (s: readonly InputStatus[]) => void): Promise<ConsolidationRun> {
      // Only files here: the page has no workbook of its own.
      const { result, statuses } = await consolidateInputs(
        inputs.filter((i) => i.kind === 'file'),
        {},
        lang,
        onProgress,
      );
      const xlsx = await loadXlsx();
      const bytes = await xlsx.consolidationWorkbookBytes(result, { lang });
      const download = { fileName: `${result.year !== undefined ? `${result.year}年` : ''}全市汇总.xlsx`, blob: xlsxBlob(bytes) };
      return { statuses, included: result.breakdown.rows.length, sheetsWritten: [], download };
    },
  };
}
