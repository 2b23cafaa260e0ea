/**
 * Round trip through the whole core: template → figures typed in → saved → read → recognised by
 * labels → validated. Our template must be recognised like any hand-made sheet, its cells located
 * where the plan put them, and the seed's error found at the template's own addresses.
 */
import * as ExcelJS from 'exceljs';
import { format2019, format2021 } from '../../src/formats';
import type { FormatDef } from '../../src/formats';
import { sheetAddress } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { recognizeWorkbook } from '../../src/recognize';
import { validateReport } from '../../src/rules';
import { readWorkbook, templateWorkbook, workbookBytes } from '../../src/xlsx';
import { exampleEntries } from '../fixtures/examples';
import type { ExampleName } from '../fixtures/examples';

async function typedTemplate(format: FormatDef, name: ExampleName): Promise<Uint8Array> {
  const layout = buildLayout(format);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBytes(templateWorkbook(format, { unit: '测试单位', year: 2024 }))) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws.name = '我的年报';
  for (const { ref, value } of exampleEntries(name)) {
    if (value === null) continue;
    const at = locateInLayout(layout, ref);
    ws.getCell(at.row + 1, at.col + 1).value = value;
  }
  return workbookBytes(wb);
}

test('huaian-2024 typed into the 2021 template: recognised at the planned cells, no findings', async () => {
  const grids = await readWorkbook(await typedTemplate(format2021, 'huaian-2024'));
  const { reports, issues } = recognizeWorkbook(grids);
  expect(issues).toEqual([]);
  expect(reports.length).toBe(1);
  expect(reports[0].format).toBe('2021');
  expect(reports[0].tables.map((t) => t.table)).toEqual(format2021.tables.map((t) => t.id));
  const layout = buildLayout(format2021);
  let located = 0;
  for (const table of reports[0].tables) {
    expect([table.table, table.missing]).toEqual([table.table, []]);
    for (const key of Object.keys(table.cells)) {
      const [row, column] = key.split(':');
      const at = locateInLayout(layout, { table: table.table, row, column });
      expect([key, table.cells[key].address]).toEqual([key, sheetAddress('我的年报', at.row, at.col)]);
      located++;
    }
  }
  expect(located).toBe(layout.inputs.length);
  expect(validateReport(reports[0], grids, { lang: 'zh' }).filter((f) => f.severity === 'error')).toEqual([]);
});

test('haidong-2019 typed into the 2019 template: the two broken totals and the 230 → 222 fix, at template addresses', async () => {
  const grids = await readWorkbook(await typedTemplate(format2019, 'haidong-2019'));
  const { reports } = recognizeWorkbook(grids);
  expect(reports.map((r) => r.format)).toEqual(['2019']);
  const errors = validateReport(reports[0], grids, { lang: 'zh' }).filter((f) => f.severity === 'error');
  expect(errors.map((f) => [f.cells[0].address, f.expected, f.found])).toEqual([
    ['我的年报!O32', 222, 230],
    ['我的年报!O51', 243, 235],
  ]);
  expect(errors.map((f) => f.suggestion && [f.suggestion.address, f.suggestion.value])).toEqual([
    ['我的年报!O32', 222],
    ['我的年报!O32', 222],
  ]);
});
