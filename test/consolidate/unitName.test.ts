import { chooseUnitName, fileBaseName, unitKey, MAX_COPIED_TEXT } from '../../src/consolidate/unitName';
import { cleanText, looksLikeFormula } from '../../src/grid/cellText';
import { parseUnitList } from '../../src/consolidate/unitList';

describe('unit names', () => {
  test('names that differ only in whitespace, width or punctuation have one key', () => {
    const k = unitKey('淮安市公安局');
    expect(unitKey(' 淮安市 公安局\n')).toBe(k);
    expect(unitKey('淮安市\u3000公安局')).toBe(k);
    expect(unitKey('淮安市公安局。')).toBe(k);
    expect(unitKey('市卫生健康委（市中医药局）')).toBe(unitKey('市卫生健康委(市中医药局)'));
    expect(unitKey('ＡＢＣ１２３局')).toBe(unitKey('abc123局'));
  });

  test('words are never dropped: a different name is a different unit', () => {
    expect(unitKey('市公安局')).not.toBe(unitKey('淮安市公安局'));
    expect(unitKey('市委办公室')).not.toBe(unitKey('市委办'));
  });

  test('where a name comes from: explicit, 填报单位, file, sheet', () => {
    expect(chooseUnitName({ unit: '市审计局', reportUnit: '淮安市审计局', file: 'a/b.xlsx', sheet: 'Sheet1' })).toEqual({ name: '市审计局', source: 'explicit' });
    expect(chooseUnitName({ reportUnit: '淮安市审计局', file: 'a/b.xlsx', sheet: 'Sheet1' })).toEqual({ name: '淮安市审计局', source: 'report' });
    expect(chooseUnitName({ reportUnit: '  ', file: 'in/市统计局.xlsx', sheet: 'Sheet1' })).toEqual({ name: '市统计局', source: 'file' });
    expect(chooseUnitName({ sheet: '市体育局' })).toEqual({ name: '市体育局', source: 'sheet' });
    expect(fileBaseName('C:\\报表\\市医保局.XLSX')).toBe('市医保局');
  });

  test('every workbook extension the folder scan takes is stripped: .xlsb, .xlsm, .xls and WPS .et too', () => {
    expect(['财政局.xlsx', 'in/财政局.xlsb', '财政局.XLSM', '财政局.xls', 'C:\\收件\\财政局.et'].map(fileBaseName)).toEqual(new Array(5).fill('财政局'));
    expect(fileBaseName('财政局.docx')).toBe('财政局.docx');
  });

  test('copied text: control characters removed, length bounded; formula-like text is recognised', () => {
    expect(cleanText('市\u0000公安局\u0007 ', MAX_COPIED_TEXT)).toBe('市 公安局');
    expect(cleanText('局'.repeat(500), MAX_COPIED_TEXT).length).toBe(MAX_COPIED_TEXT);
    expect(chooseUnitName({ unit: `\t市\u0000${'局'.repeat(500)}` }).name).toBe(`市 ${'局'.repeat(MAX_COPIED_TEXT - 3)}…`);
    expect(looksLikeFormula('=HYPERLINK("http://x","点我")')).toBe(true);
    expect(looksLikeFormula('+86 电话')).toBe(true);
    expect(looksLikeFormula('@SUM(A1)')).toBe(true);
    expect(looksLikeFormula('-1')).toBe(true);
    expect(looksLikeFormula('市公安局')).toBe(false);
  });

  test('expected-units list: one per line, BOM, CRLF, blanks and # comments', () => {
    expect(parseUnitList('\ufeff# 应报单位\r\n淮安市公安局\r\n\r\n 淮安市审计局 \n')).toEqual(['淮安市公安局', '淮安市审计局']);
  });
});
