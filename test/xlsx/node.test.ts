/** Node file helpers: safe writing (temp file + rename, no silent overwrite) and reading with the file named. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { format2021 } from '../../src/formats';
import { templateWorkbook, XlsxReadError, XlsxWriteError } from '../../src/xlsx';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx/node';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nianbao-xlsx-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function small(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = text;
  return wb;
}

describe('writeWorkbookFile', () => {
  test('writes a new file and leaves no temporary file behind', async () => {
    const file = path.join(dir, '模板.xlsx');
    await writeWorkbookFile(file, templateWorkbook(format2021, { unit: '淮安市', year: 2024 }));
    expect(await fs.readdir(dir)).toEqual(['模板.xlsx']);
    const [grid] = await readWorkbookFile(file);
    expect(grid.marker).toMatchObject({ format: '2021', unit: '淮安市' });
  });

  test('refuses to overwrite an existing file without force, and leaves it byte-identical', async () => {
    const file = path.join(dir, 'out.xlsx');
    await fs.writeFile(file, 'keep me');
    const error = await writeWorkbookFile(file, small('new')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxWriteError);
    expect((error as XlsxWriteError).code).toBe('exists');
    expect((error as XlsxWriteError).message).toBe(`文件已存在：${file}。为避免覆盖，未写入；如确需覆盖，请使用 --force。`);
    expect(await fs.readFile(file, 'utf8')).toBe('keep me');
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });

  test('with force, replaces the file', async () => {
    const file = path.join(dir, 'out.xlsx');
    await fs.writeFile(file, 'old');
    await writeWorkbookFile(file, small('new'), { force: true });
    expect((await readWorkbookFile(file))[0].cells[0][0]).toEqual({ value: 'new' });
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });

  test('a missing folder → write-failed naming the file', async () => {
    const file = path.join(dir, 'no-such-dir', 'out.xlsx');
    const error = await writeWorkbookFile(file, small('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxWriteError);
    expect((error as XlsxWriteError).code).toBe('write-failed');
    expect((error as XlsxWriteError).message).toBe(`无法写入 ${file}：目录不存在`);
  });
});

describe('readWorkbookFile', () => {
  test('a missing file or a folder → unreadable, naming it', async () => {
    const missing = path.join(dir, 'none.xlsx');
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({ code: 'unreadable', message: `${missing}：文件不存在` });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ code: 'unreadable', message: `${dir}：这是一个文件夹，不是文件` });
  });
  test('bad content → the XlsxReadError of readWorkbook, with the file named; the file is untouched', async () => {
    const file = path.join(dir, '报表.xlsx');
    await fs.writeFile(file, '<html>not a workbook</html>');
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).code).toBe('not-zip');
    expect((error as XlsxReadError).file).toBe(file);
    expect((error as XlsxReadError).message.indexOf(`${file}：不是 Excel 工作簿`)).toBe(0);
    expect(await fs.readFile(file, 'utf8')).toBe('<html>not a workbook</html>');
  });
});
