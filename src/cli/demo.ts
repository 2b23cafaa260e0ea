/**
 * `npm run demo`: the product's main job on shipped example data, written to out/.
 * 1. The seed (海东市 2019, examples/haidong-2019.json) typed into a workbook the way a department lays it
 *    out by hand (not our template), validated: its two broken identities and the one-cell fix 230 → 222.
 * 2. A blank 2021 template.
 * 3. The real 淮安 2024 city totals split across departmental workbooks, consolidated back, compared
 *    cell by cell with the published figures.
 */
import * as fs from 'fs';
import * as path from 'path';
import { getFormat } from '../formats';
import { parseExample } from '../examples/load';
import { loadExampleJson } from '../examples/node';
import { handmadeSheets } from '../examples/handmade';
import { plainWorkbook } from '../examples/workbook';
import { readWorkbookFile, writeWorkbookFile } from '../xlsx/node';
import { templateWorkbook } from '../xlsx';
import { validateGrids } from '../workflow/validate';
import { renderText } from './render';
import { runHuaianDemo } from '../consolidate/node/demo';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out');


async function seedDemo(): Promise<void> {
  const seed = parseExample(loadExampleJson('haidong-2019'), '海东市人民政府办公室');
  const sheets = handmadeSheets(getFormat(seed.format), seed.cells, { unit: seed.unit, year: seed.year }, { wrapLabels: true, halfWidthBrackets: true });
  const file = path.join(OUT, '海东市2019-部门自制表.xlsx');
  await writeWorkbookFile(file, plainWorkbook(sheets), { force: true });
  console.log(`\n== 1. 校验：海东市 2019 年度报告的统计表（按部门自制的版式录入）→ ${path.relative(ROOT, file)}\n`);
  const validation = validateGrids(await readWorkbookFile(file), { lang: 'zh' });
  console.log(renderText([{ file: path.relative(ROOT, file), validation }], 'zh'));
}

async function templateDemo(): Promise<void> {
  const file = path.join(OUT, '模板-2021-某某局.xlsx');
  await writeWorkbookFile(file, templateWorkbook(getFormat('2021'), { unit: '某某局', year: 2025 }), { force: true });
  console.log(`\n== 2. 模板：2021 格式（国办公开办函〔2021〕30号）空白模板 → ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  await seedDemo();
  await templateDemo();
  console.log('\n== 3. 汇总：淮安市 2024 年全市数据拆分为各部门报表，再逐格汇总回全市');
  const demo = await runHuaianDemo(loadExampleJson('huaian-2024'), OUT, { log: (line) => console.log(line) });
  if (demo.differences.length > 0) throw new Error(`汇总结果与公开的全市数据不一致：\n${demo.differences.join('\n')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
