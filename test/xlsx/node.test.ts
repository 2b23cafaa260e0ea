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

describe('what the user gave is said back clearly, in both languages', () => {
  test('an output that is a folder: is-folder, with or without force; nothing written into it', async () => {
    const folder = path.join(dir, '输出');
    await fs.mkdir(folder);
    for (const force of [false, true]) {
      const error = (await writeWorkbookFile(folder, small('x'), { force }).catch((e: unknown) => e)) as XlsxWriteError;
      expect(error).toBeInstanceOf(XlsxWriteError);
      expect(error.code).toBe('is-folder');
      expect(error.message).toBe(`${folder} 是一个文件夹，不能作为输出文件（即使使用 --force 也不会覆盖）。请给出文件名，例如 ${path.join(folder, '全市汇总.xlsx')}。`);
      expect(error.messageEn).toBe(`${folder} is a folder and cannot be the output file (not even with --force). Give a file name, e.g. ${path.join(folder, '全市汇总.xlsx')}.`);
    }
    expect(await fs.readdir(folder)).toEqual([]);
    expect(await fs.readdir(dir)).toEqual(['输出']);
  });

  test('an output whose name does not end in .xlsx is refused before anything is written', async () => {
    const noExt = path.join(dir, 'noext');
    const noExtError = (await writeWorkbookFile(noExt, small('x')).catch((e: unknown) => e)) as XlsxWriteError;
    expect(noExtError).toMatchObject({
      code: 'bad-extension',
      message: `输出文件名应以 .xlsx 结尾：${noExt}（没有扩展名）。未写入；请改为例如 ${noExt}.xlsx。`,
      messageEn: `The output file name must end in .xlsx: ${noExt} (it has no extension). Nothing written; use e.g. ${noExt}.xlsx.`,
    });
    const xls = path.join(dir, '汇总.xls');
    expect(await writeWorkbookFile(xls, small('x')).catch((e: unknown) => e)).toMatchObject({ code: 'bad-extension', message: expect.stringContaining('（扩展名是 .xls）') });
    expect(await fs.readdir(dir)).toEqual([]);
    // Upper case is an .xlsx too.
    await writeWorkbookFile(path.join(dir, 'OUT.XLSX'), small('x'));
    expect(await fs.readdir(dir)).toEqual(['OUT.XLSX']);
  });

  test('an existing file, a missing folder: English messages beside the Chinese ones', async () => {
    const file = path.join(dir, 'out.xlsx');
    await fs.writeFile(file, 'keep me');
    expect(await writeWorkbookFile(file, small('x')).catch((e: unknown) => e)).toMatchObject({
      messageEn: `The file already exists: ${file}. Nothing written, to avoid overwriting it; use --force to replace it.`,
    });
    const lost = path.join(dir, 'no-such-dir', 'out.xlsx');
    expect(await writeWorkbookFile(lost, small('x')).catch((e: unknown) => e)).toMatchObject({ messageEn: `Cannot write ${lost}: the folder does not exist` });
  });

  test('a 0-byte file is said to be empty, not "not a workbook"', async () => {
    const file = path.join(dir, '市科技局.xlsx');
    await fs.writeFile(file, '');
    await expect(readWorkbookFile(file)).rejects.toMatchObject({
      code: 'empty',
      message: `${file}：文件为空（0 字节），没有任何内容：可能下载或保存未完成。请向报送单位重新索取文件。`,
      messageEn: `${file}: The file is empty (0 bytes): a download or save may not have finished. Ask the sender for the file again.`,
    });
  });

  test('an Office lock file (~$…) is said to be one, not a workbook; a real workbook under such a name is still read', async () => {
    const lock = path.join(dir, '~$市教育局.xlsx');
    // What Excel writes: the length of the user's name, the name, padding.
    await fs.writeFile(lock, Buffer.concat([Buffer.from([8]), Buffer.from('zhangsan'), Buffer.alloc(153)]));
    await expect(readWorkbookFile(lock)).rejects.toMatchObject({
      code: 'lock-file',
      message: `${lock}：这是 Office 的临时锁定文件（以 ~$ 开头，有人在 Excel 或 WPS 中打开工作簿时自动生成，关闭后消失），不是工作簿。请读取工作簿本身（通常是“市教育局.xlsx”）。`,
      messageEn: expect.stringContaining(`${lock}: This is an Office lock file`),
    });
    const named = path.join(dir, '~$真的工作簿.xlsx');
    await writeWorkbookFile(named, small('x'));
    expect((await readWorkbookFile(named))[0].cells[0][0]).toEqual({ value: 'x' });
  });

  test('missing file and folder: English too', async () => {
    const missing = path.join(dir, 'none.xlsx');
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({ messageEn: `${missing}: no such file` });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ messageEn: `${dir}: this is a folder, not a file` });
  });
});
