/**
 * Live checks of the template as data: totals derived from the format, conditional-format formulas
 * (evaluated here on the real examples), 勾稽 rules, data validation by value kind.
 */
import { format2019, format2021, getTable, refKey } from '../../src/formats';
import type { FormatDef } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout, deriveBalance, deriveTotals, sumArguments } from '../../src/layout';
import type { SheetLayout } from '../../src/layout';
import { exampleFigures } from '../fixtures/examples';
import { evaluateCheck, rangeA1 } from './layoutQueries';

function figuresAt(layout: SheetLayout): (row: number, col: number) => number | null {
  const values = new Map<string, number | null>();
  for (const c of layout.cells) if (c.role === 'input' || c.role === 'total') values.set(`${c.row},${c.col}`, c.value as number | null);
  return (row, col) => values.get(`${row},${col}`) ?? null;
}

/** The cells a red conditional format would mark, as "ROW/COL" refs. */
function redCells(layout: SheetLayout): string[] {
  const valueAt = figuresAt(layout);
  return layout.conditionalFormats.filter((r) => evaluateCheck(r.formula, valueAt)).map((r) => `${r.purpose} ${rangeA1(r.range)} ${r.refs.map(refKey).join(' ')}`);
}

describe('totals derived from the format', () => {
  test.each([
    [format2021, 25, 21],
    [format2019, 23, 19],
  ] as const)('format %#: one across-total per 表三 row, one down-total per column, three in 表四', (format: FormatDef, rows: number, outcomeRows: number) => {
    const totals = deriveTotals(format);
    const t3 = totals.filter((t) => t.ref.table === 't3_applications');
    expect(t3.filter((t) => t.direction === 'across').length).toBe(rows);
    expect(t3.filter((t) => t.direction === 'down').length).toBe(7);
    expect(t3.filter((t) => t.direction === 'across').every((t) => t.parts.length === 6)).toBe(true);
    expect(t3.filter((t) => t.direction === 'down').every((t) => t.parts.length === outcomeRows)).toBe(true);
    const t4 = totals.filter((t) => t.ref.table === 't4_review_litigation');
    expect(t4.map((t) => [t.ref.column, t.parts.map((p) => p.column)])).toEqual([
      ['c_review_total', ['c_review_upheld', 'c_review_corrected', 'c_review_other', 'c_review_pending']],
      ['c_lit_direct_total', ['c_lit_direct_upheld', 'c_lit_direct_corrected', 'c_lit_direct_other', 'c_lit_direct_pending']],
      ['c_lit_after_total', ['c_lit_after_upheld', 'c_lit_after_corrected', 'c_lit_after_other', 'c_lit_after_pending']],
    ]);
    expect(totals.filter((t) => t.ref.table.indexOf('t2_') === 0)).toEqual([]);
  });
  test('the 勾稽 note gives one balance check per 表三 column: 一+二 = （七）总计+四', () => {
    const checks = deriveBalance(format2021);
    expect(checks.length).toBe(7);
    expect(checks[6].lhs.map((r) => r.row).concat(checks[6].rhs.map((r) => r.row))).toEqual(['r1_new', 'r2_carryin', 'r3_7_total', 'r4_carryout']);
    expect(checks[6].note).toBe(getTable(format2021, 't3_applications').balance!.note);
  });
});

