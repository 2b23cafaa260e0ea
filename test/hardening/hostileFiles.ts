/**
 * The hostile and broken files of the hardening suite, built in the test (no binary fixtures): what a
 * consolidating office receives at the deadline (truncated downloads, old .xls, HTML exports, password
 * protection) and what an attacker could craft (zip bombs that lie, ranges ExcelJS would expand for
 * ever, rows beyond the grid). Each comes with the XlsxReadError code and the specific message it must
 * get. Good workbooks to mix in come from the real 淮安 2024 report.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { publishedReportFigures } from '../../src/examples/published';
import { format2021 } from '../../src/formats';
import type { ReportFigures } from '../../src/rules/types';
import { templateWorkbook, workbookBytes } from '../../src/xlsx';
import type { XlsxReadErrorCode } from '../../src/xlsx';
import { exampleJson } from '../fixtures/examples';
import { craftZip, minimalXlsx, sheetXml, workbookXml } from './zipWriter';

/** One hostile file and what reading it must say. */
export interface HostileFile {
  /** File name (the extension a user would see). */
  readonly name: string;
  /** What it is, for test titles. */
  readonly what: string;
  readonly build: () => Promise<Uint8Array> | Uint8Array;
  readonly code: XlsxReadErrorCode;
  /** The specific message (without the file name the node helpers put in front). */
  readonly message: RegExp;
}

/** 淮安 2024 (2021 format, every identity holds) as reported figures. */
export const huaianFigures: ReportFigures = publishedReportFigures(exampleJson('huaian-2024')).figures;

/** Our 2021 template filled with 淮安's figures for `unit`: a valid departmental workbook. */
export async function goodWorkbook(unit = '淮安市测试局'): Promise<Uint8Array> {
  return workbookBytes(templateWorkbook(format2021, { unit, year: 2024, figures: huaianFigures }));
}

/** An OLE compound file (the container of .xls and of password-encrypted Office files) naming `stream`. */
function oleFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) bytes[2048 + 2 * i] = stream.charCodeAt(i);
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** `n` rows of one numbered cell each, as sheet XML rows. */
function numberRows(n: number, columns = 1): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const out: string[] = [];
  for (let r = 1; r <= n; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < columns; c++) row += `<c r="${letters[c]}${r}"><v>${r}</v></c>`;
    out.push(`${row}</row>`);
  }
  return out.join('');
}

const ONE_CELL = sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>');

