/**
 * Node-only file helpers (fs, path). Not for the browser bundle: import src/xlsx/index for that.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../grid/types';
import { XlsxReadError, XlsxWriteError } from './errors';
import { MAX_FILE_BYTES } from './limits';
import { readWorkbookWithNotices } from './readWorkbook';
import type { WorkbookReading } from './readWorkbook';
import { workbookBytes } from './template';

function errnoCode(e: unknown): string | undefined {
  return e && typeof e === 'object' ? (e as { code?: string }).code : undefined;
}

/**
 * Read an .xlsx file into one Grid per worksheet, with the notices of `readWorkbookWithNotices`
 * (macros not run, external links not followed). The file is opened read-only and never written;
 * a file larger than MAX_FILE_BYTES is refused from its size, before it is read.
 * @throws XlsxReadError: 'unreadable' (missing, a folder, no permission), or any code of
 *   `readWorkbookWithNotices` ('lock-file' for an Office lock file ~$…), with the file named in both messages.
 */
export async function readWorkbookFileWithNotices(file: string): Promise<WorkbookReading> {
  let bytes: Uint8Array;
  try {
    const handle = await fs.open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      if (size > MAX_FILE_BYTES) {
        const mb = (size / 1048576).toFixed(1);
        throw new XlsxReadError(
          'too-large',
          `文件过大（${mb} MB），超过 ${MAX_FILE_BYTES / 1048576} MB 的上限；年报统计表文件通常不足 1 MB。请删除与年报无关的工作表和图片后另存再试。`,
          `The file is too large (${mb} MB), over the limit of ${MAX_FILE_BYTES / 1048576} MB; report workbooks are usually under 1 MB. Delete sheets and pictures unrelated to the report, save and try again.`,
          file,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const why = fileErrorWords(errnoCode(e), String(e));
    throw new XlsxReadError('unreadable', why.zh, why.en, file);
  }
  try {
    return await readWorkbookWithNotices(bytes, { name: path.basename(file) });
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(e.code, e.message, e.messageEn, file);
    throw e;
  }
}

/** Why a file could not be opened for reading, from the file system's code (Chinese and English). */
function fileErrorWords(code: string | undefined, detail: string): { zh: string; en: string } {
  if (code === 'ENOENT') return { zh: '文件不存在', en: 'no such file' };
  if (code === 'EISDIR') return { zh: '这是一个文件夹，不是文件', en: 'this is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有读取权限', en: 'permission denied' };
  return { zh: `无法读取（${code || detail}）`, en: `cannot be read (${code || detail})` };
}

/**
 * Read an .xlsx file into one Grid per worksheet (`readWorkbookFileWithNotices` without the notices).
 * @throws XlsxReadError as `readWorkbookFileWithNotices`.
 */
export async function readWorkbookFile(file: string): Promise<Grid[]> {
  return (await readWorkbookFileWithNotices(file)).grids;
}

/** The extension every written workbook has: the bytes are an .xlsx, whatever the name says. */
const XLSX_EXTENSION = /\.xlsx$/i;

/**
 * Whether `file` may be written as a workbook, checked before any work is done (a consolidation reads
 * every input first): it is not a folder, its name ends in .xlsx, and without `force` it does not exist.
 * @throws XlsxWriteError 'bad-extension', 'is-folder' or 'exists' (see `writeWorkbookFile`).
 */
export async function checkOutputFile(file: string, options: { force?: boolean } = {}): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    stat = undefined; // Not there (or not visible): the write's hard link still refuses a file that appears meanwhile.
  }
  if (stat && stat.isDirectory()) throw isFolderError(file);
  if (!XLSX_EXTENSION.test(file)) {
    const ext = path.extname(file);
    throw new XlsxWriteError(
      'bad-extension',
      `输出文件名应以 .xlsx 结尾：${file}${ext ? `（扩展名是 ${ext}）` : '（没有扩展名）'}。未写入；请改为例如 ${suggestedName(file)}。`,
      `The output file name must end in .xlsx: ${file}${ext ? ` (its extension is ${ext})` : ' (it has no extension)'}. Nothing written; use e.g. ${suggestedName(file)}.`,
      file,
    );
  }
  if (stat && !options.force) throw existsError(file);
}

function existsError(file: string): XlsxWriteError {
  return new XlsxWriteError(
    'exists',
    `文件已存在：${file}。为避免覆盖，未写入；如确需覆盖，请使用 --force。`,
    `The file already exists: ${file}. Nothing written, to avoid overwriting it; use --force to replace it.`,
    file,
  );
}

function isFolderError(file: string): XlsxWriteError {
  const example = path.join(file, '全市汇总.xlsx');
  return new XlsxWriteError(
    'is-folder',
    `${file} 是一个文件夹，不能作为输出文件（即使使用 --force 也不会覆盖）。请给出文件名，例如 ${example}。`,
    `${file} is a folder and cannot be the output file (not even with --force). Give a file name, e.g. ${example}.`,
    file,
  );
}

/**
 * Write a workbook to `file` safely: the bytes go to a temporary file in the same folder, which is
 * then renamed to `file`, so a failure never leaves a half-written workbook behind.
 * Without `force` an existing `file` is never replaced (checked atomically with a hard link where
 * the file system allows it); a folder is never replaced, even with `force`.
 * @throws XlsxWriteError 'bad-extension' when `file` does not end in .xlsx (Excel refuses to open an
 *   .xlsx under another extension, and a name without one is usually a typo); 'is-folder' when `file`
 *   is a folder; 'exists' when `file` exists and `force` is not set; 'write-failed' when the folder is
 *   missing or not writable. Nothing is written in any of these cases.
 */
export async function writeWorkbookFile(file: string, workbook: ExcelJS.Workbook, options: { force?: boolean } = {}): Promise<void> {
  await checkOutputFile(file, options);
  const exists = (): XlsxWriteError => existsError(file);
  const bytes = await workbookBytes(workbook);
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
  } catch (e) {
    throw writeFailed(file, errnoCode(e) || String(e));
  }
  try {
    if (options.force) {
      await fs.rename(temp, file);
      return;
    }
    try {
      // link() fails with EEXIST if the file appeared meanwhile: no silent overwrite.
      await fs.link(temp, file);
      await fs.unlink(temp);
    } catch (e) {
      if (errnoCode(e) === 'EEXIST') throw exists();
      // File systems without hard links (FAT, some network shares): check, then rename.
      try {
        await fs.access(file);
        throw exists();
      } catch (inner) {
        if (inner instanceof XlsxWriteError) throw inner;
      }
      await fs.rename(temp, file);
    }
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    if (e instanceof XlsxWriteError) throw e;
    const code = errnoCode(e);
    if (code === 'EISDIR') throw isFolderError(file);
    throw writeFailed(file, code || String(e));
  }
}

/** `name` with its extension replaced by .xlsx (or .xlsx added), for the message that refuses it. */
function suggestedName(file: string): string {
  const ext = path.extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + '.xlsx';
}

function writeFailed(file: string, code: string): XlsxWriteError {
  const why =
    code === 'ENOENT'
      ? { zh: '目录不存在', en: 'the folder does not exist' }
      : code === 'EACCES' || code === 'EPERM'
        ? { zh: '没有写入权限', en: 'permission denied' }
        : { zh: code, en: code };
  return new XlsxWriteError('write-failed', `无法写入 ${file}：${why.zh}`, `Cannot write ${file}: ${why.en}`, file);
}
