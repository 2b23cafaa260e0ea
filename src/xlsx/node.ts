/**
 * Node-only file helpers (fs, path). Not for the browser bundle: import src/xlsx/index for that.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../grid/types';
import { XlsxReadError, XlsxWriteError } from './errors';
import { readWorkbook } from './readWorkbook';
import { workbookBytes } from './template';

function errnoCode(e: unknown): string | undefined {
  return e && typeof e === 'object' ? (e as { code?: string }).code : undefined;
}

/**
 * Read an .xlsx file into one Grid per worksheet. The file is only read, never written.
 * @throws XlsxReadError: 'unreadable' (missing, a folder, no permission), or any code of
 *   `readWorkbook`, with the file named in the message.
 */
export async function readWorkbookFile(file: string): Promise<Grid[]> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = errnoCode(e);
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `无法读取（${code || String(e)}）`;
    throw new XlsxReadError('unreadable', why, file);
  }
  try {
    return await readWorkbook(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(e.code, e.message, file);
    throw e;
  }
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