/** The good workbook with one byte run overwritten in the middle of its largest part's compressed data. */
async function damagedInside(): Promise<Uint8Array> {
  const bytes = (await goodWorkbook()).slice();
  const zip = await JSZip.loadAsync(bytes);
  const sheet = zip.file('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('template has no sheet1');
  // Local header of the sheet part: find its name, then overwrite 64 bytes of its deflate stream.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = Buffer.from(bytes).indexOf(name);
  for (let i = 0; i < 64; i++) bytes[at + name.length + 200 + i] = 0xff;
  return bytes;
}

/** Every hostile file of the suite. */
export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    name: '报表.xlsx',
    what: 'a CSV text saved with an .xlsx name',
    build: () => utf8('规章,1,2,3\n行政规范性文件,4,5,6\n'),
    code: 'not-zip',
    message: /^不是 Excel 工作簿（\.xlsx 文件应为 zip 格式）/,
  },
  { name: '空文件.xlsx', what: 'an empty file', build: () => new Uint8Array(0), code: 'empty', message: /^文件为空（0 字节）/ },
  { name: '扫描件.xlsx', what: 'a PDF renamed', build: () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), code: 'not-zip', message: /^不是 Excel 工作簿/ },
  {
    name: '系统导出.xls',
    what: 'an HTML table exported by an office system as .xls',
    build: () => utf8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>规章</td><td>1</td></tr></table></body></html>'),
    code: 'not-zip',
    message: /^不是 Excel 工作簿，而是网页（HTML）格式的表格.*另存为”Excel 工作簿（\.xlsx）/,
  },
  {
    name: 'XML表格.xls',
    what: 'an XML Spreadsheet 2003 file',
    build: () =>
      utf8(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>',
      ),
    code: 'not-zip',
    message: /^不是 Excel 工作簿，而是“XML 电子表格 2003”格式的文件。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（\.xlsx）后再试。$/,
  },
  {
    name: '旧版.xls',
    what: 'a legacy Excel 97–2003 .xls (OLE compound file)',
    build: () => oleFile('Workbook'),
    code: 'legacy-xls',
    message: /^这是 Excel 97-2003 格式（\.xls）的工作簿，无法直接读取。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（\.xlsx）后再试。$/,
  },
  {
    name: '加密.xlsx',
    what: 'a workbook with a password to open (OLE EncryptedPackage)',
    build: () => oleFile('EncryptedPackage'),
    code: 'encrypted',
    message: /^工作簿设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码后另存为 \.xlsx 再试。$/,
  },
  {
    name: 'zip加密.xlsx',
    what: 'a zip whose parts are encrypted (zip password)',
    build: () => minimalXlsx(ONE_CELL, { sheetPart: { flags: 1 } }),
    code: 'encrypted',
    message: /^压缩包内容已加密（设置了 zip 密码），无法读取。/,
  },
  {
    name: '二进制.xlsb',
    what: 'an Excel binary workbook (.xlsb)',
    build: () =>
      craftZip([
        { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
        { name: 'xl/workbook.bin', data: new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) },
        { name: 'xl/worksheets/sheet1.bin', data: new Uint8Array(64) },
      ]),
    code: 'xlsb',
    message: /^这是 Excel 二进制工作簿（\.xlsb），本工具不读取这种格式.*“另存为”Excel 工作簿（\.xlsx）后再试。$/,
  },
  {
    name: '下载一半.xlsx',
    what: 'a workbook truncated to half (interrupted download)',
    build: async () => {
      const bytes = await goodWorkbook();
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
    code: 'corrupt',
    message: /^工作簿已损坏或不完整：找不到 zip 目录.*被截断/,
  },
  {
    name: '少了结尾.xlsx',
    what: 'a workbook missing its last 10 bytes (end of the zip directory cut)',
    build: async () => {
      const bytes = await goodWorkbook();
      return bytes.slice(0, bytes.length - 10);
    },
    code: 'corrupt',
    message: /^工作簿已损坏或不完整：找不到 zip 目录/,
  },
  {
    name: '数据损坏.xlsx',
    what: 'a workbook whose sheet data is overwritten inside the zip',
    build: damagedInside,
    code: 'corrupt',
    message: /^工作簿已损坏，无法读取压缩包中的 xl\/worksheets\/sheet1\.xml（.+）。请向报送单位重新索取文件。$/,
  },
  {
    name: '无工作表.xlsx',
    what: 'a zip with no worksheet in it',
    build: () => craftZip([{ name: 'readme.txt', data: '年报' }]),
    code: 'corrupt',
    message: /^文件中没有工作表/,
  },
  {
    name: '不是XML.xlsx',
    what: 'a worksheet part that is not XML',
    build: () => minimalXlsx(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x3c, 0x3c, 0x3e])),
    code: 'corrupt',
    message: /^工作簿已损坏或不完整，无法读取（.+）。请向报送单位重新索取文件。$/,
  },
  {
    name: 'bzip2.xlsx',
    what: 'a part compressed with a method Excel never uses (bzip2)',
    build: () => minimalXlsx(ONE_CELL, { sheetPart: { method: 12 } }),
    code: 'corrupt',
    message: /^压缩包中的 xl\/worksheets\/sheet1\.xml 使用了不支持的压缩方式（编号 12）/,
  },
  {
    name: '实体炸弹.xlsx',
    what: 'a "billion laughs" XML entity bomb in the worksheet',
    build: () => {
      let dtd = '<!DOCTYPE worksheet [<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">';
      for (let i = 1; i <= 9; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
      dtd += ']>';
      const sheet = ONE_CELL.replace('<worksheet', `${dtd}<worksheet`).replace('<v>5</v>', '<v>5</v></c><c r="B1" t="inlineStr"><is><t>&a9;</t></is>');
      return minimalXlsx(sheet);
    },
    code: 'corrupt',
    message: /^工作簿已损坏或不完整，无法读取（.*entity.*）/,
  },
  {
    name: '压缩炸弹.xlsx',
    what: 'a zip bomb: a 60 MB worksheet of blanks stored in 60 KB (ratio ~1000:1)',
    build: () => minimalXlsx(ONE_CELL.replace('<sheetData>', `<sheetData>${' '.repeat(60 * 1024 * 1024)}`), { sheetPart: { level: 9 } }),
    code: 'too-large',
    message: /^压缩包中的 xl\/worksheets\/sheet1\.xml 压缩比约 [\d,]+:1（解压后 60\.0 MB），远高于正常 Excel 文件（约 10:1），疑为“压缩炸弹”，未读取。$/,
  },
  {
    name: '谎报大小.xlsx',
    what: 'a lying zip bomb: the directory says 300 bytes, the part inflates to 60 MB',
    build: () => minimalXlsx(ONE_CELL.replace('<sheetData>', `<sheetData>${' '.repeat(60 * 1024 * 1024)}`), { sheetPart: { level: 9, claimedSize: 300 } }),
    code: 'corrupt',
    message: /^压缩包中的 xl\/worksheets\/sheet1\.xml 解压后超过目录记载的大小（300 字节），文件已损坏或被刻意构造（“压缩炸弹”），已停止读取。$/,
  },
  {
    name: '虚报总量.xlsx',
    what: 'parts that claim 3 × 50 MB once inflated (more than the 100 MB limit)',
    build: () =>
      minimalXlsx(ONE_CELL, {
        parts: [1, 2, 3].map((i) => ({ name: `xl/media/image${i}.png`, data: new Uint8Array(1024 * 1024), method: 0, claimedSize: 50 * 1024 * 1024 })),
      }),
    code: 'too-large',
    message: /^工作簿解压后共 150\.0 MB，超过 100\.0 MB 的上限（疑为“压缩炸弹”，或含有大量与年报无关的内容），未读取。$/,
  },
  {
    name: '一百万行.xlsx',
    what: 'a sheet with a million rows',
    build: () => minimalXlsx(sheetXml(numberRows(1000000), { dimension: 'A1:A1000000' }), { sheetName: '台账' }),
    code: 'too-large',
    message: /^工作表“台账”超过 100,000 行的上限（范围 A1:A1000000），未读取。请删除与年报无关的大工作表，或把统计表复制到新工作簿后再试。$/,
  },
  {
    name: '单元格过多.xlsx',
    what: '1.1 million cells on 55,000 rows of 20 columns',
    build: () => minimalXlsx(sheetXml(numberRows(55000, 20), { dimension: 'A1:T55000' }), { sheetName: '明细' }),
    code: 'too-large',
    message: /^工作簿的单元格超过 1,000,000 个的上限（读到工作表“明细”时已有 1,000,001 个，该表范围 A1:T55000），未读取。/,
  },
  {
    name: '整表合并.xlsx',
    what: 'one merged range over the whole sheet (ExcelJS would create 17 billion cells)',
    build: () => minimalXlsx(sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>', { after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' })),
    code: 'too-large',
    message: /^工作表“Sheet1”的合并单元格 A1:XFD1048576 覆盖 17,179,869,184 个单元格，工作簿的单元格将超过 1,000,000 个的上限，未读取。/,
  },
  {
    name: '合并过多.xlsx',
    what: '2,500 merged ranges on one sheet (ExcelJS compares merges pairwise)',
    build: () => {
      let merges = '';
      for (let r = 1; r <= 2500; r++) merges += `<mergeCell ref="A${r}:B${r}"/>`;
      return minimalXlsx(sheetXml(numberRows(10), { after: `<mergeCells count="2500">${merges}</mergeCells>` }));
    },
    code: 'too-large',
    message: /^工作表“Sheet1”的合并单元格超过 2,000 处的上限，未读取。/,
  },
  {
    name: '整表验证.xlsx',
    what: 'a data validation over the whole sheet',
    build: () =>
      minimalXlsx(
        sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>', {
          after: '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        }),
      ),
    code: 'too-large',
    message: /^工作表“Sheet1”的数据验证（下拉列表等）覆盖的单元格过多（工作簿共超过 3,200,000 个的上限/,
  },
  {
    name: '名称炸弹.xlsx',
    what: 'a defined name over the whole sheet',
    build: () => minimalXlsx(ONE_CELL, { workbook: workbookXml('Sheet1', '<definedNames><definedName name="全部">Sheet1!$A$1:$XFD$1048576</definedName></definedNames>') }),
    code: 'too-large',
    message: /^名称“全部”引用的区域过大（共 17,179,869,184 个单元格，超过 3,200,000 个的上限），未读取。/,
  },
  {
    name: '行号越界.xlsx',
    what: 'a row numbered 2,000,000,000 (ExcelJS alone takes 100 s over it)',
    build: () => minimalXlsx(sheetXml('<row r="1"><c r="A1"><v>5</v></c></row><row r="2000000000"><c r="A2000000000"><v>1</v></c></row>')),
    code: 'corrupt',
    message: /^工作表“Sheet1”的行号超出 Excel 的范围（第 2,000,000,000 行，最多 1,048,576 行），文件已损坏或被刻意构造，未读取。$/,
  },
  {
    name: '列定义越界.xlsx',
    what: 'a column definition up to column 1,000,000,000',
    build: () => minimalXlsx(sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>', { cols: '<col min="1" max="1000000000" width="9"/>' })),
    code: 'corrupt',
    message: /^工作表“Sheet1”的列定义超出 Excel 的范围（第 1,000,000,000 列，最多 16,384 列）/,
  },
];

