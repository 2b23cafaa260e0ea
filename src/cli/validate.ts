/** `nianbao validate FILES_OR_DIRS... [--json] [--lang zh|en]` */
import type { Lang } from '../rules/types';
import { listInputFiles } from '../consolidate/node/files';
import { BREAKDOWN_SHEET, SOURCES_SHEET } from '../consolidate/sheets';
import { readWorkbookFileWithNotices } from '../xlsx/node';
import { validateGrids } from '../workflow/validate';
import { exitCode, renderJson, renderText } from './render';
import type { FileValidation } from './render';
import { describeReadError } from './errors';
import { terminalJson, terminalText } from './terminalText';

/**
 * Validate each file (folders give the workbooks in them, as for consolidate); print findings (text or
 * JSON) to stdout. The 汇总明细 and 来源清单 sheets of a consolidation output are not reports and are left out
 * (its 全市汇总 sheet is validated like any report).
 * @returns the exit code: 0 no errors, 1 errors found, 2 unreadable file or no official table
 */
export async function runValidate(paths: string[], opts: { json?: boolean; lang: Lang }): Promise<number> {
  const results: FileValidation[] = [];
  // Arguments that do not exist come first, then the workbooks in argument order.
  const listed = await listInputFiles(paths);
  for (const missing of listed.missing) results.push({ file: missing.file, error: opts.lang === 'en' ? missing.reasonEn : missing.reason });
  if (listed.files.length === 0 && listed.missing.length === 0) {
    // Folders without a workbook: say so (exit 2) rather than print nothing and report success.
    const skipped = listed.skipped.length;
    process.stderr.write(
      opts.lang === 'en'
        ? `nianbao: no .xlsx workbook in ${paths.join(', ')}${skipped > 0 ? ` (${skipped} other file(s) not read)` : ''}\n`
        : `nianbao：${paths.join('、')} 中没有 .xlsx 工作簿${skipped > 0 ? `（另有 ${skipped} 个其他文件未读取）` : ''}\n`,
    );
    return 2;
  }
  for (const file of listed.files) {
    try {
      const { grids, notices } = await readWorkbookFileWithNotices(file);
      const reports = grids.filter((g) => g.sheet !== BREAKDOWN_SHEET && g.sheet !== SOURCES_SHEET);
      const validation = validateGrids(reports, { lang: opts.lang });
      // Macros not run, links not followed: listed first among the file's warnings.
      results.push({ file, validation: { ...validation, issues: [...notices, ...validation.issues] } });
    } catch (err) {
      results.push({ file, error: describeReadError(err, file, opts.lang) });
    }
  }
  process.stdout.write(opts.json ? `${terminalJson(JSON.stringify(renderJson(results, opts.lang), null, 2))}\n` : `${terminalText(renderText(results, opts.lang))}\n`);
  return exitCode(results);
}
