/// <reference types="office-js" />
/**
 * Where the formats saved before marking live.
 *
 * Decision: in the workbook's settings (Office.context.document.settings, key `nianbao.marks`),
 * not in a hidden sheet. Settings travel with the workbook, are invisible to users and to the
 * recognizer (a hidden sheet would show up in 汇总's sheet list and in 移动或复制), and they are
 * written without a context.sync() — so marking stays inside validation's one write round trip.
 * They are persisted with settings.saveAsync (Common API 1.1, present in Office 2013 and later).
 *
 * Cells are kept per worksheet id (stable across renames). Each marking adds a layer; 清除标记
 * restores layers newest first, so a border shared by two cells marked at different times comes
 * back as it was before the first mark.
 */
import type { SavedFormat } from './cellFormat';

export const MARKS_SETTING = 'nianbao.marks';

/** One marked cell: its A1 address in the sheet, when it was marked, and its format before. */
export interface MarkedCell {
  readonly address: string;
  readonly seq: number;
  readonly saved: SavedFormat;
}

export interface SheetMarks {
  readonly sheetId: string;
  /** Name when marked, for messages. */
  readonly sheetName: string;
  readonly cells: readonly MarkedCell[];
}

export interface MarkState {
  readonly version: 1;
  readonly nextSeq: number;
  readonly sheets: readonly SheetMarks[];
}

export const EMPTY_MARKS: MarkState = { version: 1, nextSeq: 1, sheets: [] };

/** The subset of Office.Settings used here (a fake in tests). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function isMarkState(x: unknown): x is MarkState {
  const s = x as MarkState;
  return !!s && s.version === 1 && Array.isArray(s.sheets) && typeof s.nextSeq === 'number';
}

/** The saved marks; an unreadable or foreign value counts as none (and is replaced on the next write). */
export function readMarks(settings: SettingsLike): MarkState {
  let raw: unknown;
  try {
    raw = settings.get(MARKS_SETTING);
  } catch {
    return EMPTY_MARKS;
  }
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return EMPTY_MARKS;
    }
  }
  return isMarkState(raw) ? raw : EMPTY_MARKS;
}

/**
 * Store the marks and persist them in the document.
 * Resolves when saved; rejects with a Chinese message when Office refuses (the marks then stay in
 * memory for this session and 清除标记 still works until Excel closes).
 */
export function writeMarks(settings: SettingsLike, state: MarkState): Promise<void> {
  settings.set(MARKS_SETTING, state);
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result && String(result.status) === 'failed') reject(new Error(`无法在工作簿中保存标记信息：${result.error ? result.error.message : ''}`));
      else resolve();
    });
  });
}

/** The marks of one sheet (none when it was never marked). */
export function marksOf(state: MarkState, sheetId: string): SheetMarks | undefined {
  return state.sheets.filter((s) => s.sheetId === sheetId)[0];
}

/** `state` with the marks of `sheetId` replaced (removed when `cells` is empty). */
export function withSheetMarks(state: MarkState, sheetId: string, sheetName: string, cells: readonly MarkedCell[], nextSeq: number): MarkState {
  const others = state.sheets.filter((s) => s.sheetId !== sheetId);
  return { version: 1, nextSeq, sheets: cells.length > 0 ? others.concat([{ sheetId, sheetName, cells }]) : others };
}