/** The good workbook as an .xlsm: a VBA project part (random bytes) and the macro-enabled content type. */
export async function macroWorkbook(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await goodWorkbook('宏测试局'));
  const types = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  // Not a real VBA project: if anything tried to interpret it, reading would fail.
  const vba = new Uint8Array(4096);
  for (let i = 0; i < vba.length; i++) vba[i] = (i * 131 + 7) & 0xff;
  zip.file('xl/vbaProject.bin', vba);
  const rels = await (zip.file('xl/_rels/workbook.xml.rels') as JSZip.JSZipObject).async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  );
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/**
 * The good workbook with formulas: `cells` maps an A1 address of the template sheet to a formula and
 * its cached result (undefined = no cached value), and, when `externalTarget` is given, an external link
 * part pointing at it (formulas may then refer to [1]…).
 */
export async function workbookWithFormulas(
  cells: Readonly<Record<string, { formula: string; result?: number | { error: string } }>>,
  externalTarget?: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await goodWorkbook('公式测试局')) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  for (const address of Object.keys(cells)) {
    const c = cells[address];
    ws.getCell(address).value = (c.result === undefined ? { formula: c.formula } : { formula: c.formula, result: c.result }) as ExcelJS.CellFormulaValue;
  }
  const bytes = await workbookBytes(wb);
  if (externalTarget === undefined) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    'xl/externalLinks/externalLink1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>999</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
  );
  zip.file(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${externalTarget}" TargetMode="External"/></Relationships>`,
  );
  const rels = await (zip.file('xl/_rels/workbook.xml.rels') as JSZip.JSZipObject).async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
  );
  const book = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
  zip.file('xl/workbook.xml', book.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The good workbook with its sheet protected by a password and the workbook structure locked. */
export async function protectedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await goodWorkbook('保护测试局')) as unknown as ArrayBuffer);
  await wb.worksheets[0].protect('密码123', { selectLockedCells: true, selectUnlockedCells: true });
  const bytes = await workbookBytes(wb);
  const zip = await JSZip.loadAsync(bytes);
  const book = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
  zip.file('xl/workbook.xml', book.replace('<bookViews>', '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><bookViews>'));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
