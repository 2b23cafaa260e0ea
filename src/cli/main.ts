#!/usr/bin/env node
/**
 * `nianbao`: the command-line tool over .xlsx files (batch work, WPS users, no add-in needed).
 *   nianbao template --format 2021|2019 --unit NAME --year YYYY -o FILE.xlsx
 *   nianbao validate FILE.xlsx... [--json] [--lang zh|en]
 *   nianbao consolidate FILES_OR_DIRS... -o OUT.xlsx [--units FILE] [--include-invalid] [--prefer-latest] [--json]
 * Exit codes: 0 = no errors, 1 = errors found, 2 = unreadable file, no official table, or bad arguments.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { runTemplate } from './template';
import { runValidate } from './validate';
import { runConsolidate } from './consolidate';

function year(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 2008 || n > 2100) throw new InvalidArgumentError(`年度应为四位数字（如 2025），收到：${value}`);
  return n;
}

const program = new Command();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

program
  .name('nianbao')
  .version(version, '-V, --version', '显示版本号')
  .helpOption('-h, --help', '显示帮助')
  .helpCommand('help [command]', '显示某个命令的帮助')
  .description('政府信息公开工作年度报告 统计表：官方模板、一键校验、全市汇总')
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

program
  .command('template')
  .description('写出官方统计表模板（.xlsx）')
  .addOption(new Option('--format <format>', '格式：2021（国办公开办函〔2021〕30号，现行）或 2019（国办公开办函〔2019〕60号）；默认按 --year 选择，未给年度时为 2021').choices(['2021', '2019']))
  .option('--unit <name>', '填报单位名称')
  .option('--year <yyyy>', '报告年度', year)
  .requiredOption('-o, --output <file>', '输出文件（.xlsx）')
  .option('--force', '覆盖已存在的输出文件')
  .action(async (opts) => {
    process.exitCode = await runTemplate(opts);
  });

program
  .command('validate')
  .description('校验一个或多个 .xlsx 文件中的官方统计表')
  .argument('<inputs...>', '.xlsx 文件或文件夹')
  .option('--json', '输出 JSON')
  .addOption(new Option('--lang <lang>', '消息语言').choices(['zh', 'en']).default('zh'))
  .action(async (files: string[], opts) => {
    process.exitCode = await runValidate(files, opts);
  });

program
  .command('consolidate')
  .description('把各部门的统计表按含义逐格汇总为全市汇总表')
  .argument('<inputs...>', '.xlsx 文件或文件夹')
  .requiredOption('-o, --output <file>', '输出文件（.xlsx）')
  .option('--units <file>', '应报单位清单（每行一个单位）')
  .option('--include-invalid', '有错误的报表也计入汇总（并标出受影响的数字）')
  .option('--prefer-latest', '同一单位报了多次时取最新的文件')
  .option('--force', '覆盖已存在的输出文件')
  .option('--json', '输出 JSON')
  .addOption(new Option('--lang <lang>', '消息语言').choices(['zh', 'en']).default('zh'))
  .action(async (inputs: string[], opts) => {
    process.exitCode = await runConsolidate(inputs, opts);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`nianbao: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
