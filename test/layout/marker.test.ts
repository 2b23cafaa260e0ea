/** The hidden template marker: text format, parsing, and finding it in any Grid. */
import { format2019, format2021 } from '../../src/formats';
import type { Grid, GridCell } from '../../src/grid';
import { a1 } from '../../src/grid';
import { buildLayout, markerText, parseMarker, readMarker } from '../../src/layout';

function gridWith(row: number, col: number, value: GridCell['value']): Grid {
  const cells: (GridCell | null)[][] = [];
  for (let r = 0; r <= row; r++) cells.push([]);
  cells[row][col] = { value };
  return { sheet: '任意名称', cells, merges: [] };
}

describe('template marker', () => {
  test('the plan puts it in row 1 of the hidden column right of the tables', () => {
    const layout = buildLayout(format2021, { unit: '淮安市', year: 2024 });
    expect(a1(layout.marker.row, layout.marker.col)).toBe('P1');
    expect(layout.columns[layout.marker.col]).toEqual({ width: 12, hidden: true });
    expect(layout.columns.filter((c) => c.hidden).length).toBe(1);
    expect(layout.marker.text).toBe('nianbao-template;format=2021;v=1;unit=%E6%B7%AE%E5%AE%89%E5%B8%82;year=2024');
    expect(layout.marker.marker).toEqual({ product: 'nianbao', format: '2021', templateVersion: 1, unit: '淮安市', year: 2024 });
  });

  test('a unit with ; and = survives the round trip', () => {
    const marker = { product: 'nianbao' as const, format: '2019' as const, templateVersion: 1, unit: 'A;B=C 局', year: 2020 };
    expect(parseMarker(markerText(marker))).toEqual(marker);
  });

  test('readMarker finds it anywhere in a grid, from any host', () => {
    const text = buildLayout(format2019, { year: 2019 }).marker.text;
    expect(readMarker(gridWith(0, 15, text))).toEqual({ product: 'nianbao', format: '2019', templateVersion: 1, year: 2019 });
    expect(readMarker(gridWith(40, 3, text))).toEqual({ product: 'nianbao', format: '2019', templateVersion: 1, year: 2019 });
  });

  test('other text, unknown formats and damaged markers are not markers', () => {
    expect(readMarker(gridWith(0, 0, '政府信息公开工作年度报告统计表'))).toBeUndefined();
    expect(readMarker(gridWith(0, 0, 42))).toBeUndefined();
    expect(parseMarker('nianbao-template;format=2030;v=1')).toBeUndefined();
    expect(parseMarker('nianbao-template;format=2021;v=x')).toBeUndefined();
    expect(parseMarker('nianbao-template;format=2021;v=2;unit=%E6%B7;future=1')).toEqual({ product: 'nianbao', format: '2021', templateVersion: 2 });
  });
});
