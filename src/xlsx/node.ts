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
 *   `readWorkbookWithNotices`, with the file named in the message.
 */
export async function readWorkbookFileWithNotices(file: string): Promise<WorkbookReading> {
  let bytes: Uint8Array;
  try {
    const handle = await fs.open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      if (size > MAX_FILE_BYTES) {
        throw new XlsxReadError(
          'too-large',
          `文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${MAX_FILE_BYTES / 1048576} MB 的上限；年报统计表文件通常不足 1 MB。请删除与年报无关的工作表和图片后另存再试。`,
          file,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = errnoCode(e);
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `无法读取（${code || String(e)}）`;
    throw new XlsxReadError('unreadable', why, file);
  }
  try {
    return await readWorkbookWithNotices(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(e.code, e.message, file);
    throw e;
  }
}

/**
 * Read an .xlsx file into one Grid per worksheet (`readWorkbookFileWithNotices` without the notices).
 * @throws XlsxReadError as `readWorkbookFileWithNotices`.
 */
export async function readWorkbookFile(file: string): Promise<Grid[]> {
  return (await readWorkbookFileWithNotices(file)).grids;
}

/**
 * Write a workbook to `file` safely: the bytes go to a temporary file in the same folder, which is
 * then renamed to `file`, so a failure never leaves a half-written workbook behind.
 * Without `force` an existing `file` is never replaced (checked atomically with a hard link where
 * the file system allows it).
 * @throws XlsxWriteError 'exists' when `file` exists and `force` is not set; 'write-failed' when the
 *   folder is missing or not writable.
 */
export async function writeWorkbookFile(file: string, workbook: ExcelJS.Workbook, options: { force?: boolean } = {}): Promise<void> {
  const exists = (): XlsxWriteError =>
    new XlsxWriteError('exists', `文件已存在：${file}。为避免覆盖，未写入；如确需覆盖，请使用 --force。`, file);
  if (!options.force) {
    try {
      await fs.access(file);
      throw exists();
    } catch (e) {
      if (e instanceof XlsxWriteError) throw e;
    }
  }
  const bytes = await workbookBytes(workbook);
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
  } catch (e) {
    const code = errnoCode(e);
    const why = code === 'ENOENT' ? '目录不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code || String(e);
    throw new XlsxWriteError('write-failed', `无法写入 ${file}：${why}`, file);
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
    throw new XlsxWriteError('write-failed', `无法写入 ${file}：${errnoCode(e) || String(e)}`, file);
  }
}
