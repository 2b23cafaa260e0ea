/**
 * Round trip as a department would do it: template → numbers typed into the input cells (ExcelJS)
 * → saved → readWorkbook: the Grid holds those numbers at the input cells; the marker survives a
 * sheet rename; a filled template (全市汇总 style) reads back its figures.
 */
import * as ExcelJS from 'exceljs';
import { format2019, format2021, refKey } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { readWorkbook, templateWorkbook, workbookBytes, writeLayout } from '../../src/xlsx';
import { exampleEntries, exampleFigures } from '../fixtures/examples';

describe('template → fill → read', () => {
  test('huaian-2024 typed into a 2021 template reads back cell by cell', async () => {
    const layout = buildLayout(format2021, { unit: '淮安市', year: 2024 });
    const template = await workbookBytes(templateWorkbook(format2021, { unit: '淮安市', year: 2024 }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const entries = exampleEntries('huaian-2024').filter((e) => typeof e.value === 'number');
    for (const { ref, value } of entries) {
      const at = locateInLayout(layout, ref);
      ws.getCell(at.row + 1, at.col + 1).value = value as number;
    }
    const [grid] = await readWorkbook(await workbookBytes(wb));
    for (const { ref, value } of entries) {
      const at = locateInLayout(layout, ref);
      expect([refKey(ref), a1(at.row, at.col), grid.cells[at.row][at.col]]).toEqual([refKey(ref), a1(at.row, at.col), { value }]);
    }
    expect(entries.length).toBe(200);
    expect(grid.marker).toMatchObject({ format: '2021', unit: '淮安市', year: 2024 });
  });

  test('the marker survives renaming the sheet, in a workbook with other sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '本工作簿由各单位填报';
    const ws = wb.addWorksheet('年报统计表');
    writeLayout(ws, buildLayout(format2019, { unit: '海东市', year: 2019 }));
    ws.name = '海东市2019年报';
    const grids = await readWorkbook(await workbookBytes(wb));
    expect(grids.map((g) => g.sheet)).toEqual(['说明', '海东市2019年报']);
    expect(grids[1].marker).toEqual({ product: 'nianbao', format: '2019', templateVersion: 1, unit: '海东市', year: 2019 });
    expect(grids[0].marker).toBeUndefined();
  });

  test('a template written with figures (as consolidation does) reads back those figures', async () => {
    const figures = exampleFigures('haidong-2019');
    const layout = buildLayout(format2019, { figures });
    const [grid] = await readWorkbook(await workbookBytes(templateWorkbook(format2019, { figures })));
    for (const key of Object.keys(figures.cells)) {
      const input = layout.inputs.filter((i) => i.key === key)[0];
      const cell = grid.cells[input.row] && grid.cells[input.row][input.col];
      expect([key, cell ? cell.value : null]).toEqual([key, figures.cells[key].value]);
    }
    // The seed's 采购总金额 "51.57 亿元" arrives converted to 万元.
    const amount = locateInLayout(layout, { table: 't2_art20_9', row: 'r_central_proc', column: 'c_proc_amount' });
    expect(grid.cells[amount.row][amount.col]).toEqual({ value: 515700 });
  });
});
