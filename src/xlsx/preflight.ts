/**
 * The preflight of an .xlsx before ExcelJS sees it: from the zip directory, then from a streaming pass
 * over every part, it decides whether the file can be read within the limits of ./limits.ts, refuses it
 * with a specific message if not, and lists what the user should know (macros not run, external links
 * not followed). Browser-safe (pako, the inflate library under JSZip and ExcelJS; no Node APIs).
 *
 * Order of the checks, cheapest first:
 * 1. file size; the zip directory (a truncated file has none); zip encryption; .xlsb; compression methods;
 *    number of parts; the inflated total and each large part's compression ratio as the directory states them;
 * 2. every part inflated chunk by chunk, never beyond what the directory states (a part that inflates to
 *    more is a crafted zip bomb: reading stops there), so the total actually inflated stays within the limit;
 * 3. while inflating: worksheets priced by their cells, rows, merged ranges, validations and column
 *    definitions; comments and table columns counted as cells; defined names priced from the workbook part.
 * Each count stops the pass as soon as it passes its limit, so a million-row sheet is refused after a
 * tenth of it is inflated.
 */
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, referenceCells, referenceListCells } from './a1Range';
import { XlsxReadError } from './errors';
import type { XlsxNotice } from './errors';
import {
  MAX_CELLS,
  MAX_COMPRESSION_RATIO,
  MAX_FILE_BYTES,
  MAX_MERGES_PER_SHEET,
  MAX_RANGE_CELLS,
  MAX_ROWS_PER_SHEET,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECKED_FROM_BYTES,
} from './limits';
import { attributeValue, TagScanner } from './tagScanner';
import { definedNameCosts, sheetNamesByPart, WORKBOOK_PART, WORKBOOK_RELS_PART } from './workbookParts';
import { readZipDirectory } from './zipDirectory';
import type { ZipEntry } from './zipDirectory';
import { inflateEntry } from './zipParts';

const DEFLATE = 8;
const STORED = 0;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const COMMENTS = /^xl\/comments[^/]*\.xml$/i;
const TABLE = /^xl\/tables\/[^/]+\.xml$/i;
const MACROS = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;
const EXTERNAL_LINKS = /^xl\/externalLinks\//i;
const XLSB_WORKBOOK = /^xl\/workbook\.bin$/i;

const ADVICE_BIG_SHEET = '请删除与年报无关的大工作表，或把统计表复制到新工作簿后再试。';
const ADVICE_BIG_SHEET_EN = 'Delete large sheets unrelated to the report, or copy the tables into a new workbook, and try again.';
const NOT_READ = '未读取。';
const NOT_READ_EN = 'not read.';

