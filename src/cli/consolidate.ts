/** `nianbao consolidate FILES_OR_DIRS... -o OUT.xlsx [--units FILE] [--include-invalid] [--prefer-latest] [--force] [--json]` */
import * as path from 'path';
import type { Lang } from '../rules/types';
import { consolidationErrorJson, consolidationExitCode, consolidationJson, consolidationText, planWords } from '../consolidate';
import { ConsolidationError } from '../consolidate/errors';
import { consolidateFiles, listInputFiles, readUnitListFile, UnitListEncodingError, writeConsolidationFile } from '../consolidate/node/files';
import { BREAKDOWN_SHEET, SOURCES_SHEET } from '../consolidate/sheets';
import { checkOutputFile, readWorkbookFile } from '../xlsx/node';
import { describeReadError } from './errors';
import { terminalJson, terminalText } from './terminalText';

interface ConsolidateCliOptions {
  output: string;
  units?: string;
  includeInvalid?: boolean;
  preferLatest?: boolean;
  force?: boolean;
  json?: boolean;
  lang: Lang;
}

/**
 * One line per input that was not summed, with its reason (which names the file): nothing is written
 * when the run stops, so the terminal is the only place the user learns why each file was refused.
 */
function sourceReasons(err: ConsolidationError, lang: Lang): string[] {
  const statuses = planWords(lang).statuses;
  return err.sources
    .filter((s) => s.reason !== undefined)
    .map((s) => `  ${String(s.index).padStart(3)}. ${statuses[s.status]}  ${lang === 'en' ? s.reasonEn || s.reason : s.reason}`);
}

/**
 * True when `output` exists and is one of the inputs (a department's workbook), which must never be written
 * over, not even with --force. An earlier consolidation output (it holds 汇总明细 and 来源清单) may be.
 */
async function outputIsASource(output: string, inputs: readonly string[]): Promise<boolean> {
  const target = path.resolve(output);
  const listed = await listInputFiles(inputs);
  if (!listed.files.some((f) => path.resolve(f) === target)) return false;
  try {
    const sheets = (await readWorkbookFile(target)).map((g) => g.sheet);
    return !(sheets.indexOf(BREAKDOWN_SHEET) >= 0 && sheets.indexOf(SOURCES_SHEET) >= 0);
  } catch {
    return true;
  }
}

/**
 * Consolidate the departmental workbooks under `inputs` into `opts.output` (全市汇总, 汇总明细, 来源清单).
 * Sources are only read. The output is written only when the consolidation succeeds, never over an
 * existing file without --force.
 * @returns exit code (`consolidationExitCode`): 0 no errors (units not on --units are only listed), 1 errors found
 *   (inputs excluded, flagged or refused, expected units missing), 2 unreadable inputs or list, nothing to sum
 */
export async function runConsolidate(inputs: string[], opts: ConsolidateCliOptions): Promise<number> {
  const print = (text: string): void => {
    const safe = opts.json ? terminalJson(text) : terminalText(text);
    process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
  };
  let expectedUnits: string[] | undefined;
  if (opts.units) {
    try {
      expectedUnits = await readUnitListFile(opts.units);
    } catch (err) {
      const why = err instanceof UnitListEncodingError ? (opts.lang === 'en' ? err.messageEn : err.message) : describeReadError(err, opts.units, opts.lang);
      process.stderr.write(`nianbao: ${terminalText(why)}\n`);
      return 2;
    }
  }
  if (await outputIsASource(opts.output, inputs)) {
    process.stderr.write(
      opts.lang === 'en'
        ? `nianbao: ${opts.output} is one of the departmental workbooks being consolidated; it is never overwritten. Choose another output file.\n`
        : `nianbao：${opts.output} 是参与汇总的部门报表之一，不会被覆盖（即使使用 --force）。请另选输出文件。\n`,
    );
    return 2;
  }
  try {
    // A bad output name, a folder or an existing file stop the run before 80 workbooks are read for nothing.
    await checkOutputFile(opts.output, { force: opts.force });
  } catch (err) {
    process.stderr.write(`nianbao: ${terminalText(describeReadError(err, opts.output, opts.lang))}\n`);
    return 2;
  }
  const progress = (done: number, total: number, file: string): void => {
    const line = opts.lang === 'en' ? `Reading ${done}/${total}: ` : `读取 ${done}/${total}：`;
    if (!opts.json && process.stderr.isTTY) process.stderr.write(`\r${line}${terminalText(path.basename(file))}\u001b[K`);
  };
  try {
    const { result } = await consolidateFiles(inputs, {
      exclude: [opts.output],
      expectedUnits,
      includeInvalid: opts.includeInvalid,
      preferLatest: opts.preferLatest,
      lang: opts.lang,
      onFile: progress,
    });
    if (!opts.json && process.stderr.isTTY) process.stderr.write('\n');
    await writeConsolidationFile(opts.output, result, { force: opts.force });
    print(opts.json ? JSON.stringify({ output: opts.output, ...consolidationJson(result, opts.lang) }, null, 2) : [...consolidationText(result, opts.lang), `→ ${opts.output}`].join('\n'));
    return consolidationExitCode(result);
  } catch (err) {
    if (err instanceof ConsolidationError) {
      print(opts.json ? JSON.stringify(consolidationErrorJson(err, opts.lang), null, 2) : [opts.lang === 'en' ? err.messageEn : err.message, ...sourceReasons(err, opts.lang)].join('\n'));
      return consolidationExitCode(err);
    }
    process.stderr.write(`nianbao: ${terminalText(describeReadError(err, opts.output, opts.lang))}\n`);
    return 2;
  }
}
