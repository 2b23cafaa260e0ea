/// <reference types="office-js" />
/**
 * The Office.js host over the core: the only module that talks to Excel. Each job is one Excel.run
 * with a fixed number of round trips, whatever the size of the tables:
 * - readActiveSheet + marking (校验): 1 read + 1 write = 2 context.sync();
 * - insertTemplate (插入模板): sheet names + write = 2;
 * - readSheets + writeSheets (汇总 of K sheets): 1 read of all K + 1 write of the outputs = 2 (≤ 3);
 * - selectCell, applySuggestion: 1; clearMarks: 2; listSheets: 1.
 */
import type { Grid } from '../grid/types';
import { parseA1, a1 } from '../grid/address';
import type { Finding } from '../rules/types';
import type { SheetLayout } from '../layout/types';
import type { ApiSupport } from './apiSupport';
import { gridFromRead, queueGridRead, type PendingGridRead } from './readGrid';
import { queueLayout } from './writeLayout';
import { cellsToMark, queueClear, queueMarking } from './marking';
import { marksOf, readMarks, withSheetMarks, writeMarks, type SettingsLike, type MarkState } from './markStore';
import { queueSheetPlan } from './writeSheetPlan';
import type { SheetPlan } from '../consolidate/sheets';
import { uniqueSheetName } from './sheetNames';

/** Excel.run, or a fake of it in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A sheet to add: the official layout (全市汇总, templates) or a consolidation plan (汇总明细, 来源清单). */
export type SheetToWrite = { readonly kind: 'layout'; readonly name: string; readonly layout: SheetLayout } | { readonly kind: 'plan'; readonly plan: SheetPlan };

export interface MarkOutcome {
  readonly marked: number;
  readonly restored: number;
}

export class ExcelHost {
  constructor(
    private readonly run: RunBatch,
    readonly api: ApiSupport,
    private readonly settings: SettingsLike,
  ) {}

  /** Names of the visible worksheets, in tab order. One sync. */
  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.filter((s) => String(s.visibility) === 'Visible' || s.visibility === undefined).map((s) => s.name);
    });
  }

  /**
   * Add a new worksheet holding `layout`, named after `layout.sheetName` (made unique: an existing
   * sheet is never overwritten), and activate it. Two syncs: the sheet names, then the whole write.
   * @returns the name of the new sheet.
   */
  insertTemplate(layout: SheetLayout, baseName?: string): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(baseName || layout.sheetName, sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      queueLayout(sheet, layout, this.api);
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * Validate the active sheet: read it (ONE sync), let `validate` find the findings, then mark them
   * and un-mark cells whose findings are gone (ONE more sync, skipped when nothing changes).
   * The formats under new marks are saved in the workbook settings (see markStore).
   * @param validate the core over one Grid (src/workflow): returns findings (addresses sheet-qualified).
   */
  validateActiveSheet<T>(validate: (grid: Grid) => { result: T; findings: readonly Finding[] }): Promise<{ result: T; sheet: string; marks: MarkOutcome }> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const read = queueGridRead(sheet, this.api);
      if (this.api.protection) sheet.protection.load('protected');
      await context.sync();
      const grid = gridFromRead(read);
      const { result, findings } = validate(grid);
      const state = readMarks(this.settings);
      const previous = marksOf(state, sheet.id);
      const wanted = cellsToMark(findings, grid.sheet);
      if (wanted.size === 0 && !previous) return { result, sheet: grid.sheet, marks: { marked: 0, restored: 0 } };
      const protectedSheet = this.api.protection && sheet.protection.protected;
      if (protectedSheet) sheet.protection.unprotect();
      const pending = queueMarking(sheet, wanted, previous, state.nextSeq, this.api);
      if (protectedSheet) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      await context.sync();
      const cells = pending.finish();
      const next = withSheetMarks(state, sheet.id, grid.sheet, cells, state.nextSeq + cells.length);
      await writeMarks(this.settings, next);
      return { result, sheet: grid.sheet, marks: { marked: pending.markedCount, restored: pending.restoredCount } };
    });
  }

  /**
   * Restore every marked cell of every sheet to its saved format. Two syncs: which sheets still
   * exist (and are protected), then the restore. Returns the number of cells restored.
   */
  clearMarks(): Promise<number> {
    const state: MarkState = readMarks(this.settings);
    if (state.sheets.length === 0) return Promise.resolve(0);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(this.api.protection ? 'items/id,items/name,items/protection/protected' : 'items/id,items/name');
      await context.sync();
      let restored = 0;
      for (const marks of state.sheets) {
        const sheet = sheets.items.filter((s) => s.id === marks.sheetId)[0];
        if (!sheet) continue; // the sheet was deleted: nothing left to restore
        const isProtected = this.api.protection && sheet.protection.protected;
        if (isProtected) sheet.protection.unprotect();
        restored += queueClear(sheet, marks);
        if (isProtected) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      }
      await context.sync();
      await writeMarks(this.settings, { version: 1, nextSeq: state.nextSeq, sheets: [] });
      return restored;
    });
  }

  /** Activate the sheet of a sheet-qualified address (表三!C12) and select the cell. One sync. */
  selectCell(address: string, defaultSheet?: string): Promise<void> {
    const p = parseA1(address);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = p.sheet !== undefined ? sheets.getItem(p.sheet) : defaultSheet ? sheets.getItem(defaultSheet) : sheets.getActiveWorksheet();
      sheet.activate();
      sheet.getRange(a1(p.row, p.col)).select();
      await context.sync();
    });
  }

  /** Write a suggested value into its cell (a number, so Excel treats it as one). One sync. */
  applySuggestion(address: string, value: number): Promise<void> {
    const p = parseA1(address);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = p.sheet !== undefined ? sheets.getItem(p.sheet) : sheets.getActiveWorksheet();
      sheet.getRange(a1(p.row, p.col)).values = [[value]];
      await context.sync();
    });
  }

  /**
   * Read K sheets of this workbook into Grids in ONE sync, together with the names of all sheets
   * (so outputs can be named without a further round trip). Sheets are only read.
   * @throws Error naming the sheet when one of `names` does not exist.
   */
  readSheets(names: readonly string[]): Promise<{ grids: Grid[]; allNames: string[] }> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const reads: PendingGridRead[] = names.map((n) => queueGridRead(sheets.getItem(n), this.api));
      try {
        await context.sync();
      } catch (err) {
        throw new Error(`读取工作表失败（${names.join('、')}）：${err instanceof Error ? err.message : String(err)}`);
      }
      return { grids: reads.map(gridFromRead), allNames: sheets.items.map((s) => s.name) };
    });
  }

  /**
   * Add new sheets (never replacing one: names are made unique against `existing`) and write them,
   * all in ONE sync. The first is activated. Returns the names given.
   */
  writeSheets(plans: readonly SheetToWrite[], existing: readonly string[]): Promise<string[]> {
    return this.run(async (context) => {
      const taken = existing.slice();
      const names: string[] = [];
      let first: Excel.Worksheet | null = null;
      for (const plan of plans) {
        const name = uniqueSheetName(plan.kind === 'layout' ? plan.name : plan.plan.name, taken);
        taken.push(name);
        names.push(name);
        const sheet = context.workbook.worksheets.add(name);
        if (!first) first = sheet;
        if (plan.kind === 'layout') queueLayout(sheet, plan.layout, this.api);
        else queueSheetPlan(sheet, plan.plan, this.api);
      }
      if (first) first.activate();
      await context.sync();
      return names;
    });
  }
}
