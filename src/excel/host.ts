/// <reference types="office-js" />
/**
 * The Office.js host over the core: the only module that talks to Excel. Each job is one Excel.run
 * with a fixed number of round trips, whatever the size of the tables:
 * - validateWorkbook + marking (校验): 1 read of every visible sheet + 1 write = 2 context.sync()
 *   (one more read when the workbook gained a sheet the host has not seen yet: see visibleSheets.ts);
 * - insertTemplate (插入模板): sheet names + write = 2;
 * - readSheets + writeSheets (汇总 of K sheets): 1 read of all K + 1 write of the outputs = 2 (≤ 3);
 * - selectCell, applySuggestion: 1; clearMarks: 2; listSheets: 1.
 * Every batch that loads the sheet list remembers the visible sheets' ids (no extra cost), so that
 * validation can read them all in its one read.
 */
import type { Grid } from '../grid/types';
import { parseA1, a1 } from '../grid/address';
import type { Finding } from '../rules/types';
import type { SheetLayout } from '../layout/types';
import type { ApiSupport } from './apiSupport';
import { gridFromRead, queueGridRead, type PendingGridRead } from './readGrid';
import { queueLayout } from './writeLayout';
import { cellsToMark, queueClear, queueMarking, type PendingMarking } from './marking';
import { marksOf, readMarks, withSheetMarks, writeMarks, type SettingsLike, type MarkState, type SheetMarks } from './markStore';
import { queueSheetPlan } from './writeSheetPlan';
import type { SheetPlan } from '../consolidate/sheets';
import { uniqueSheetName } from './sheetNames';
import { isVisible, readVisibleSheets, sheetListLoad, type VisibleSheet } from './visibleSheets';
import { protectAgainAfterFailure, protectionOf, queueLift, queueProtectAgain, sheetsToLift } from './protection';

/** Excel.run, or a fake of it in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A sheet to add: the official layout (全市汇总, templates) or a consolidation plan (汇总明细, 来源清单). */
export type SheetToWrite = { readonly kind: 'layout'; readonly name: string; readonly layout: SheetLayout } | { readonly kind: 'plan'; readonly plan: SheetPlan };

/**
 * Why the cells of the findings were not marked (the findings are complete all the same).
 * `protected`: a sheet's protection could not be lifted — it has a password; `failed`: Excel refused the
 * write for another reason (`detail` quotes it). Nothing was marked or recorded in either case.
 */
export interface MarksNotMade {
  readonly reason: 'protected' | 'failed';
  /** The protected sheets the batch had to lift (one of them has the password). */
  readonly sheets: readonly string[];
  readonly detail: string;
}

export interface MarkOutcome {
  readonly marked: number;
  readonly restored: number;
  readonly notMade?: MarksNotMade;
}

/** What validateWorkbook returns besides the caller's result. */
export interface WorkbookCheck<T> {
  readonly result: T;
  /** Names of the visible sheets read, in tab order. */
  readonly sheets: readonly string[];
  /** The active sheet's name. */
  readonly active: string;
  readonly marks: MarkOutcome;
}

