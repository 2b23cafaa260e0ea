/**
 * readWorkbook: every worksheet becomes a Grid of what the sheet shows — cached formula values
 * (never 0 when none is stored), flattened rich text, error values, Dates, merges — and bad bytes
 * become an XlsxReadError with a specific code, never a crash.
 */
import * as ExcelJS from 'exceljs';
import { readWorkbook, sniffFile, workbookBytes, XlsxReadError } from '../../src/xlsx';

async function bytesOf(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('表三'), wb);
  return workbookBytes(wb);
}

describe('sheet visibility', () => {
  test('hidden and very hidden sheets are flagged `hidden`; visible sheets carry no flag', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('今年').getCell('A1').value = 1;
    wb.addWorksheet('去年', { state: 'hidden' }).getCell('A1').value = 2;
    wb.addWorksheet('草稿', { state: 'veryHidden' }).getCell('A1').value = 3;
    const grids = await readWorkbook(await workbookBytes(wb));
    expect(grids.map((g) => [g.sheet, g.hidden])).toEqual([
      ['今年', undefined],
      ['去年', true],
      ['草稿', true],
    ]);
    expect('hidden' in grids[0]).toBe(false);
  });
});

describe('cell values', () => {
  test('a formula with a cached value reads the value and keeps the formula; without one it is flagged, not 0', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = 3;
      ws.getCell('A2').value = 4;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 7 } as ExcelJS.CellFormulaValue;
      ws.getCell('A4').value = { formula: 'SUM(A1:A2)' } as ExcelJS.CellFormulaValue;
      ws.getCell('A5').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('A6').value = { formula: 'A1&"件"', result: '3件' } as ExcelJS.CellFormulaValue;
      ws.getCell('A7').value = { formula: 'A1-A1', result: 0 } as ExcelJS.CellFormulaValue;
    });
    const [grid] = await readWorkbook(bytes);
    expect(grid.cells[2][0]).toEqual({ value: 7, formula: 'SUM(A1:A2)' });
    expect(grid.cells[3][0]).toEqual({ value: null, formula: 'SUM(A1:A2)', noCachedValue: true });
    expect(grid.cells[4][0]).toEqual({ value: null, formula: 'A1/0', error: '#DIV/0!' });
    expect(grid.cells[5][0]).toEqual({ value: '3件', formula: 'A1&"件"' });
    expect(grid.cells[6][0]).toEqual({ value: 0, formula: 'A1-A1' });
  });

  test('shared formulas keep their translated formula and cached value', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('B1').value = 2;
      ws.getCell('A2').value = 10;
      ws.getCell('B2').value = 20;
      ws.getCell('C1').value = { formula: 'A1+B1', result: 3 } as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 30 } as ExcelJS.CellSharedFormulaValue;
    });
    const [grid] = await readWorkbook(bytes);
    expect(grid.cells[1][2]).toEqual({ value: 30, formula: 'A2+B2' });
  });

  test('rich text and hyperlinks are flattened; errors, dates, booleans kept', async () => {
    const date = new Date(Date.UTC(2025, 0, 20));
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = { richText: [{ text: '（一）', font: { bold: true } }, { text: '予以公开' }] };
      ws.getCell('B1').value = { text: '国务院', hyperlink: 'https://www.gov.cn' };
      ws.getCell('C1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('D1').value = date;
      ws.getCell('E1').value = true;
      ws.getCell('F1').value = '１２３';
    });
    const [grid] = await readWorkbook(bytes);
    expect(grid.cells[0]).toEqual([
      { value: '（一）予以公开' },
      { value: '国务院' },
      { value: null, error: '#REF!' },
      { value: date },
      { value: true },
      { value: '１２３' },
    ]);
  });

  test('merges are 0-based; covered cells are empty; every worksheet becomes a grid, in order', async () => {
    const bytes = await bytesOf((ws, wb) => {
      ws.getCell('B2').value = '申请人情况';
      ws.mergeCells('B2:H2');
      ws.getCell('A4').value = 1;
      wb.addWorksheet('表四').getCell('C3').value = 5;
    });
    const grids = await readWorkbook(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['表三', '表四']);
    expect(grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 7 }]);
    expect(grids[0].cells[1][1]).toEqual({ value: '申请人情况' });
    for (let c = 2; c <= 7; c++) expect(grids[0].cells[1][c] ?? null).toBeNull();
    expect(grids[0].cells[0]).toEqual([]);
    expect(grids[0].cells[3][0]).toEqual({ value: 1 });
    expect(grids[1].cells[2][2]).toEqual({ value: 5 });
    expect(grids[0].marker).toBeUndefined();
  });

  test('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = 'x';
    });
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readWorkbook(copy))[0].cells[0][0]).toEqual({ value: 'x' });
  });
});

describe('unreadable bytes → XlsxReadError', () => {
  async function codeOf(bytes: Uint8Array): Promise<string> {
    try {
      await readWorkbook(bytes);
      return 'read';
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw e;
      return `${e.code}: ${e.message}`;
    }
  }
  const ole = (extra: string): Uint8Array => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < extra.length; i++) bytes[1024 + 2 * i] = extra.charCodeAt(i);
    return bytes;
  };

  test('text, a PDF → not-zip; an empty file is said to be empty (0 bytes), not "not a workbook"', async () => {
    expect(await codeOf(new TextEncoder().encode('规章,1,2,3\n'))).toMatch(/^not-zip: 不是 Excel 工作簿/);
    expect(await codeOf(new Uint8Array(0))).toBe('empty: 文件为空（0 字节），没有任何内容：可能下载或保存未完成。请向报送单位重新索取文件。');
    expect(await codeOf(new TextEncoder().encode('%PDF-1.7'))).toMatch(/^not-zip/);
  });
  test('a truncated workbook → corrupt', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = 1;
    });
    expect(await codeOf(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(/^corrupt: 工作簿已损坏或不完整/);
  });
  test('a zip without worksheets → corrupt', async () => {
    // An empty zip archive: just the end-of-central-directory record.
    const empty = new Uint8Array(22);
    empty.set([0x50, 0x4b, 0x05, 0x06]);
    expect(await codeOf(empty)).toMatch(/^corrupt/);
  });
  test('an OLE file: .xls → legacy-xls; with an EncryptedPackage stream → encrypted', async () => {
    expect(await codeOf(ole('Workbook'))).toMatch(/^legacy-xls: 这是 Excel 97-2003 格式（\.xls）/);
    expect(await codeOf(ole('EncryptedPackage'))).toMatch(/^encrypted: 工作簿设置了打开密码/);
    expect(sniffFile(ole('EncryptedInfo'))).toBe('legacy-xls');
  });
  test('random bytes never crash', async () => {
    let seed = 7;
    for (let n = 0; n < 20; n++) {
      const bytes = new Uint8Array(64 + n * 50);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
      if (n % 2 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      expect(await codeOf(bytes)).toMatch(/^(not-zip|corrupt)/);
    }
  });
});
