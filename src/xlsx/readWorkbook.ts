/**
 * .xlsx bytes → one Grid per worksheet. Browser-safe (no fs, no Buffer): works on the bytes of a
 * File read in the task pane as well as on a file read by the CLI.
 */
import * as ExcelJS from 'exceljs';
import { parseA1 } from '../grid/address';
import type { Grid, GridCell, MergeRange } from '../grid/types';
import { readMarker } from '../layout/marker';
import { toGridCell } from './cellValue';
import { XlsxReadError } from './errors';
import { sniffFile } from './sniff';

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

/** One worksheet as a Grid (0-based), with its merges and our template marker if present. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (GridCell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toGridCell(cell);
      if (value) out[colNumber - 1] = value;
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    if (out.length > 0) cells[rowNumber - 1] = out;
  });
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
  const grid: Grid = { sheet: ws.name, cells, merges: mergesOf(ws) };
  const marker = readMarker(grid);
  return marker ? { ...grid, marker } : grid;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Read every worksheet of an .xlsx workbook into a Grid (sheet order as in the workbook).
 * Formula cells carry their cached value (`noCachedValue: true` when the file stores none),
 * rich text is flattened, error values are reported in `error`, dates stay Dates.
 * @throws XlsxReadError with code 'legacy-xls' (.xls), 'encrypted' (password to open),
 *   'not-zip' (anything else that is not a zip), 'corrupt' (damaged zip, or no worksheet).
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniffFile(bytes);
  if (kind === 'legacy-xls') {
    throw new XlsxReadError('legacy-xls', '这是 Excel 97-2003 格式（.xls）的工作簿，无法直接读取。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再试。');
  }
  if (kind === 'encrypted') {
    throw new XlsxReadError('encrypted', '工作簿设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试。');
  }
  if (kind !== 'zip') {
    throw new XlsxReadError('not-zip', '不是 Excel 工作簿（.xlsx 文件应为 zip 格式）。请确认文件类型，或在 Excel/WPS 中另存为 .xlsx 后再试。');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError('corrupt', `工作簿已损坏或不完整，无法读取（${describe(e)}）。请向报送单位重新索取文件。`);
  }
  if (workbook.worksheets.length === 0) {
    throw new XlsxReadError('corrupt', '文件中没有工作表：它不是 Excel 工作簿，或已损坏（.xlsb 等二进制格式请另存为 .xlsx）。');
  }
  return workbook.worksheets.map(worksheetToGrid);
}
