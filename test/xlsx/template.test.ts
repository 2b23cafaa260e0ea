/**
 * templateWorkbook → .xlsx bytes → read back: what the file holds is the plan (values, merges,
 * widths, hidden marker column, protection, unlocked inputs, validation, conditional formats, print).
 */
import * as ExcelJS from 'exceljs';
import { format2019, format2021 } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout } from '../../src/layout';
import { readWorkbook, templateWorkbook, workbookBytes } from '../../src/xlsx';

async function reload(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe.each([
  ['2021', format2021],
  ['2019', format2019],
] as const)('template %s', (_id, format) => {
  const options = { unit: '海东市', year: 2019 };
  const layout = buildLayout(format, options);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbookBytes(templateWorkbook(format, options));
  });

  test('read back as a Grid: every text of the plan at its address, merges as planned, marker found', async () => {
    const [grid] = await readWorkbook(bytes);
    expect(grid.sheet).toBe('年报统计表');
    for (const cell of layout.cells) {
      const got = grid.cells[cell.row] && grid.cells[cell.row][cell.col];
      expect([a1(cell.row, cell.col), got ? got.value : null]).toEqual([a1(cell.row, cell.col), cell.value]);
    }
    const key = (m: { top: number; left: number; bottom: number; right: number }): string => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(grid.merges.map(key).sort()).toEqual(layout.merges.map(key).sort());
    expect(grid.marker).toEqual({ product: 'nianbao', format: format.id, templateVersion: 1, unit: '海东市', year: 2019 });
  });

  test('fonts, fills, locks, widths and the hidden marker column', async () => {
    const ws = await reload(bytes);
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true, size: 18 });
    const firstInput = layout.inputs[0];
    const input = ws.getCell(firstInput.row + 1, firstInput.col + 1);
    expect(input.protection).toMatchObject({ locked: false });
    expect(input.font).toMatchObject({ name: '仿宋' });
    expect(input.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } });
    // Locked is the default: ExcelJS writes (and reads back) nothing for a locked cell.
    expect((ws.getCell('A1').protection || {}).locked).not.toBe(false);
    expect(ws.getColumn(1).width).toBe(11.5);
    expect(ws.getColumn(16).hidden).toBe(true);
    expect(ws.getCell('P1').value).toBe(layout.marker.text);
    // Borders cover every cell of a merged header, not only its top-left.
    const note = layout.cells.filter((c) => c.role === 'note')[0];
    expect(ws.getCell(note.merge!.bottom + 1, note.merge!.right + 1).border).toMatchObject({ right: { style: 'thin' }, bottom: { style: 'thin' } });
  });

  test('protected without a password; validation and conditional formats present', async () => {
    const ws = await reload(bytes);
    const model = ws.model as unknown as {
      sheetProtection: Record<string, unknown>;
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      dataValidations: Record<string, { type: string; error: string }>;
    };
    expect(model.sheetProtection.sheet).toBe(true);
    expect(model.sheetProtection.hashValue).toBeUndefined();
    expect(model.conditionalFormattings.length).toBe(layout.conditionalFormats.length);
    const t3Total = layout.inputs.filter((i) => i.key === 't3_applications/r3_7_total:c_total')[0];
    const formulas = model.conditionalFormattings.filter((c) => c.ref === a1(t3Total.row, t3Total.col)).map((c) => c.rules[0].formulae[0]);
    expect(formulas.length).toBe(2);
    const t3Inputs = layout.validations.filter((v) => v.kind === 'count')[0].range;
    const dvRef = `${a1(t3Inputs.top, t3Inputs.left)}:${a1(t3Inputs.bottom, t3Inputs.right)}`;
    expect(model.dataValidations[a1(t3Inputs.top, t3Inputs.left)] || model.dataValidations[dvRef]).toMatchObject({ type: 'whole' });
  });

  test('A4 landscape, fit to one page wide, breaks before 三 and 四, print area', async () => {
    const ws = await reload(bytes);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(String(ws.pageSetup.printArea).replace(/\$/g, '')).toBe(`A1:O${layout.rowHeights.length}`);
    // ExcelJS does not read row breaks back; the written sheet carries them (and soffice.test.ts
    // checks the printed pages).
    const written = templateWorkbook(format, options).worksheets[0] as unknown as { rowBreaks: { id: number }[] };
    expect(written.rowBreaks.map((b) => b.id + 1)).toEqual(layout.print.pageBreaksBefore.map((r) => r + 1));
  });
});
