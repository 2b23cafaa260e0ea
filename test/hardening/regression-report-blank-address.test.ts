/**
 * Regression (found by recognize.property.test.ts): a sheet holding only some labels of 表三 and no
 * figure gave the `report-blank` warning on 表三's 一 / 总计, which that sheet does not have: a finding
 * from a sheet without any address. It now names the first figure the sheet does have.
 */
import type { Grid } from '../../src/grid';
import { validateGrids } from '../../src/workflow/validate';

test('the shrunk counterexample: report-blank names a cell of the sheet', () => {
  const grids: Grid[] = [
    {
      sheet: '表二',
      cells: [[{ value: '一、总体情况' }, { value: '社会公益组织' }], [{ value: '（一）予以公开' }], [{ value: '四、结转下年度继续办理' }]],
      merges: [],
    },
  ];
  const findings = validateGrids(grids, { lang: 'zh' }).reports.flatMap((r) => r.findings);
  expect(findings.map((f) => [f.rule, f.cells.map((c) => [c.address, c.row, c.column])])).toEqual([
    ['report-blank', [['表二!B2', '（一）予以公开', '法人或其他组织 社会公益组织']]],
  ]);
});
