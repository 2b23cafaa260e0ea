/**
 * What the task pane can ask of the place it works on: the open workbook (src/excel/, through Office.js)
 * or files in a browser (src/standalone/). Components only talk to a Workspace, never to Office.js.
 */
import type { FormatId } from '../formats/types';
import type { WorkbookValidation } from '../workflow/types';

/** 插入模板: what the user chose. `year` is the report year (e.g. 2025). */
export interface TemplateRequest {
  readonly format: FormatId;
  readonly unit: string;
  readonly year: number;
}

/**
 * Why the findings' cells were not marked in the workbook (the list of findings is complete all the
 * same): `protected` — a sheet's protection could not be lifted (a password); `failed` — Excel refused
 * the write (`detail` quotes it).
 */
export interface MarkingProblem {
  readonly reason: 'protected' | 'failed';
  /** The protected sheets concerned. */
  readonly sheets: readonly string[];
  readonly detail: string;
}

/** The result of one validation run, with how many cells were marked in the sheet (0 on files). */
export interface ValidationRun {
  readonly validation: WorkbookValidation;
  readonly markedCells: number;
  /** Set when the cells could not be marked (Excel only). */
  readonly marksNotMade?: MarkingProblem;
  /** Name of what was validated: the sheet, or the files. */
  readonly subject: string;
  /** Where each report came from (files: the file name), by report index; default: its sheets. */
  readonly reportSources?: readonly string[];
}

/** An input of consolidation: a sheet of the open workbook, or a file chosen from disk. */
export type ConsolidationInput =
  | { readonly kind: 'sheet'; readonly sheet: string }
  | { readonly kind: 'file'; readonly file: File };

export type InputState = 'waiting' | 'reading' | 'included' | 'excluded' | 'failed';

/** The status line of one input. `detail` is a specific reason (Chinese or English per the pane). */
export interface InputStatus {
  readonly label: string;
  readonly state: InputState;
  readonly unit?: string;
  readonly detail?: string;
}

export interface ConsolidationRun {
  readonly statuses: readonly InputStatus[];
  readonly included: number;
  /** Sheets written into the workbook (全市汇总, 汇总明细, 来源清单), or none on files. */
  readonly sheetsWritten: readonly string[];
  /** The consolidated workbook to download (standalone mode). */
  readonly download?: { readonly fileName: string; readonly blob: Blob };
}

export interface Workspace {
  readonly kind: 'excel' | 'files';
  /** True when .xlsx files can be read here (never in IE11). */
  readonly canReadFiles: boolean;
  insertTemplate(request: TemplateRequest): Promise<string>;
  validate(): Promise<ValidationRun>;
  /**
   * Select (in Excel) or show (in the browser) the cell at a sheet-qualified address.
   * @param reportIndex the report the address belongs to (files: tells which file).
   */
  showCell(address: string, reportIndex?: number): Promise<void>;
  applySuggestion(address: string, value: number): Promise<void>;
  /** Removes the marks of the last validations, restoring each cell's own format. Returns cells restored. */
  clearMarks(): Promise<number>;
  /** Sheets of the open workbook that consolidation may read (excluding its own outputs). */
  listSheets(): Promise<string[]>;
  consolidate(inputs: readonly ConsolidationInput[], onProgress: (statuses: readonly InputStatus[]) => void): Promise<ConsolidationRun>;
}
