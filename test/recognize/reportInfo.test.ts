/** The 填报单位 line and the report year around the tables. */
import { readSheetInfo } from '../../src/recognize/reportInfo';
import { SheetView } from '../../src/recognize/sheetView';
import { sheet } from './gridBuilder';

const info = (build: (b: ReturnType<typeof sheet>) => unknown) => {
  const b = sheet('S');
  build(b);
  const read = readSheetInfo(new SheetView(b.build()));
  return { units: read.units.map((u) => [u.value, u.address, u.source]), years: read.years.map((y) => [y.value, y.address, y.source]) };
};

describe('unit', () => {
  it.each([
    ['the 填报单位 line', '填报单位：淮安市财政局', '淮安市财政局'],
    ['with a half-width colon and spaces', '填报单位: 淮安市 财政局 ', '淮安市 财政局'],
    ['with （盖章）', '填报单位（盖章）：某某县教育局', '某某县教育局'],
    ['followed by other fields on the line', '填报单位：某某县教育局    填报人：李四   联系电话：12345', '某某县教育局'],
    ['followed by a field after an ideographic space', '填报单位：某某县教育局\u3000填报日期：2025年1月10日', '某某县教育局'],
    ['spaced key', '填 报 单 位：某某镇人民政府', '某某镇人民政府'],
    ['control characters (an escape sequence, a bell) are not part of the name', '填报单位：\u001b[31m某某县\u0007教育局\u009b', '[31m某某县 教育局'],
  ])('%s', (_what, text, unit) => {
    expect(info((b) => b.at('A2', text)).units).toEqual([[unit, 'S!A2', 'line']]);
  });

  it('a name in the next cell is cleaned and bounded too', () => {
    expect(info((b) => b.at('A2', '填报单位：').at('B2', `某某县\u0085${'局'.repeat(300)}`)).units).toEqual([[`某某县 ${'局'.repeat(195)}…`, 'S!A2', 'line']]);
  });

  it('takes the name from the next cell when the line has only the key', () => {
    expect(info((b) => b.at('A2', '填报单位：').at('C2', '某某县审计局').at('E2', '填报人：王五')).units).toEqual([['某某县审计局', 'S!A2', 'line']]);
    expect(info((b) => b.at('A2', '填报单位：').at('B2', '填报人：王五')).units).toEqual([]);
  });

  it('takes a title’s text before the year as a unit of source "title"', () => {
    expect(info((b) => b.at('A1', '海东市 2019 年度政府信息公开 工作情况报告')).units).toEqual([['海东市', 'S!A1', 'title']]);
  });
});

describe('year', () => {
  it.each([
    ['a report title', '淮安市人民政府2024年政府信息公开工作年度报告', 2024, 'title'],
    ['a statistics title with 年度', 'XX局2023年度政府信息公开工作年度报告统计表', 2023, 'title'],
    ['a cell holding only the year', '（2022年度）', 2022, 'title'],
    ['a 报告年度 field', '报告年度：2021', 2021, 'line'],
  ])('%s', (_what, text, year, source) => {
    expect(info((b) => b.at('B1', text)).years).toEqual([[year, 'S!B1', source]]);
  });

  it('ignores prose and dates that are not a report year', () => {
    const text = '2019年，全市共收到依申请公开235件，按时规范答复235件，在政府信息公开工作中做到了应公开尽公开，并在年度报告中予以说明。';
    expect(info((b) => b.at('A1', text).at('A2', '填报日期：2025年1月10日')).years).toEqual([]);
  });
});
