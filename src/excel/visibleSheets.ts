/// <reference types="office-js" />
/**
 * Reading every visible worksheet of the workbook for validation (a report may lie on 表二 / 表三 /
 * 表四 sheets), with each sheet's protection, in ONE context.sync() whenever the sheets are known.
 *
 * Office.js cannot list the worksheets and read them in the same batch: `worksheets.items` exists only
 * after a sync. So the host remembers the ids of the visible sheets from each of its batches (every one
 * loads the sheet list anyway: nothing extra) and queues, in the one read: the sheet list, the active
 * sheet, and every remembered sheet (by id, stable across renames). The list that comes back says
 * whether anything was missed: a sheet added since (and not active) is read in one more sync, so the
 * result is always the whole workbook; a remembered sheet deleted since fails the batch, which is then
 * read again without the memory.
 */
import type { Grid } from '../grid/types';
import type { ApiSupport } from './apiSupport';
import { protectionLoads, protectionOf, type ProtectionState } from './protection';
import { gridFromRead, queueGridRead, type PendingGridRead } from './readGrid';

/** One visible sheet as read: its proxy (for the write batch), its Grid and its protection. */
export interface VisibleSheet {
  readonly id: string;
  readonly proxy: Excel.Worksheet;
  readonly grid: Grid;
  /** Undefined without ExcelApi 1.2. */
  readonly protection?: ProtectionState;
}

export interface VisibleSheetsRead {
  /** Visible sheets in tab order. */
  readonly sheets: VisibleSheet[];
  readonly activeName: string;
  /** Ids of the visible sheets, to remember for the next read. */
  readonly ids: string[];
  /** context.sync() calls made (1 when every visible sheet was known or active). */
  readonly syncs: number;
}

/** 'items/name,items/id,items/visibility' (+ protection): what every batch loads of the sheet list. */
export function sheetListLoad(api: ApiSupport): string {
  return ['items/name', 'items/id', 'items/visibility'].concat(protectionLoads(api, 'items/')).join(',');
}

/** True for a sheet the user sees (hidden and very hidden sheets are skipped). */
export function isVisible(sheet: Excel.Worksheet): boolean {
  return sheet.visibility === undefined || String(sheet.visibility) === 'Visible';
}

/**
 * Read every visible worksheet (used range, number formats, merges where supported) and its protection.
 * @param known ids of the sheets visible at the host's last batch (may be stale or empty)
 * @throws the Office.js error when the workbook cannot be read at all
 */
export async function readVisibleSheets(context: Excel.RequestContext, api: ApiSupport, known: readonly string[]): Promise<VisibleSheetsRead> {
  let syncs = 0;
  const attempt = async (remembered: readonly string[]) => {
    const list = context.workbook.worksheets;
    list.load(sheetListLoad(api));
    const active = list.getActiveWorksheet();
    const reads = [queueGridRead(active, api)].concat(remembered.map((id) => queueGridRead(list.getItem(id), api)));
    syncs++;
    await context.sync();
    return { list, active, reads };
  };
  let first;
  try {
    first = await attempt(known);
  } catch (err) {
    if (known.length === 0) throw err;
    first = await attempt([]); // a remembered sheet is gone: read again from the list
  }
  const byId: { [id: string]: PendingGridRead } = {};
  for (const r of first.reads) if (!byId[r.sheet.id]) byId[r.sheet.id] = r;
  const visible = first.list.items.filter(isVisible);
  const missed = visible.filter((s) => !byId[s.id]);
  if (missed.length > 0) {
    for (const s of missed) byId[s.id] = queueGridRead(s, api);
    syncs++;
    await context.sync();
  }
  return {
    sheets: visible.map((s) => ({ id: s.id, proxy: s, grid: gridFromRead(byId[s.id]), protection: protectionOf(s, api) })),
    activeName: first.active.name,
    ids: visible.map((s) => s.id),
    syncs,
  };
}
