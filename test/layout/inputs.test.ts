/** Input cells: one per official figure, unlocked and filled; everything else locked; figures fill in. */
import { allCells, FORMATS, format2019, format2021, getTable, refKey } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { exampleFigures } from '../fixtures/examples';

describe.each(FORMATS.map((f) => [f.id, f] as const))('format %s', (_id, format) => {
  const layout = buildLayout(format);

  test('every figure of the format has exactly one input cell, and there are no others', () => {
    const keys = layout.inputs.map((i) => i.key);
    expect(keys.slice().sort()).toEqual(allCells(format).map(refKey).sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(layout.inputs.length).toBe(format.id === '2021' ? 2 * 3 + 1 + 2 + 1 + 25 * 7 + 15 : 2 * 3 + 2 * 3 + 2 * 3 + 2 + 2 + 23 * 7 + 15);
  });

  test('input cells carry the column kind and unit; totals are the 总计 cells', () => {
    for (const input of layout.inputs) {
      const column = getTable(format, input.ref.table).columns.filter((c) => c.code === input.ref.column)[0];
      const row = getTable(format, input.ref.table).rows.filter((r) => r.code === input.ref.row)[0];
      expect([input.key, input.kind, input.unit, input.isTotal]).toEqual([input.key, column.kind, column.unit, Boolean(column.isTotal || row.isTotal)]);
    }
    expect(layout.inputs.filter((i) => i.isTotal).length).toBe((format.id === '2021' ? 25 : 23) + 6 + 3);
  });

  test('inputs are unlocked and filled; every other cell is locked; the sheet is protected without password', () => {
    const inputAt = new Set(layout.inputs.map((i) => `${i.row},${i.col}`));
    for (const cell of layout.cells) {
      const style = layout.styles[cell.role];
      const userFills = inputAt.has(`${cell.row},${cell.col}`) || cell.role === 'fieldInput';
      expect([a1(cell.row, cell.col), style.locked]).toEqual([a1(cell.row, cell.col), !userFills]);
      if (userFills) expect(style.fill).toBeDefined();
    }
    expect(layout.protection.password).toBeNull();
  });

  test('locateInLayout gives the input cell of a figure and refuses a figure the format lacks', () => {
    const ref = { table: 't3_applications' as const, row: 'r3_7_total', column: 'c_total' };
    expect(a1(locateInLayout(layout, ref).row, locateInLayout(layout, ref).col)).toBe(format.id === '2021' ? 'O49' : 'O51');
    expect(() => locateInLayout(layout, { table: 't3_applications', row: 'r9_none', column: 'c_total' })).toThrow('t3_applications/r9_none:c_total');
  });
});

describe('figures', () => {
  test('huaian-2024 figures land in their cells (2021)', () => {
    const layout = buildLayout(format2021, { unit: '淮安市', year: 2024, figures: exampleFigures('huaian-2024') });
    const valueAt = (table: 't2_art20_8' | 't3_applications' | 't4_review_litigation', row: string, column: string): unknown => {
      const at = locateInLayout(layout, { table, row, column });
      return layout.cells.filter((c) => c.row === at.row && c.col === at.col)[0].value;
    };
    expect(valueAt('t3_applications', 'r1_new', 'c_total')).toBe(3119);
    expect(valueAt('t3_applications', 'r3_7_total', 'c_total')).toBe(3050);
    expect(valueAt('t2_art20_8', 'r_fees', 'c_fee_amount')).toBe(96171.6);
    expect(valueAt('t4_review_litigation', 'r_count', 'c_review_total')).toBe(351);
  });
  test('figures of the other format, or of an unknown cell, are refused', () => {
    expect(() => buildLayout(format2021, { figures: exampleFigures('haidong-2019') })).toThrow('数据属于 2019 年格式，不能写入 2021 年格式的统计表');
    expect(() => buildLayout(format2019, { figures: { format: '2019', cells: { 't2_art20_1/r_rules:c_issued': { value: 1 } } } })).toThrow(
      '数据 t2_art20_1/r_rules:c_issued 不属于 2019 年格式的统计表',
    );
  });
});
