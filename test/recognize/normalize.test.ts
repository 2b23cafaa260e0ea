import { chineseNumeralValue, normalizeLabel, parseLabel, splitParentheticalTail } from '../../src/recognize/normalize';
import { getFormat, getTable } from '../../src/formats';

const t3 = getTable(getFormat('2021'), 't3_applications');
const t2019 = getTable(getFormat('2019'), 't2_art20_5');
const rowLabel = (code: string): string => t3.rows.filter((r) => r.code === code)[0].label;

describe('normalizeLabel', () => {
  // Each case: a way a real sheet writes a label → the same normal form as the official label.
  const same: Array<[string, string, string]> = [
    ['full-width brackets → half-width', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', rowLabel('r3_2_partial')],
    ['ideographic space, NBSP and line breaks removed', '一、本年新收政府信息\u3000公开申请\u00a0数量\n', rowLabel('r1_new')],
    ['"1、" = "1."', '1、属于国家秘密', rowLabel('r3_3_1_secret')],
    ['"1．" (full-width full stop) = "1."', '1．属于国家秘密', rowLabel('r3_3_1_secret')],
    ['straight quotes = curly quotes', '3.危及"三安全一稳定"', rowLabel('r3_3_3_security')],
    ['no quotes at all', '3.危及三安全一稳定', rowLabel('r3_3_3_security')],
    ['full-width slash', '本年增／减', t2019.columns.filter((c) => c.code === 'c_delta')[0].label],
    ['CRLF inside a header', '本年\r\n增/减', t2019.columns.filter((c) => c.code === 'c_delta')[0].label],
    ['circled number', '①属于国家秘密', rowLabel('r3_3_1_secret')],
    ['trailing colon', `${t2019.columns[0].label}：`, t2019.columns[0].label],
  ];
  it.each(same)('%s', (_what, typed, official) => {
    expect(normalizeLabel(typed)).toBe(normalizeLabel(official));
  });

  it('gives the concrete normal form', () => {
    expect(normalizeLabel(rowLabel('r3_2_partial'))).toBe('(二)部分公开(区分处理的,只计这一情形,不计其他情形)');
    expect(normalizeLabel(rowLabel('r3_3_3_security'))).toBe('3.危及三安全一稳定');
    expect(normalizeLabel('行政复议-结果维持')).toBe('行政复议结果维持');
    expect(normalizeLabel('三、本年度办理结果')).toBe('三.本年度办理结果');
  });

  it('keeps what changes meaning', () => {
    expect(normalizeLabel('规范性文件')).not.toBe(normalizeLabel('行政规范性文件'));
    expect(normalizeLabel('（三）不予公开小计')).not.toBe(normalizeLabel('（三）不予公开'));
  });
});

describe('parseLabel', () => {
  it('splits leading enumerators into segments', () => {
    expect(parseLabel('（三）1.属于国家秘密').segments).toEqual([
      { ordinal: 3, ordinalKind: 'P', body: '' },
      { ordinal: 1, ordinalKind: 'D', body: '属于国家秘密' },
    ]);
    expect(parseLabel('三、本年度办理结果').segments).toEqual([{ ordinal: 3, ordinalKind: 'T', body: '本年度办理结果' }]);
    expect(parseLabel('规章').segments).toEqual([{ body: '规章' }]);
  });

  it('splits inside the text only when asked', () => {
    expect(parseLabel('（三）不予公开1.属于国家秘密').segments).toHaveLength(1);
    expect(parseLabel('（三）不予公开 1.属于国家秘密', true).segments).toEqual([
      { ordinal: 3, ordinalKind: 'P', body: '不予公开' },
      { ordinal: 1, ordinalKind: 'D', body: '属于国家秘密' },
    ]);
  });

  it('does not take a year or a decimal for an enumerator', () => {
    expect(parseLabel('2019年').segments).toEqual([{ body: '2019年' }]);
    expect(parseLabel('1.5万元').segments).toEqual([{ body: '1.5万元' }]);
    expect(parseLabel('上一年项目数量(指2019年事项数)', true).segments).toEqual([{ body: '上一年项目数量(指2019年事项数)' }]);
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumeralValue('一'), chineseNumeralValue('十'), chineseNumeralValue('十二'), chineseNumeralValue('二十')]).toEqual([1, 10, 12, 20]);
    expect(chineseNumeralValue('类')).toBeUndefined();
  });
});

describe('splitParentheticalTail', () => {
  it('splits the trailing clause', () => {
    expect(splitParentheticalTail('本年收费金额(单位:万元)')).toEqual({ head: '本年收费金额', tail: '(单位:万元)' });
    expect(splitParentheticalTail('规章')).toEqual({ head: '规章', tail: '' });
    expect(splitParentheticalTail('(本列数据)')).toEqual({ head: '(本列数据)', tail: '' });
  });
});
