/** Addressing a figure in a plan, for hosts that write or mark one cell. */
import { refKey } from '../formats';
import type { CellRef } from '../formats/types';
import type { SheetLayout } from './types';

/**
 * Where a figure sits in a plan: its top-left cell, 0-based (A1 = row 0, col 0; use `a1` from
 * src/grid for the address). For 表二's wide cells this is the top-left cell of the merged range.
 * @throws Error when the plan has no input cell for `ref` (e.g. t2_art20_9 in a 2021 plan).
 */
export function locateInLayout(layout: SheetLayout, ref: CellRef): { row: number; col: number } {
  const key = refKey(ref);
  const found = layout.inputs.filter((i) => i.key === key)[0];
  if (!found) throw new Error(`${layout.format} 年格式的统计表中没有 ${key}`);
  return { row: found.row, col: found.col };
}