describe('conditional formats', () => {
  const layout = buildLayout(format2021);
  test('formulas are plain SUM with absolute references', () => {
    const byRef = (key: string, purpose: 'total' | 'balance'): string[] =>
      layout.conditionalFormats.filter((r) => r.purpose === purpose && r.refs.map(refKey).indexOf(key) >= 0).map((r) => `${rangeA1(r.range)} ${r.formula}`);
    expect(byRef('t3_applications/r3_7_total:c_total', 'total')).toEqual(['O49 $O$49<>SUM($I$49:$N$49)', 'O49 $O$49<>SUM($O$28:$O$48)']);
    expect(byRef('t3_applications/r1_new:c_natural', 'balance')).toEqual(['I26:I27 SUM($I$26:$I$27)<>SUM($I$49:$I$50)']);
    expect(byRef('t4_review_litigation/r_count:c_lit_after_total', 'total')).toEqual(['O56 $O$56<>SUM($K$56:$N$56)']);
    expect(layout.conditionalFormats.length).toBe(25 + 7 + 3 + 7 * 2);
    for (const r of layout.conditionalFormats) expect(r.formula).toMatch(/^[A-Z$0-9:(),+<>]+$/);
  });
  test('sumArguments joins consecutive cells into ranges', () => {
    expect(sumArguments([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 0, col: 2 }, { row: 4, col: 2 }, { row: 5, col: 2 }, { row: 9, col: 9 }])).toEqual(['$A$1:$C$1', '$C$5:$C$6', '$J$10']);
  });
  test('huaian-2024 (all identities hold): no cell turns red', () => {
    expect(redCells(buildLayout(format2021, { figures: exampleFigures('huaian-2024') }))).toEqual([]);
  });
  test('haidong-2019: exactly the two broken totals turn red, （一）予以公开/总计 and （七）总计/总计', () => {
    expect(redCells(buildLayout(format2019, { figures: exampleFigures('haidong-2019') }))).toEqual([
      'total O32 t3_applications/r3_1_open:c_total',
      'total O51 t3_applications/r3_7_total:c_total',
    ]);
  });
  test('a broken 勾稽 turns the four cells of its column red', () => {
    const figures = exampleFigures('huaian-2024');
    const cells = { ...figures.cells, 't3_applications/r4_carryout:c_research': { value: 5 } };
    // 科研机构 no longer balances; its 总计 row sum (四/总计) breaks as well.
    expect(redCells(buildLayout(format2021, { figures: { format: '2021', cells } }))).toEqual([
      'total O50 t3_applications/r4_carryout:c_total',
      'balance K26:K27 t3_applications/r1_new:c_research t3_applications/r2_carryin:c_research',
      'balance K49:K50 t3_applications/r3_7_total:c_research t3_applications/r4_carryout:c_research',
    ]);
  });
  test('a blank total with non-zero parts turns red (总计未填), an all-blank table does not', () => {
    expect(redCells(buildLayout(format2021))).toEqual([]);
    const cells = { 't4_review_litigation/r_count:c_review_upheld': { value: 3 } };
    expect(redCells(buildLayout(format2021, { figures: { format: '2021', cells } }))).toEqual(['total E56 t4_review_litigation/r_count:c_review_total']);
  });
});

describe('data validation', () => {
  test.each([
    ['2021', buildLayout(format2021)],
    ['2019', buildLayout(format2019)],
  ] as const)('%s: every input cell is covered by exactly one rule of its kind', (_id, layout) => {
    for (const input of layout.inputs) {
      const covering = layout.validations.filter(
        (v) => v.range.top <= input.row && input.row <= v.range.bottom && v.range.left <= input.col && input.col <= v.range.right,
      );
      expect([a1(input.row, input.col), covering.length, covering[0].kind]).toEqual([a1(input.row, input.col), 1, input.kind]);
    }
  });
  test('rules by kind, with Chinese messages naming the unit', () => {
    const layout = buildLayout(format2019);
    const rule = (kind: string) => layout.validations.filter((v) => v.kind === kind)[0];
    expect(rule('count')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true });
    expect(rule('signedCount')).toMatchObject({ type: 'whole', operator: 'between', formulae: [-999999999, 999999999] });
    expect(rule('signedCount').error).toBe('此处应填写整数（单位：项），减少用负数表示（如 -8），不能填写小数或文字。');
    expect(rule('amount')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rule('amount').error).toBe('此处应填写不小于0的数字（单位：万元），可带小数，不要填写单位或文字。');
    expect(rangeA1(layout.validations[0].range)).toBe('I30:O52');
  });
});

describe('print setup', () => {
  test('A4 landscape, one page wide; 三 and 四 each start a page; the area covers the tables', () => {
    const layout = buildLayout(format2021);
    expect(layout.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(layout.print.pageBreaksBefore.map((r) => a1(r, 0))).toEqual(['A22', 'A52']);
    expect(layout.sections.map((s) => a1(s.row, 0))).toEqual(['A6', 'A22', 'A52']);
    expect(rangeA1(layout.print.area)).toBe('A1:O56');
  });
  test('row heights: every row listed; wrapped sub-item labels get taller rows', () => {
    const layout = buildLayout(format2021);
    expect(layout.rowHeights.length).toBe(56);
    const at = (code: string): number => layout.rowHeights[layout.inputs.filter((i) => i.ref.row === code)[0].row];
    expect(at('r3_6_2_nofee')).toBeGreaterThan(at('r3_3_1_secret'));
    expect(Math.min.apply(null, layout.rowHeights.filter((_h, r) => r !== 4 && r !== 20 && r !== 50))).toBeGreaterThanOrEqual(18);
  });
});
