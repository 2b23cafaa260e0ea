/** Messages for files the CLI could not read or write. */
import type { Lang } from '../rules/types';
import { XlsxReadError, XlsxWriteError } from '../xlsx/errors';

/**
 * A one-line reason a file could not be read or written, naming the file, in `lang`: the xlsx layer's
 * typed errors carry their own message in both languages; anything else (missing file, permission) is
 * described from its code.
 */
export function describeReadError(err: unknown, file: string, lang: Lang): string {
  if (err instanceof XlsxReadError || err instanceof XlsxWriteError) {
    const message = lang === 'en' ? err.messageEn : err.message;
    return message.indexOf(file) >= 0 ? message : `${file}${lang === 'en' ? ': ' : '：'}${message}`;
  }
  const code = err && typeof err === 'object' ? (err as { code?: string }).code : undefined;
  if (code === 'ENOENT') return lang === 'en' ? `${file}: no such file` : `${file}：文件不存在`;
  if (code === 'EACCES' || code === 'EPERM') return lang === 'en' ? `${file}: permission denied` : `${file}：没有读取权限`;
  if (code === 'EISDIR') return lang === 'en' ? `${file}: is a folder` : `${file}：这是一个文件夹，请给出 .xlsx 文件`;
  return `${file}${lang === 'en' ? ': ' : '：'}${err instanceof Error ? err.message : String(err)}`;
}
