/// <reference types="office-js" />
/**
 * Which cells a validation marks, and the write batch that marks them, un-marks cells whose findings
 * are gone, and captures the formats it covers — all queued for ONE context.sync().
 */
import { parseA1, a1 } from '../grid/address';
import type { Finding } from '../rules/types';
import type { ApiSupport } from './apiSupport';
import { capturedFormat, queueCapture, queueMark, queueRestore, type PendingCapture } from './cellFormat';
import type { MarkedCell, SheetMarks } from './markStore';

/**
 * A1 address (no sheet) → the severest finding pointing at it, for the cells of `sheet`.
 * A finding points at its first cell (the total, or the value it is about) and at the cell its
 * suggestion would change; the parts of a sum are not marked — they are not known to be wrong, and
 * twenty red cells for one typing error would hide it.
 */
export function cellsToMark(findings: readonly Finding[], sheet: string): Map<string, 'error' | 'warning'> {
  const out = new Map<string, 'error' | 'warning'>();
  const add = (address: string | undefined, severity: 'error' | 'warning'): void => {
    if (!address) return;
    let p: { sheet?: string; row: number; col: number };
    try {
      p = parseA1(address);
    } catch {
      return; // not a cell address (cannot happen for figures read from a sheet)
    }
    if (p.sheet !== undefined && p.sheet !== sheet) return;
    const key = a1(p.row, p.col);
    if (out.get(key) !== 'error') out.set(key, severity);
  };
  for (const f of findings) {
    if (f.cells.length > 0) add(f.cells[0].address, f.severity);
    if (f.suggestion) add(f.suggestion.address, f.severity);
  }
  return out;
}

/** What `queueMarking` queued; `finish` turns it into the sheet's new marks after the sync. */
export interface PendingMarking {
  /** Cells marked by this batch (new) plus cells kept marked from before. */
  readonly markedCount: number;
  readonly restoredCount: number;
  /** Cells marked for the first time: they take the sequence numbers nextSeq … nextSeq + freshCount − 1. */
  readonly freshCount: number;
  finish(): MarkedCell[];
}

/**
 * Queue, on `sheet`: restore cells marked before whose findings are gone (newest first), capture
 * then mark the newly flagged cells, and re-mark cells still flagged (their severity may have changed).
 * Loads are queued before any write, so captures see the cells as the user left them.
 */
export function queueMarking(
  sheet: Excel.Worksheet,
  wanted: Map<string, 'error' | 'warning'>,
  previous: SheetMarks | undefined,
  nextSeq: number,
  api: ApiSupport,
): PendingMarking {
  const before = previous ? previous.cells : [];
  const kept = before.filter((c) => wanted.has(c.address));
  const gone = before.filter((c) => !wanted.has(c.address)).sort((x, y) => y.seq - x.seq);
  const already = new Set(kept.map((c) => c.address));
  const fresh: string[] = [];
  wanted.forEach((_sev, address) => {
    if (!already.has(address)) fresh.push(address);
  });

  // 1. loads first: the formats of the cells about to be marked, as the user left them.
  const captures: Array<{ address: string; pending: PendingCapture }> = fresh.map((address) => ({
    address,
    pending: queueCapture(sheet.getRange(address), api),
  }));
  // 2. un-mark cells whose findings are gone, newest mark first.
  for (const c of gone) queueRestore(sheet.getRange(c.address), c.saved);
  // 3. mark.
  wanted.forEach((severity, address) => queueMark(sheet.getRange(address), severity));

  return {
    markedCount: wanted.size,
    restoredCount: gone.length,
    freshCount: fresh.length,
    finish(): MarkedCell[] {
      const added = captures.map((c, i) => ({ address: c.address, seq: nextSeq + i, saved: capturedFormat(c.pending, api) }));
      return kept.concat(added);
    },
  };
}

/** Queue restoring every marked cell of a sheet, newest mark first. */
export function queueClear(sheet: Excel.Worksheet, marks: SheetMarks): number {
  const cells = marks.cells.slice().sort((x, y) => y.seq - x.seq);
  for (const c of cells) queueRestore(sheet.getRange(c.address), c.saved);
  return cells.length;
}
