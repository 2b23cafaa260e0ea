/**
 * Hidden sheets (tryout: a workbook with last year's figures on a hidden sheet 去年 beside this year's
 * 今年) are left out of recognition, with a warning naming the sheet; the visible report is read alone.
 */
import { getFormat } from '../../src/formats';
import type { Grid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { writeOfficial } from './layouts';

const huaian = loadExample('huaian-2024');
const f2021 = getFormat('2021');

function report(name: string, year: number, hidden = false): Grid {
  const b = sheet(name);
  writeOfficial(b, f2021, huaian.figures, { unit: '市交通运输局', year });
  const grid = b.build();
  return hidden ? { ...grid, hidden: true } : grid;
}

describe('hidden sheets', () => {
  it('a hidden sheet with last year\'s full set is skipped: one report, of the visible sheet, and a warning naming the hidden one', () => {
    const result = recognizeWorkbook([report('去年', 2023, true), report('今年', 2024)]);
    expect(result.reports.map((r) => [r.sheets, r.year])).toEqual([[['今年'], 2024]]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        code: 'hidden-sheet',
        sheet: '去年',
        message: '读取时跳过了隐藏的工作表“去年”（隐藏的工作表不参与校验和汇总；如要读取，请在 Excel 中取消隐藏后保存）',
        messageEn: 'The hidden sheet "去年" was skipped (hidden sheets are neither validated nor consolidated; to have it read, unhide it in Excel and save)',
      },
    ]);
    // Without the flag the same two sheets are two reports (the consolidation would see two years).
    expect(recognizeWorkbook([report('去年', 2023), report('今年', 2024)]).reports.map((r) => r.year)).toEqual([2023, 2024]);
  });

  it('a workbook whose only report is hidden: no table, and the message says the sheet is hidden', () => {
    const result = recognizeWorkbook([report('年报', 2024, true)]);
    expect(result.reports).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'hidden-sheet'],
      ['error', 'no-table'],
    ]);
    expect(result.issues[1].message).toBe('工作簿中只有隐藏的工作表（“年报”），未读取；如要读取，请在 Excel 中取消隐藏后保存');
  });
});
