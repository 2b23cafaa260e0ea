/**
 * fast-check generators of the hardening suite: valid reports of either format (leaf figures drawn,
 * totals and carry-over computed so that every identity holds: 一 + 二 = （七）总计 + 四 per column),
 * hostile cell contents, and the report laid out in a sheet — our template (src/layout) or a clerk's
 * hand-made layout (src/examples/handmade) with label noise and junk around it. Labels always come from
 * src/formats; only the noise is added here.
 */
import * as fc from 'fast-check';
import { dataColumns, dataDescendants, dataRows, getFormat, refKey } from '../../src/formats';
import type { CellRef, ColumnDef, FormatDef, FormatId, TableDef, ValueKind } from '../../src/formats';
import { handmadeSheets } from '../../src/examples/handmade';
import type { HandmadeStyle } from '../../src/examples/handmade';
import type { Grid, GridCell, MergeRange, RawValue } from '../../src/grid';
import { buildLayout, readMarker } from '../../src/layout';
import type { CellReading, ReportFigures } from '../../src/rules/types';

/** A generated valid report: its figures (value null = blank) and the format. */
export interface ValidReport {
  readonly format: FormatDef;
  readonly figures: ReportFigures;
}

/** Every figure of a format in official order, with its value kind. */
export function figureCells(format: FormatDef): Array<{ ref: CellRef; kind: ValueKind; table: TableDef; column: ColumnDef }> {
  const out: Array<{ ref: CellRef; kind: ValueKind; table: TableDef; column: ColumnDef }> = [];
  for (const table of format.tables) {
    for (const row of dataRows(table)) {
      for (const column of dataColumns(table)) out.push({ ref: { table: table.id, row: row.code, column: column.code }, kind: column.kind ?? 'count', table, column });
    }
  }
  return out;
}

/** Raw draws for one figure: a magnitude, a sign and whether a zero is left blank. */
interface Draw {
  readonly n: number;
  readonly negative: boolean;
  readonly blankIfZero: boolean;
}

const drawArb: fc.Arbitrary<Draw> = fc.record({
  // Many zeros and small counts, as in real reports, and some large ones.
  n: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat({ max: 30 }), weight: 4 }, { arbitrary: fc.nat({ max: 200000 }), weight: 2 }),
  negative: fc.boolean(),
  blankIfZero: fc.boolean(),
});

/**
 * The figures of `format` from one draw per figure: leaves as drawn (counts ≥ 0, 本年增/减 signed,
 * amounts in 万元 with two decimals), then 一 (the first term of the balance) computed so that
 * 一 + 二 = （七）总计 + 四 with 二 drawn within what is available, then every 总计 row and column as the
 * sum of its parts. Zeros are left blank when drawn so (blank counts as 0, and a blank total whose parts
 * are all zero is fine).
 */
export function validFigures(format: FormatDef, draws: readonly Draw[]): ReportFigures {
  const cells = figureCells(format);
  const values: Record<string, number> = {};
  cells.forEach((c, i) => {
    const d = draws[i];
    values[refKey(c.ref)] = c.kind === 'signedCount' ? (d.negative && d.n > 0 ? -d.n : d.n) : c.kind === 'amount' ? d.n / 100 : d.n;
  });
  for (const table of format.tables) {
    const ref = (row: string, column: string): string => refKey({ table: table.id, row, column });
    const rows = dataRows(table);
    const columns = dataColumns(table);
    const sumRows = (codes: readonly string[], column: string): number => codes.reduce((s, r) => s + values[ref(r, column)], 0);
    for (const column of columns.filter((c) => !c.isTotal)) {
      for (const total of rows.filter((r) => r.isTotal)) {
        values[ref(total.code, column.code)] = sumRows(dataDescendants(table.rows, total.parent, total.code).map((r) => r.code), column.code);
      }
      if (table.balance) {
        let available = sumRows(table.balance.rhs, column.code);
        // 二 and the other left terms but the first: at most what is available; the first takes the rest.
        for (const extra of table.balance.lhs.slice(1)) {
          const v = values[ref(extra, column.code)] % (available + 1);
          values[ref(extra, column.code)] = v;
          available -= v;
        }
        values[ref(table.balance.lhs[0], column.code)] = available;
      }
    }
    for (const total of columns.filter((c) => c.isTotal)) {
      const parts = dataDescendants(table.columns, total.parent, total.code).map((c) => c.code);
      for (const row of rows) values[ref(row.code, total.code)] = parts.reduce((s, c) => s + values[ref(row.code, c)], 0);
    }
  }
  const readings: Record<string, CellReading> = {};
  cells.forEach((c, i) => {
    const key = refKey(c.ref);
    const v = values[key];
    readings[key] = { value: v === 0 && draws[i].blankIfZero ? null : v };
  });
  return { format: format.id, cells: readings };
}

