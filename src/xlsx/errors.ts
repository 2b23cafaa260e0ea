/**
 * Typed errors of the .xlsx layer, with codes the UI and the CLI can act on. Each carries a Chinese
 * `message` and an English `messageEn` with the same content; both say what to do.
 */

/** Why a workbook could not be read. */
export type XlsxReadErrorCode =
  /** Not a zip container at all (a text file, a PDF, an HTML page saved as .xlsx…). */
  | 'not-zip'
  /** The file has no bytes (0 字节): a failed download or save, or a file created empty. */
  | 'empty'
  /** An Office lock file (~$name.xlsx): Excel or WPS keeps it while a colleague has the workbook open. */
  | 'lock-file'
  /** A zip that is damaged or truncated, or holds no worksheet. */
  | 'corrupt'
  /** An Office file encrypted with an opening password (an OLE container holding EncryptedPackage). */
  | 'encrypted'
  /** An Excel 97–2003 .xls workbook (OLE compound file). */
  | 'legacy-xls'
  /** The file itself could not be read (missing, a folder, no permission). Node helpers only. */
  | 'unreadable'
  /** Beyond a limit of ./limits.ts (file size, inflated size, compression ratio, cells, rows, merges…). */
  | 'too-large'
  /** An Excel binary workbook (.xlsb): refused, there is no reader for it here. */
  | 'xlsb';

/** A workbook that cannot be read; never thrown for a readable workbook with odd content. */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  /** The message in English (`message` is Chinese); both name the file when `file` is set. */
  readonly messageEn: string;
  /** The file, when reading from a path. */
  readonly file?: string;

  /** `message` (Chinese) and `messageEn` without the file: when `file` is given, both are prefixed with it. */
  constructor(code: XlsxReadErrorCode, message: string, messageEn: string, file?: string) {
    super(file ? `${file}：${message}` : message);
    this.name = 'XlsxReadError';
    this.code = code;
    this.messageEn = file ? `${file}: ${messageEn}` : messageEn;
    if (file !== undefined) this.file = file;
    // Keep instanceof working when compiled to ES5 (the task pane bundle).
    Object.setPrototypeOf(this, XlsxReadError.prototype);
  }
}

/**
 * Why a workbook was not written: the file exists (and no --force), the path is a folder, its name
 * does not end in .xlsx, or writing failed (missing folder, no permission…).
 */
export type XlsxWriteErrorCode = 'exists' | 'is-folder' | 'bad-extension' | 'write-failed';

/** A workbook that was not written; the target file is left as it was. Messages name the file. */
export class XlsxWriteError extends Error {
  readonly code: XlsxWriteErrorCode;
  /** The message in English (`message` is Chinese). */
  readonly messageEn: string;
  readonly file: string;

  constructor(code: XlsxWriteErrorCode, message: string, messageEn: string, file: string) {
    super(message);
    this.name = 'XlsxWriteError';
    this.code = code;
    this.messageEn = messageEn;
    this.file = file;
    Object.setPrototypeOf(this, XlsxWriteError.prototype);
  }
}

/**
 * Something the user should know about a workbook that was read: it carries macros that were not run,
 * or links to other workbooks that were not followed. Shaped like a recognition issue (severity, code,
 * Chinese and English message), so hosts list it with the other warnings of the file.
 */
export interface XlsxNotice {
  readonly severity: 'warning';
  readonly code: 'xlsx-macros' | 'xlsx-external-links';
  readonly message: string;
  readonly messageEn: string;
}