/** 1234567 → "1,234,567". */
function grouped(n: number): string {
  const s = String(Math.round(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s.charAt(i);
  }
  return out;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(message: string, messageEn: string): XlsxReadError {
  return new XlsxReadError('too-large', message, messageEn);
}

function corrupt(message: string, messageEn: string): XlsxReadError {
  return new XlsxReadError('corrupt', message, messageEn);
}

const RESEND = '请向报送单位重新索取文件。';
const RESEND_EN = 'Ask the sender for the file again.';

/** Checks of step 1: everything the directory alone tells. */
function checkDirectory(bytes: Uint8Array): readonly ZipEntry[] {
  if (bytes.length > MAX_FILE_BYTES) {
    throw tooLarge(
      `文件过大（${megabytes(bytes.length)}），超过 ${megabytes(MAX_FILE_BYTES)} 的上限；年报统计表文件通常不足 1 MB。请删除与年报无关的工作表和图片后另存再试。`,
      `The file is too large (${megabytes(bytes.length)}), over the limit of ${megabytes(MAX_FILE_BYTES)}; report workbooks are usually under 1 MB. Delete sheets and pictures unrelated to the report, save and try again.`,
    );
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    throw corrupt(
      `工作簿已损坏或不完整：找不到 zip 目录（文件的结尾部分缺失），可能在下载、复制或保存邮件附件时被截断。${RESEND}`,
      `The workbook is damaged or incomplete: its zip directory is missing (the end of the file is lost), probably cut off while downloading, copying or saving a mail attachment. ${RESEND_EN}`,
    );
  }
  const entries = directory.entries;
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw tooLarge(
      `压缩包中有 ${grouped(entries.length)} 个部件，超过 ${grouped(MAX_ZIP_ENTRIES)} 个的上限，不是正常的 Excel 工作簿，${NOT_READ}`,
      `The zip holds ${grouped(entries.length)} parts, over the limit of ${grouped(MAX_ZIP_ENTRIES)}: not an ordinary Excel workbook; ${NOT_READ_EN}`,
    );
  }
  if (entries.some((e) => e.encrypted)) {
    throw new XlsxReadError(
      'encrypted',
      '压缩包内容已加密（设置了 zip 密码），无法读取。请解除加密后另存为 .xlsx 再试。',
      'The zip content is encrypted (a zip password is set) and cannot be read. Remove the encryption, save as .xlsx and try again.',
    );
  }
  if (entries.some((e) => XLSB_WORKBOOK.test(e.name))) {
    throw new XlsxReadError(
      'xlsb',
      '这是 Excel 二进制工作簿（.xlsb），本工具不读取这种格式（没有可靠的解析器，且其中可能含有宏）。请在 Excel 中打开，“另存为”Excel 工作簿（.xlsx）后再试。',
      'An Excel binary workbook (.xlsb), a format this tool does not read (there is no reliable parser, and it may hold macros). Open it in Excel, "Save As" an Excel workbook (.xlsx) and try again.',
    );
  }
  let total = 0;
  for (const e of entries) {
    if (e.method !== DEFLATE && e.method !== STORED) {
      throw corrupt(
        `压缩包中的 ${e.name} 使用了不支持的压缩方式（编号 ${e.method}），不是 Excel 或 WPS 保存的 .xlsx。请在 Excel/WPS 中打开后另存为 .xlsx 再试。`,
        `The part ${e.name} of the zip uses an unsupported compression method (number ${e.method}): not an .xlsx saved by Excel or WPS. Open it in Excel/WPS, save as .xlsx and try again.`,
      );
    }
    total += e.uncompressedSize;
    if (e.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && e.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw tooLarge(
        `压缩包中的 ${e.name} 压缩比约 ${grouped(ratio)}:1（解压后 ${megabytes(e.uncompressedSize)}），远高于正常 Excel 文件（约 10:1），疑为“压缩炸弹”，${NOT_READ}`,
        `The part ${e.name} of the zip is compressed about ${grouped(ratio)}:1 (${megabytes(e.uncompressedSize)} inflated), far above an ordinary Excel file (about 10:1): probably a "zip bomb"; ${NOT_READ_EN}`,
      );
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw tooLarge(
      `工作簿解压后共 ${megabytes(total)}，超过 ${megabytes(MAX_UNCOMPRESSED_BYTES)} 的上限（疑为“压缩炸弹”，或含有大量与年报无关的内容），${NOT_READ}`,
      `The workbook inflates to ${megabytes(total)}, over the limit of ${megabytes(MAX_UNCOMPRESSED_BYTES)} (probably a "zip bomb", or much content unrelated to the report); ${NOT_READ_EN}`,
    );
  }
  return entries;
}

/** What one worksheet costs, counted while it is inflated. */
class SheetCost {
  rows = 0;
  cells = 0;
  merges = 0;
  rangeCells = 0;
  dimension = '';

  constructor(readonly sheet: string) {}

  /** "（范围 A1:C1000000）" when the sheet states its dimension. */
  range(): string {
    return this.dimension ? `（范围 ${this.dimension}）` : '';
  }

  /** " (range A1:C1000000)" when the sheet states its dimension. */
  rangeEn(): string {
    return this.dimension ? ` (range ${this.dimension})` : '';
  }
}

/** Running totals over the workbook, checked after every counted tag. */
class WorkbookCost {
  cells = 0;
  rangeCells = 0;

  /** Count one tag of a worksheet part. @throws XlsxReadError when a limit is passed. */
  worksheetTag(sheet: SheetCost, name: string, attributes: string): void {
    switch (name) {
      case 'c':
        sheet.cells++;
        this.addCells(1, sheet);
        return;
      case 'row': {
        if (++sheet.rows > MAX_ROWS_PER_SHEET) {
          throw tooLarge(
            `工作表“${sheet.sheet}”超过 ${grouped(MAX_ROWS_PER_SHEET)} 行的上限${sheet.range()}，${NOT_READ}${ADVICE_BIG_SHEET}`,
            `Sheet "${sheet.sheet}" has more than ${grouped(MAX_ROWS_PER_SHEET)} rows${sheet.rangeEn()}; ${NOT_READ_EN} ${ADVICE_BIG_SHEET_EN}`,
          );
        }
        // ExcelJS takes minutes over a row number far beyond the grid (measured: 100 s for row 2,000,000,000).
        const number = parseInt(attributeValue(attributes, 'r') || '0', 10);
        if (number > EXCEL_MAX_ROWS) {
          throw corrupt(
            `工作表“${sheet.sheet}”的行号超出 Excel 的范围（第 ${grouped(number)} 行，最多 ${grouped(EXCEL_MAX_ROWS)} 行），文件已损坏或被刻意构造，${NOT_READ}`,
            `Sheet "${sheet.sheet}" has a row number beyond Excel's grid (row ${grouped(number)}, at most ${grouped(EXCEL_MAX_ROWS)}): the file is damaged or crafted; ${NOT_READ_EN}`,
          );
        }
        return;
      }
      case 'mergeCell': {
        if (++sheet.merges > MAX_MERGES_PER_SHEET) {
          throw tooLarge(
            `工作表“${sheet.sheet}”的合并单元格超过 ${grouped(MAX_MERGES_PER_SHEET)} 处的上限，${NOT_READ}请取消不必要的合并，或把统计表复制到新工作簿后再试。`,
            `Sheet "${sheet.sheet}" has more than ${grouped(MAX_MERGES_PER_SHEET)} merged ranges; ${NOT_READ_EN} Unmerge what is not needed, or copy the tables into a new workbook, and try again.`,
          );
        }
        const ref = attributeValue(attributes, 'ref') || '';
        const covered = referenceCells(ref);
        if (this.cells + covered > MAX_CELLS) {
          throw tooLarge(
            `工作表“${sheet.sheet}”的合并单元格 ${ref.slice(0, 40)} 覆盖 ${grouped(covered)} 个单元格，工作簿的单元格将超过 ${grouped(MAX_CELLS)} 个的上限，${NOT_READ}请取消这一合并，或把统计表复制到新工作簿后再试。`,
            `The merged range ${ref.slice(0, 40)} of sheet "${sheet.sheet}" covers ${grouped(covered)} cells, taking the workbook over the limit of ${grouped(MAX_CELLS)} cells; ${NOT_READ_EN} Unmerge it, or copy the tables into a new workbook, and try again.`,
          );
        }
        this.addCells(covered, sheet);
        return;
      }
      case 'dataValidation': {
        const cells = referenceListCells(attributeValue(attributes, 'sqref') || '');
        sheet.rangeCells += cells;
        this.rangeCells += cells;
        if (this.rangeCells > MAX_RANGE_CELLS) {
          throw tooLarge(
            `工作表“${sheet.sheet}”的数据验证（下拉列表等）覆盖的单元格过多（工作簿共超过 ${grouped(MAX_RANGE_CELLS)} 个的上限，常见于整张表或多个整列设置了数据验证），${NOT_READ}请把数据验证限制在需要的区域后再试。`,
            `The data validations (drop-down lists etc.) of sheet "${sheet.sheet}" cover too many cells (over the workbook's limit of ${grouped(MAX_RANGE_CELLS)}, usually validation set on a whole sheet or several whole columns); ${NOT_READ_EN} Limit the validation to the cells that need it and try again.`,
          );
        }
        return;
      }
      case 'dimension':
        sheet.dimension = (attributeValue(attributes, 'ref') || '').slice(0, 40);
        return;
      case 'col': {
        const max = parseInt(attributeValue(attributes, 'max') || '0', 10);
        if (max > EXCEL_MAX_COLUMNS) {
          throw corrupt(
            `工作表“${sheet.sheet}”的列定义超出 Excel 的范围（第 ${grouped(max)} 列，最多 ${grouped(EXCEL_MAX_COLUMNS)} 列），文件已损坏或被刻意构造，${NOT_READ}`,
            `Sheet "${sheet.sheet}" defines a column beyond Excel's grid (column ${grouped(max)}, at most ${grouped(EXCEL_MAX_COLUMNS)}): the file is damaged or crafted; ${NOT_READ_EN}`,
          );
        }
        return;
      }
      default:
        return;
    }
  }

  addCells(n: number, sheet: SheetCost | undefined, where?: string): void {
    this.cells += n;
    if (this.cells <= MAX_CELLS) return;
    const at = sheet ? `读到工作表“${sheet.sheet}”时已有 ${grouped(this.cells)} 个${sheet.range() ? `，该表${sheet.range().slice(1, -1)}` : ''}` : `读到 ${where} 时已有 ${grouped(this.cells)} 个`;
    const atEn = sheet ? `${grouped(this.cells)} by sheet "${sheet.sheet}"${sheet.rangeEn() ? `,${sheet.rangeEn().slice(1, -1)}` : ''}` : `${grouped(this.cells)} by ${where}`;
    throw tooLarge(
      `工作簿的单元格超过 ${grouped(MAX_CELLS)} 个的上限（${at}），${NOT_READ}${ADVICE_BIG_SHEET}`,
      `The workbook has more than ${grouped(MAX_CELLS)} cells (${atEn}); ${NOT_READ_EN} ${ADVICE_BIG_SHEET_EN}`,
    );
  }
}

/** Tags a worksheet scan counts, and those whose attributes it reads. */
const WORKSHEET_TAGS = ['c', 'row', 'mergeCell', 'dataValidation', 'dimension', 'col'];
const WORKSHEET_CAPTURE = ['row', 'mergeCell', 'dataValidation', 'dimension', 'col'];


/**
 * Decide whether `bytes` (an .xlsx: the caller has checked the zip signature) can be handed to ExcelJS.
 * @returns notices for the user (macros present and not run, external links present and not followed)
 * @throws XlsxReadError 'corrupt' (truncated, damaged, sizes that lie, unsupported compression, a column
 *   beyond Excel's grid), 'encrypted' (zip password), 'xlsb', 'too-large' (any limit of ./limits.ts);
 *   every message names the part or sheet and says what to do.
 */
export async function preflightWorkbook(bytes: Uint8Array): Promise<XlsxNotice[]> {
  const entries = checkDirectory(bytes);
  let inflated = 0;
  const cost = new WorkbookCost();
  /** Inflate one part within what the directory states, feeding `onChunk`; its inflated size. */
  const inflate = (entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): number => {
    const result = inflateEntry(bytes, entry, entry.uncompressedSize, onChunk);
    if (typeof result !== 'number') {
      if (result.kind === 'over-limit') {
        throw corrupt(
          `压缩包中的 ${entry.name} 解压后超过目录记载的大小（${grouped(entry.uncompressedSize)} 字节），文件已损坏或被刻意构造（“压缩炸弹”），已停止读取。`,
          `The part ${entry.name} of the zip inflates to more than its stated size (${grouped(entry.uncompressedSize)} bytes): the file is damaged or crafted (a "zip bomb"); reading stopped.`,
        );
      }
      const why = result.kind === 'missing' ? '数据缺失，文件可能被截断' : result.detail;
      const whyEn = result.kind === 'missing' ? 'data missing, the file may be cut off' : result.detail;
      throw corrupt(`工作簿已损坏，无法读取压缩包中的 ${entry.name}（${why}）。${RESEND}`, `The workbook is damaged: the part ${entry.name} of the zip cannot be read (${whyEn}). ${RESEND_EN}`);
    }
    if (result !== entry.uncompressedSize) {
      throw corrupt(
        `工作簿已损坏，压缩包中的 ${entry.name} 解压后的大小（${grouped(result)} 字节）与目录记载（${grouped(entry.uncompressedSize)} 字节）不符。${RESEND}`,
        `The workbook is damaged: the part ${entry.name} of the zip inflates to ${grouped(result)} bytes, not the ${grouped(entry.uncompressedSize)} bytes its directory states. ${RESEND_EN}`,
      );
    }
    inflated += result;
    return result;
  };
  /** A part's text (UTF-8). */
  const text = (entry: ZipEntry): string => {
    const chunks: Uint8Array[] = [];
    const size = inflate(entry, (c) => chunks.push(c.slice()));
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return new TextDecoder('utf-8').decode(all);
  };
  // The reader keeps the last of entries with the same name; so does this lookup.
  const named = (name: string): ZipEntry | undefined => entries.filter((e) => e.name === name).pop();

  const workbookEntry = named(WORKBOOK_PART);
  const relsEntry = named(WORKBOOK_RELS_PART);
  const workbookXml = workbookEntry ? text(workbookEntry) : '';
  const relsXml = relsEntry ? text(relsEntry) : '';
  const sheetNames = sheetNamesByPart(workbookXml, relsXml);
  for (const name of definedNameCosts(workbookXml)) {
    cost.rangeCells += name.cells;
    if (cost.rangeCells > MAX_RANGE_CELLS) {
      throw tooLarge(
        `名称“${name.name}”引用的区域过大（共 ${grouped(name.cells)} 个单元格，超过 ${grouped(MAX_RANGE_CELLS)} 个的上限），${NOT_READ}请在“公式 → 名称管理器”中删除或缩小该名称后再试。`,
        `The defined name "${name.name}" refers to too large a range (${grouped(name.cells)} cells, over the limit of ${grouped(MAX_RANGE_CELLS)}); ${NOT_READ_EN} Delete or shrink the name in Formulas → Name Manager and try again.`,
      );
    }
  }

  const notices: XlsxNotice[] = [];
  let macros = false;
  let links = false;
  for (const entry of entries) {
    const path = entry.name;
    if (entry === workbookEntry || entry === relsEntry || path.charAt(path.length - 1) === '/') continue;
    if (MACROS.test(path)) macros = true;
    if (EXTERNAL_LINKS.test(path)) links = true;
    if (WORKSHEET.test(path)) {
      const sheet = new SheetCost(sheetNames[path] || path);
      const scanner = new TagScanner(WORKSHEET_TAGS, WORKSHEET_CAPTURE, (tag, attributes) => cost.worksheetTag(sheet, tag, attributes));
      inflate(entry, (chunk) => scanner.push(chunk));
    } else if (COMMENTS.test(path) || TABLE.test(path)) {
      const scanner = new TagScanner([COMMENTS.test(path) ? 'comment' : 'tableColumn'], [], () => cost.addCells(1, undefined, path));
      inflate(entry, (chunk) => scanner.push(chunk));
    } else {
      inflate(entry, () => undefined);
    }
  }
  if (inflated > MAX_UNCOMPRESSED_BYTES) {
    // Unreachable while every part matches its stated size (their total was checked); kept as the invariant.
    throw tooLarge(
      `工作簿解压后超过 ${megabytes(MAX_UNCOMPRESSED_BYTES)} 的上限（疑为“压缩炸弹”），${NOT_READ}`,
      `The workbook inflates to more than the limit of ${megabytes(MAX_UNCOMPRESSED_BYTES)} (probably a "zip bomb"); ${NOT_READ_EN}`,
    );
  }
  if (macros) {
    notices.push({
      severity: 'warning',
      code: 'xlsx-macros',
      message: '工作簿含有宏（VBA 代码）。本工具只读取单元格中保存的数值，不运行任何宏，也不需要宏。',
      messageEn: 'The workbook contains macros (VBA). Only the values saved in its cells are read; no macro is run or needed.',
    });
  }
  if (links) {
    notices.push({
      severity: 'warning',
      code: 'xlsx-external-links',
      message: '工作簿含有指向其他工作簿的外部链接。本工具不打开被链接的文件：引用它们的公式按本文件中保存的值读取，没有保存值的单元格报为错误。',
      messageEn:
        'The workbook links to other workbooks. Linked files are never opened: formulas referring to them are read from the values saved in this file; cells without a saved value are reported as errors.',
    });
  }
  return notices;
}