/** A valid report of format `id` (or of either format). */
export function validReportArb(id?: FormatId): fc.Arbitrary<ValidReport> {
  const formats = id ? [getFormat(id)] : [getFormat('2019'), getFormat('2021')];
  return fc.constantFrom(...formats).chain((format) =>
    fc.array(drawArb, { minLength: figureCells(format).length, maxLength: figureCells(format).length }).map((draws) => {
      const figures = validFigures(format, draws);
      // Counterexamples print as the format and the figures that are not blank or 0, not the whole format.
      return {
        format,
        figures,
        [fc.toStringMethod]: () => {
          const shown = Object.keys(figures.cells).filter((k) => figures.cells[k].value);
          return `${format.id} report {${shown.map((k) => `${k}=${figures.cells[k].value}`).join(', ')}}`;
        },
      };
    }),
  );
}

/** Figures with one value replaced (null = blank). */
export function withValue(figures: ReportFigures, key: string, value: number | null): ReportFigures {
  return { ...figures, cells: { ...figures.cells, [key]: { ...figures.cells[key], value } } };
}

/** Full-width digits (０-９) for the ASCII digits of a text. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Spreadsheet error values as Excel and WPS show them. */
export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/** Any raw value a host may hand over, hostile ones included. */
export const rawValueArb: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.fullUnicodeString(),
  fc.integer().map(String),
  fc.integer().map((n) => fullWidthDigits(String(n))),
  fc.constantFrom(...ERROR_VALUES),
  fc.constantFrom('—', '——', '/', '－', '无', '-', ' ', '\u3000', '\n', '1,234', '1，234', '12 件', '51.57 亿元', '3940元', '0.5', '-3', '１２３４', '1e5', '0x10', 'Infinity', 'NaN'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, 1e-7, 0.1 + 0.2),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
);

/** Any grid cell: a value, or a formula with or without a cached value, or an error value. */
export const gridCellArb: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
  { arbitrary: rawValueArb.map((value): GridCell => ({ value })), weight: 6 },
  { arbitrary: fc.tuple(fc.string(), rawValueArb).map(([formula, value]): GridCell => ({ value, formula })), weight: 2 },
  { arbitrary: fc.string().map((formula): GridCell => ({ value: null, formula, noCachedValue: true })), weight: 1 },
  { arbitrary: fc.constantFrom(...ERROR_VALUES).map((error): GridCell => ({ value: null, error })), weight: 1 },
  { arbitrary: fc.tuple(fc.string(), fc.constantFrom(...ERROR_VALUES)).map(([formula, error]): GridCell => ({ value: null, formula, error })), weight: 1 },
);

/** Contents that are not a number in any figure (each must give an error finding, never a silent 0). */
export const notANumberArb: fc.Arbitrary<GridCell> = fc.oneof(
  fc.constantFrom('abc', '十二', '见附件', '1.2.3', '12件x', '=SUM(B2:B5)').map((value): GridCell => ({ value })),
  fc.constantFrom(...ERROR_VALUES).map((error): GridCell => ({ value: null, error })),
  fc.constantFrom(...ERROR_VALUES).map((value): GridCell => ({ value })),
  fc.constant<GridCell>({ value: null, formula: 'SUM(A1:A3)', noCachedValue: true }),
  fc.boolean().map((value): GridCell => ({ value })),
  fc.constant<GridCell>({ value: new Date(Date.UTC(2024, 0, 5)) }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity).map((value): GridCell => ({ value })),
  fc.constant<GridCell>({ value: 2 ** 60 }),
);

/** A grid of plain values, top-left first. */
export function gridOf(sheet: string, rows: ReadonlyArray<ReadonlyArray<RawValue | undefined>>, merges: readonly MergeRange[] = []): Grid {
  const cells = rows.map((r) => r.map((v) => (v === null || v === undefined || v === '' ? null : { value: v })));
  const grid: Grid = { sheet, cells, merges };
  const marker = readMarker(grid);
  return marker ? { ...grid, marker } : grid;
}

/** Where a report's figures were put in a grid: refKey → 0-based position. */
export type Placement = Record<string, { sheet: string; row: number; col: number }>;