/** One sheet's part of the marking batch. */
interface SheetMarking {
  readonly sheet: VisibleSheet;
  readonly wanted: Map<string, 'error' | 'warning'>;
  readonly previous: SheetMarks | undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class ExcelHost {
  /** Ids of the visible sheets at the last batch that listed them (see visibleSheets.ts). */
  private knownSheets: string[] = [];

  constructor(
    private readonly run: RunBatch,
    readonly api: ApiSupport,
    private readonly settings: SettingsLike,
  ) {}

  private remember(items: readonly Excel.Worksheet[], added: readonly Excel.Worksheet[] = []): void {
    this.knownSheets = items
      .filter(isVisible)
      .concat(added)
      .map((s) => s.id);
  }

  /** Names of the visible worksheets, in tab order. One sync. */
  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id,items/visibility');
      await context.sync();
      this.remember(sheets.items);
      return sheets.items.filter(isVisible).map((s) => s.name);
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
      sheets.load('items/name,items/id,items/visibility');
      await context.sync();
      const name = uniqueSheetName(baseName || layout.sheetName, sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      queueLayout(sheet, layout, this.api);
      sheet.activate();
      sheet.load('id');
      await context.sync();
      this.remember(sheets.items, [sheet]);
      return name;
    });
  }

  /**
   * Validate the workbook: read every visible sheet (ONE sync when the host knows the sheets; see
   * visibleSheets.ts), let `validate` find the findings over their Grids (a report may lie on several
   * sheets), then mark them on whatever sheet each cell is and un-mark cells whose findings are gone
   * (ONE more sync, skipped when nothing changes). The formats under new marks are saved in the
   * workbook settings (see markStore). A protected sheet is lifted for the marks only when its options
   * forbid formatting, then protected again with its own options; when that fails (a password), the
   * findings come back unmarked with `marks.notMade` saying why.
   * @param validate the core over the Grids in tab order (src/workflow): findings with sheet-qualified addresses.
   */
  validateWorkbook<T>(validate: (grids: Grid[]) => { result: T; findings: readonly Finding[] }): Promise<WorkbookCheck<T>> {
    return this.run(async (context) => {
      const read = await readVisibleSheets(context, this.api, this.knownSheets);
      this.knownSheets = read.ids;
      const { result, findings } = validate(read.sheets.map((s) => s.grid));
      const names = read.sheets.map((s) => s.grid.sheet);
      const check = (marks: MarkOutcome): WorkbookCheck<T> => ({ result, sheets: names, active: read.activeName, marks });
      const state = readMarks(this.settings);
      const work: SheetMarking[] = read.sheets
        .map((sheet) => ({ sheet, wanted: cellsToMark(findings, sheet.grid.sheet), previous: marksOf(state, sheet.id) }))
        .filter((w) => w.wanted.size > 0 || !!w.previous);
      if (work.length === 0) return check({ marked: 0, restored: 0 });

      const lifted = sheetsToLift(work.map((w) => ({ id: w.sheet.id, name: w.sheet.grid.sheet, sheet: w.sheet.proxy, protection: w.sheet.protection })));
      queueLift(lifted); // first: a password fails the batch before anything is written
      let seq = state.nextSeq;
      const pending: PendingMarking[] = work.map((w) => {
        const p = queueMarking(w.sheet.proxy, w.wanted, w.previous, seq, this.api);
        seq += p.freshCount;
        return p;
      });
      queueProtectAgain(lifted);
      try {
        await context.sync();
      } catch (err) {
        // Lifting failed (a password) before anything was written. Without the protection API (1.1) a
        // sheet protected against formatting fails at its first mark; sheets queued before it keep
        // marks that cannot be recorded (their captures do not come back from a failed batch).
        await protectAgainAfterFailure(context, lifted);
        const reason = lifted.length > 0 ? 'protected' : 'failed';
        return check({ marked: 0, restored: 0, notMade: { reason, sheets: lifted.map((l) => l.name), detail: messageOf(err) } });
      }
      let next = state;
      let marked = 0;
      let restored = 0;
      work.forEach((w, i) => {
        next = withSheetMarks(next, w.sheet.id, w.sheet.grid.sheet, pending[i].finish(), seq);
        marked += pending[i].markedCount;
        restored += pending[i].restoredCount;
      });
      await writeMarks(this.settings, next);
      return check({ marked, restored });
    });
  }

  /**
   * Restore every marked cell of every sheet to its saved format. Two syncs: which sheets still
   * exist (and their protection), then the restore. Returns the number of cells restored.
   * A protected sheet is lifted only when its options forbid formatting, and protected again with them.
   * @throws Error (Chinese) when a sheet's protection cannot be lifted (a password); the marks stay
   *   recorded, so 清除标记 works once the user lifts the protection.
   */
  clearMarks(): Promise<number> {
    const state: MarkState = readMarks(this.settings);
    if (state.sheets.length === 0) return Promise.resolve(0);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(sheetListLoad(this.api));
      await context.sync();
      this.remember(sheets.items);
      const present = state.sheets
        .map((marks) => ({ marks, sheet: sheets.items.filter((s) => s.id === marks.sheetId)[0] }))
        .filter((x) => !!x.sheet); // a deleted sheet: nothing left to restore
      const lifted = sheetsToLift(present.map(({ sheet }) => ({ id: sheet.id, name: sheet.name, sheet, protection: protectionOf(sheet, this.api) })));
      queueLift(lifted);
      let restored = 0;
      for (const { sheet, marks } of present) restored += queueClear(sheet, marks);
      queueProtectAgain(lifted);
      try {
        await context.sync();
      } catch (err) {
        await protectAgainAfterFailure(context, lifted);
        if (lifted.length === 0) throw err;
        throw new Error(
          `工作表受密码保护，未能清除标记（${lifted.map((l) => `“${l.name}”`).join('')}）：请先在“审阅”选项卡中撤销工作表保护，再点“清除标记”。（${messageOf(err)}）`,
        );
      }
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
      sheets.load('items/name,items/id,items/visibility');
      const reads: PendingGridRead[] = names.map((n) => queueGridRead(sheets.getItem(n), this.api));
      try {
        await context.sync();
      } catch (err) {
        throw new Error(`读取工作表失败（${names.join('、')}）：${messageOf(err)}`);
      }
      this.remember(sheets.items);
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
      const added: Excel.Worksheet[] = [];
      for (const plan of plans) {
        const name = uniqueSheetName(plan.kind === 'layout' ? plan.name : plan.plan.name, taken);
        taken.push(name);
        names.push(name);
        const sheet = context.workbook.worksheets.add(name);
        added.push(sheet);
        if (plan.kind === 'layout') queueLayout(sheet, plan.layout, this.api);
        else queueSheetPlan(sheet, plan.plan, this.api);
        sheet.load('id');
      }
      if (added.length > 0) added[0].activate();
      await context.sync();
      this.knownSheets = this.knownSheets.concat(added.map((s) => s.id));
      return names;
    });
  }
}
