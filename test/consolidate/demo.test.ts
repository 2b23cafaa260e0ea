/** The demo's consolidation step (npm run demo): 30 departments written, consolidated, equal to 淮安 2024. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runHuaianDemo } from '../../src/consolidate/node/demo';
import { exampleJson } from '../fixtures/examples';

test('runHuaianDemo: 30 departmental files → 全市汇总 equal to the published figures, cell for cell', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-demo-'));
  try {
    const lines: string[] = [];
    const demo = await runHuaianDemo(exampleJson('huaian-2024'), dir, { log: (l) => lines.push(l) });
    expect(demo.departmentFiles.length).toBe(30);
    expect(demo.compared).toBe(200);
    expect(demo.differences).toEqual([]);
    expect(fs.existsSync(demo.output)).toBe(true);
    expect(lines[lines.length - 1]).toBe('逐格比对：200 个数字全部与淮安市公布的 2024 年度数字一致。');
    expect(lines).toContain('  收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 总计（件）：公布 3119，汇总 3119');
    expect(lines).toContain('  第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）：公布 96171.6，汇总 96171.6');
    // a second run replaces its own output
    await runHuaianDemo(exampleJson('huaian-2024'), dir, { log: () => undefined });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