/** Our template (src/layout) filled with `figures`, as one grid, and where each figure went. */
export function templateGrid(report: ValidReport, sheet = '年报统计表'): { grids: Grid[]; placement: Placement } {
  const layout = buildLayout(report.format, { unit: '测试单位', year: report.format.id === '2019' ? 2019 : 2024, figures: report.figures });
  const rows: Array<Array<RawValue | undefined>> = [];
  for (const cell of layout.cells) {
    while (rows.length <= cell.row) rows.push([]);
    rows[cell.row][cell.col] = cell.value;
  }
  const placement: Placement = {};
  for (const input of layout.inputs) placement[input.key] = { sheet, row: input.row, col: input.col };
  return { grids: [gridOf(sheet, rows, layout.merges)], placement };
}

/** Noise a clerk's typing adds to labels, and junk around the tables. */
export interface SheetNoise {
  readonly style: HandmadeStyle;
  /** Spaces (ASCII and U+3000) around label texts. */
  readonly spaces: boolean;
  /** Blank rows and columns inserted above and left of everything. */
  readonly shiftRows: number;
  readonly shiftColumns: number;
  /** Junk cells (numbers and short ASCII words) in a block right of the tables, one blank column apart. */
  readonly junk: ReadonlyArray<ReadonlyArray<number | string | null>>;
}

export const sheetNoiseArb: fc.Arbitrary<SheetNoise> = fc.record({
  style: fc.record({
    titleRows: fc.integer({ min: 0, max: 4 }),
    halfWidthBrackets: fc.boolean(),
    wrapLabels: fc.boolean(),
    sheetPerSection: fc.boolean(),
    leftMargin: fc.integer({ min: 0, max: 3 }),
  }),
  spaces: fc.boolean(),
  shiftRows: fc.integer({ min: 0, max: 5 }),
  shiftColumns: fc.integer({ min: 0, max: 3 }),
  junk: fc.array(fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 100000 }), fc.stringMatching(/^[a-z]{1,6}$/)), { maxLength: 6 }), { maxLength: 12 }),
});

/**
 * The report laid out by hand (src/examples/handmade) with `noise`, and where each figure went: figures
 * are found back by their position in the hand-made rows (the handmade writer puts each figure's value
 * in its cell; a unique marker value per figure tells them apart).
 */
export function handmadeGrids(report: ValidReport, noise: SheetNoise): { grids: Grid[]; placement: Placement } {
  // Lay out once with unique probe values to learn where each figure goes, then with the real values.
  const keys = Object.keys(report.figures.cells);
  const probe: Record<string, number> = {};
  keys.forEach((k, i) => (probe[k] = 1000000007 + i));
  const info = { unit: '测试单位', year: report.format.id === '2019' ? 2019 : 2024 };
  const probed = handmadeSheets(report.format, probe, info, noise.style);
  const real: Record<string, number | null> = {};
  for (const k of keys) real[k] = report.figures.cells[k].value;
  const sheets = handmadeSheets(report.format, real, info, noise.style);
  const placement: Placement = {};
  const byProbe: Record<number, string> = {};
  keys.forEach((k) => (byProbe[probe[k]] = k));
  const grids = sheets.map((s, si) => {
    const rows: Array<Array<RawValue | undefined>> = [];
    for (let r = 0; r < noise.shiftRows; r++) rows.push([]);
    let width = 0;
    s.rows.forEach((row, r) => {
      const out: Array<RawValue | undefined> = [];
      for (let c = 0; c < noise.shiftColumns; c++) out.push(null);
      row.forEach((v, c) => {
        const p = probed[si].rows[r][c];
        if (typeof p === 'number' && byProbe[p] !== undefined) placement[byProbe[p]] = { sheet: s.name, row: r + noise.shiftRows, col: c + noise.shiftColumns };
        out.push(typeof v === 'string' && noise.spaces && !/^[\d.-]+$/.test(v) ? ` ${v}\u3000` : v);
      });
      width = Math.max(width, out.length);
      rows.push(out);
    });
    // Junk block right of the widest row, one blank column apart, starting at the first table row.
    noise.junk.forEach((line, i) => {
      const r = noise.shiftRows + i;
      while (rows.length <= r) rows.push([]);
      line.forEach((v, c) => {
        rows[r][width + 1 + c] = v;
      });
    });
    return gridOf(s.name, rows);
  });
  return { grids, placement };
}
