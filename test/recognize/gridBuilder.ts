/**
 * A small builder of Grids for recognition tests: put values at A1 addresses or 0-based positions,
 * write rows, merge ranges, attach a template marker.
 */
import { parseA1 } from '../../src/grid/address';
import type { Grid, GridCell, MergeRange, RawValue, TemplateMarker } from '../../src/grid/types';

export type CellInput = RawValue | undefined;

export class SheetBuilder {
  private readonly cells: Array<Array<GridCell | null>> = [];
  private readonly merges: MergeRange[] = [];
  private markerValue?: TemplateMarker;

  constructor(readonly name: string) {}

  /** Value at 0-based (row, col); null/undefined/'' leave the cell empty. */
  put(row: number, col: number, value: CellInput): this {
    while (this.cells.length <= row) this.cells.push([]);
    const r = this.cells[row];
    while (r.length <= col) r.push(null);
    r[col] = value === undefined || value === null || value === '' ? null : { value };
    return this;
  }

  /** Value at an A1 address. */
  at(address: string, value: CellInput): this {
    const p = parseA1(address);
    return this.put(p.row, p.col, value);
  }

  /** Values left to right from 0-based (row, col). */
  row(row: number, col: number, values: readonly CellInput[]): this {
    values.forEach((v, i) => {
      if (v !== undefined && v !== null && v !== '') this.put(row, col + i, v);
    });
    return this;
  }

  /** Rows of values from 0-based (row, col), top to bottom. */
  rows(row: number, col: number, rows: ReadonlyArray<readonly CellInput[]>): this {
    rows.forEach((values, i) => this.row(row + i, col, values));
    return this;
  }

  /** Merge a 0-based inclusive range. */
  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Merge an A1 range such as "A1:C3". */
  mergeA1(range: string): this {
    const [from, to] = range.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    return this.merge(a.row, a.col, b.row, b.col);
  }

  marker(marker: TemplateMarker): this {
    this.markerValue = marker;
    return this;
  }

  /** Next free row (one past the last written). */
  get height(): number {
    return this.cells.length;
  }

  build(): Grid {
    return {
      sheet: this.name,
      cells: this.cells.map((r) => r.slice()),
      merges: this.merges.slice(),
      ...(this.markerValue ? { marker: this.markerValue } : {}),
    };
  }
}

export function sheet(name: string): SheetBuilder {
  return new SheetBuilder(name);
}

/** The value shown at a 0-based position of a grid (undefined when empty). */
export function valueAt(grid: Grid, row: number, col: number): RawValue | undefined {
  const r = grid.cells[row];
  const c = r ? r[col] : undefined;
  return c ? c.value : undefined;
}
