/** `nianbao validate FILE.xlsx... [--json] [--lang zh|en]` */
import type { Lang } from '../rules/types';
import { readWorkbookFileWithNotices } from '../xlsx/node';
import { validateGrids } from '../workflow/validate';
import { exitCode, renderJson, renderText } from './render';
import type { FileValidation } from './render';
import { describeReadError } from './errors';
import { terminalJson, terminalText } from './terminalText';

/**
 * Validate each file; print findings (text or JSON) to stdout.
 * @returns the exit code: 0 no errors, 1 errors found, 2 unreadable file or no official table
 */
export async function runValidate(files: string[], opts: { json?: boolean; lang: Lang }): Promise<number> {
  const results: FileValidation[] = [];
  for (const file of files) {
    try {
      const { grids, notices } = await readWorkbookFileWithNotices(file);
      const validation = validateGrids(grids, { lang: opts.lang });
      // Macros not run, links not followed: listed first among the file's warnings.
      results.push({ file, validation: { ...validation, issues: [...notices, ...validation.issues] } });
    } catch (err) {
      results.push({ file, error: describeReadError(err, file, opts.lang) });
    }
  }
  process.stdout.write(opts.json ? `${terminalJson(JSON.stringify(renderJson(results, opts.lang), null, 2))}\n` : `${terminalText(renderText(results, opts.lang))}\n`);
  return exitCode(results);
}
