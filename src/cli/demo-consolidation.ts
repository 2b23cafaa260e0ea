/** The consolidation part of `npm run demo`: 淮安 2024 split across departments and summed back. */
import { runHuaianDemo } from '../consolidate/node/demo';
import type { PublishedReportJson } from '../consolidate/exampleFigures';

/**
 * Split the published 淮安 figures across 30 departmental workbooks, consolidate them from the files and
 * compare with the published figures cell for cell.
 * @throws Error when the consolidated figures differ from the published ones.
 */
export async function runConsolidationDemo(_root: string, outDir: string, json: unknown): Promise<void> {
  console.log('\n== 3. 汇总：淮安市 2024 年全市数据拆分为各部门报表，再逐格汇总回全市');
  const demo = await runHuaianDemo(json as PublishedReportJson, outDir, { log: (line) => console.log(line) });
  if (demo.differences.length > 0) throw new Error(`汇总结果与公开的全市数据不一致：\n${demo.differences.join('\n')}`);
}
