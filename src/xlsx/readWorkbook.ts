/**
 * .xlsx bytes → one Grid per worksheet. Browser-safe (no fs, no Buffer): works on the bytes of a
 * File read in the task pane as well as on a file read by the CLI.
 */
import * as ExcelJS from 'exceljs';
import { parseA1 } from '../grid/address';
import type { Grid, GridCell, MergeRange } from '../grid/types';
import { readMarker } from '../layout/marker';
import { toGridCell } from './cellValue';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './a1Range';
import { XlsxReadError } from './errors';
import type { XlsxNotice } from './errors';
import { preflightWorkbook } from './preflight';
import { sniffFile } from './sniff';
import type { FileKind } from './sniff';

/** ExcelJS keeps merges in a private map; reading it avoids building the whole sheet model again. */
interface MergeIndex {
  readonly _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const index = (ws as unknown as MergeIndex)._merges;
  const ranges = index
    ? Object.keys(index).map((k) => index[k]).filter((m): m is NonNullable<typeof m> => Boolean(m))
    : ws.model.merges.map((ref) => {
        const [from, to] = ref.split(':');
        const a = parseA1(from);
        const b = parseA1(to || from);
        return { top: a.row + 1, left: a.col + 1, bottom: b.row + 1, right: b.col + 1 };
      });
  return ranges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/**
 * One worksheet as a Grid (0-based), with its merges, our template marker if present, and `hidden`
 * when the sheet is hidden or very hidden.
 * @throws XlsxReadError 'corrupt' for a cell beyond Excel's grid (only a crafted file has one; the Grid
 *   would be as large as its address).
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (GridCell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (rowNumber > EXCEL_MAX_ROWS || colNumber > EXCEL_MAX_COLUMNS) {
        throw new XlsxReadError(
          'corrupt',
          `工作表“${ws.name}”有超出 Excel 范围的单元格（第 ${rowNumber} 行第 ${colNumber} 列），文件已损坏或被刻意构造。`,
          `Sheet "${ws.name}" has a cell beyond Excel's grid (row ${rowNumber}, column ${colNumber}): the file is damaged or crafted.`,
        );
      }
      const value = toGridCell(cell);
      if (value) out[colNumber - 1] = value;
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    if (out.length > 0) cells[rowNumber - 1] = out;
  });
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const grid: Grid = hidden ? { sheet: ws.name, cells, merges: mergesOf(ws), hidden } : { sheet: ws.name, cells, merges: mergesOf(ws) };
  const marker = readMarker(grid);
  return marker ? { ...grid, marker } : grid;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const SAVE_AS_XLSX = '请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再试。';
const SAVE_AS_XLSX_EN = 'Open it in Excel or WPS, "Save As" an Excel workbook (.xlsx) and try again.';

/** The refusal for bytes that are not a zip, by what they are. */
function notZipError(kind: FileKind): XlsxReadError {
  switch (kind) {
    case 'empty':
      return new XlsxReadError(
        'empty',
        '文件为空（0 字节），没有任何内容：可能下载或保存未完成。请向报送单位重新索取文件。',
        'The file is empty (0 bytes): a download or save may not have finished. Ask the sender for the file again.',
      );
    case 'legacy-xls':
      return new XlsxReadError('legacy-xls', `这是 Excel 97-2003 格式（.xls）的工作簿，无法直接读取。${SAVE_AS_XLSX}`, `An Excel 97-2003 workbook (.xls), which cannot be read directly. ${SAVE_AS_XLSX_EN}`);
    case 'encrypted':
      return new XlsxReadError(
        'encrypted',
        '工作簿设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试。',
        'The workbook has a password to open (encrypted) and cannot be read. Open it in Excel or WPS, remove the password, save as .xlsx and try again.',
      );
    case 'html':
      return new XlsxReadError(
        'not-zip',
        `不是 Excel 工作簿，而是网页（HTML）格式的表格（常见于业务系统导出的 .xls 文件）。${SAVE_AS_XLSX}`,
        `Not an Excel workbook but a table in web (HTML) format (common for .xls files exported by business systems). ${SAVE_AS_XLSX_EN}`,
      );
    case 'spreadsheet-xml':
      return new XlsxReadError('not-zip', `不是 Excel 工作簿，而是“XML 电子表格 2003”格式的文件。${SAVE_AS_XLSX}`, `Not an Excel workbook but an "XML Spreadsheet 2003" file. ${SAVE_AS_XLSX_EN}`);
    default:
      return new XlsxReadError(
        'not-zip',
        '不是 Excel 工作簿（.xlsx 文件应为 zip 格式）。请确认文件类型，或在 Excel/WPS 中另存为 .xlsx 后再试。',
        'Not an Excel workbook (an .xlsx file is a zip). Check the file type, or save it as .xlsx in Excel/WPS and try again.',
      );
  }
}

/** Options of `readWorkbookWithNotices`. */
export interface ReadWorkbookOptions {
  /** The file's name (a path or a base name), for messages about what the file is. */
  readonly name?: string;
}

/**
 * True for the name of an Office lock file: Excel and WPS create "~$报表.xlsx" beside a workbook while it
 * is open (owner file holding the user's name), and remove it when it is closed.
 */
export function isOfficeLockFileName(name: string): boolean {
  const base = name.split(/[\\/]/).pop() || name;
  return base.indexOf('~$') === 0;
}

function lockFileError(name: string): XlsxReadError {
  const base = name.split(/[\\/]/).pop() || name;
  const original = base.slice(2);
  return new XlsxReadError(
    'lock-file',
    `这是 Office 的临时锁定文件（以 ~$ 开头，有人在 Excel 或 WPS 中打开工作簿时自动生成，关闭后消失），不是工作簿。请读取工作簿本身（通常是“${original}”）。`,
    `This is an Office lock file (its name starts with ~$; Excel or WPS creates it while someone has the workbook open and removes it on closing), not a workbook. Read the workbook itself (usually "${original}").`,
  );
}

/** What `readWorkbookWithNotices` returns: the grids, and what the user should know about the file. */
export interface WorkbookReading {
  /** One Grid per worksheet, in workbook order. */
  readonly grids: Grid[];
  /** Macros present and not run, external links present and not followed (warnings). */
  readonly notices: XlsxNotice[];
}

/**
 * Read every worksheet of an .xlsx (or .xlsm) workbook into a Grid (sheet order as in the workbook),
 * after a preflight that refuses hostile or oversized files before ExcelJS sees them (./preflight.ts,
 * limits in ./limits.ts). Formula cells carry their cached value (`noCachedValue: true` when the file
 * stores none; nothing is ever calculated, so links to other workbooks are never followed), rich text
 * is flattened, error values are reported in `error`, dates stay Dates. Macros are never run: only the
 * values saved in the cells are read.
 * @param options.name the file's name, when known: an Office lock file (~$…) is then refused as such
 * @throws XlsxReadError with code 'lock-file' (a ~$ name and bytes that are not a workbook), 'empty' (0 bytes), 'legacy-xls' (.xls), 'encrypted' (password to open, or zip
 *   encryption), 'not-zip' (anything else that is not a zip, with HTML tables and XML Spreadsheet 2003
 *   named), 'xlsb', 'too-large' (a limit of ./limits.ts), 'corrupt' (damaged or truncated zip, sizes
 *   that lie, no worksheet, content ExcelJS cannot parse).
 */
export async function readWorkbookWithNotices(data: ArrayBuffer | Uint8Array, options: ReadWorkbookOptions = {}): Promise<WorkbookReading> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniffFile(bytes);
  if (kind !== 'zip' && options.name !== undefined && isOfficeLockFileName(options.name)) throw lockFileError(options.name);
  if (kind !== 'zip') throw notZipError(kind);
  const notices = await preflightWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError(
      'corrupt',
      `工作簿已损坏或不完整，无法读取（${describe(e)}）。请向报送单位重新索取文件。`,
      `The workbook is damaged or incomplete and cannot be read (${describe(e)}). Ask the sender for the file again.`,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new XlsxReadError(
      'corrupt',
      '文件中没有工作表：它不是 Excel 工作簿，或已损坏（.xlsb 等二进制格式请另存为 .xlsx）。',
      'The file holds no worksheet: it is not an Excel workbook, or it is damaged (save binary formats such as .xlsb as .xlsx).',
    );
  }
  const grids: Grid[] = [];
  for (const ws of workbook.worksheets) {
    try {
      grids.push(worksheetToGrid(ws));
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      throw new XlsxReadError(
        'corrupt',
        `工作表“${ws.name}”已损坏，无法读取（${describe(e)}）。请向报送单位重新索取文件。`,
        `Sheet "${ws.name}" is damaged and cannot be read (${describe(e)}). Ask the sender for the file again.`,
      );
    }
  }
  return { grids, notices };
}

/**
 * `readWorkbookWithNotices` without the notices: the Grids only.
 * @throws XlsxReadError as `readWorkbookWithNotices`.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return (await readWorkbookWithNotices(data)).grids;
}
