import { getFormat, getTable } from '../../src/formats';
import { labelIndex } from '../../src/recognize/labelIndex';
import { parseLabel } from '../../src/recognize/normalize';

const index = labelIndex();
const t3 = getTable(getFormat('2021'), 't3_applications');
const label = (code: string): string => t3.rows.filter((r) => r.code === code)[0].label;

/** Codes of the 2021 表三 rows a text names. */
function t3Rows(text: string): string[] {
  return index
    .matchRowText(text)
    .filter((m) => m.target.format === '2021' && m.target.table === 't3_applications')
    .map((m) => m.target.row.code);
}

function columns(text: string, format: '2019' | '2021', table: string): string[] {
  return index
    .matchColumn(parseLabel(text))
    .filter((m) => m.target.format === format && m.target.table === table)
    .map((m) => m.target.column.code);
}

describe('row labels', () => {
  it.each([
    ['the official label', label('r3_2_partial'), 'r3_2_partial'],
    ['without the parenthetical clause', '（二）部分公开', 'r3_2_partial'],
    ['half-width, without the clause', '(二)部分公开', 'r3_2_partial'],
    ['group ordinal flattened in front', '（三）1.属于国家秘密', 'r3_3_1_secret'],
    ['group label and item in one cell', '（三）不予公开 1.属于国家秘密', 'r3_3_1_secret'],
    ['group label glued to the item', '（三）不予公开1.属于国家秘密', 'r3_3_1_secret'],
    ['item without its number', '属于国家秘密', 'r3_3_1_secret'],
    ['"1、" numbering of the 2021 PDF', '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'r3_6_1_nocorrect'],
    ['vertical group and item together', '三、本年度办理结果（一）予以公开', 'r3_1_open'],
    ['line breaks inside', '5.要求行政机关确认或\n重新出具已获取信息', 'r3_5_5_confirm'],
  ])('%s: %s', (_what, text, code) => {
    expect(t3Rows(text)).toEqual([code]);
  });

  it.each([
    ['a subtotal row', '（三）不予公开小计'],
    ['a wrong item number', '2.属于国家秘密'],
    ['a wrong group number', '（四）1.属于国家秘密'],
    ['a label cut short', '（五）不予'],
    ['a bare enumerator', '（三）'],
    ['prose mentioning a label', '本年度予以公开的申请'],
  ])('does not match %s: %s', (_what, text) => {
    expect(t3Rows(text)).toEqual([]);
  });

  it('names the groups a flattened label carries', () => {
    const m = index.matchRowText('（三）1.属于国家秘密').filter((x) => x.target.format === '2021')[0];
    expect(m.namedGroups).toEqual(['r3_3_denied']);
    expect(m.hasOrdinal).toBe(true);
  });

  it('marks 其他 and 总计 without enumerator as weak (also column labels)', () => {
    const other = index.matchRowText('其他').filter((x) => x.target.format === '2021' && x.target.table === 't3_applications')[0];
    expect(other.target.row.code).toBe('r3_6_3_other');
    expect(other.target.sharesColumnText).toBe(true);
    expect(other.hasOrdinal).toBe(false);
    const total = index.matchRowText('（七）总计').filter((x) => x.target.format === '2021')[0];
    expect(total.hasOrdinal).toBe(true);
  });

  it('tells 2019 from 2021 labels apart', () => {
    const formats = (text: string): string[] => index.matchRowText(text).map((m) => `${m.target.format}/${m.target.table}`);
    expect(formats('规范性文件')).toEqual(['2019/t2_art20_1']);
    expect(formats('行政规范性文件')).toEqual(['2021/t2_art20_1']);
    expect(formats('其他对外管理服务事项')).toEqual(['2019/t2_art20_5']);
  });
});

describe('column labels', () => {
  it('matches unique and shared labels', () => {
    expect(columns('自然人', '2021', 't3_applications')).toEqual(['c_natural']);
    expect(columns('结果维持', '2021', 't4_review_litigation')).toEqual(['c_review_upheld', 'c_lit_direct_upheld', 'c_lit_after_upheld']);
  });

  it('matches a header that writes its groups in front', () => {
    expect(columns('行政复议-结果维持', '2021', 't4_review_litigation')).toEqual(['c_review_upheld']);
    expect(columns('复议后起诉—总计', '2021', 't4_review_litigation')).toEqual(['c_lit_after_total']);
    expect(columns('行政诉讼 结果纠正', '2021', 't4_review_litigation')).toEqual(['c_lit_direct_corrected', 'c_lit_after_corrected']);
    expect(columns('法人或其他组织 商业企业', '2019', 't3_applications')).toEqual(['c_commercial']);
  });

  it('matches 本年增/减 written with a full-width slash and 本年收费金额 without its unit', () => {
    expect(columns('本年增／减', '2019', 't2_art20_5')).toEqual(['c_delta']);
    const fee = index.matchColumn(parseLabel('本年收费金额')).filter((m) => m.target.format === '2021');
    expect(fee.map((m) => [m.target.column.code, m.variant])).toEqual([['c_fee_amount', false]]);
  });

  it('flags a changed unit clause as a variant', () => {
    const fee = index.matchColumn(parseLabel('本年收费金额（单位：元）')).filter((m) => m.target.format === '2021');
    expect(fee.map((m) => [m.target.column.code, m.variant])).toEqual([['c_fee_amount', true]]);
  });

  it('does not mix 2019 and 2021 column labels', () => {
    expect(columns('处理决定数量', '2021', 't2_art20_5')).toEqual([]);
    expect(columns('本年处理决定数量', '2019', 't2_art20_5')).toEqual([]);
  });
});

describe('captions', () => {
  it('matches 第二十条第（X）项 with or without brackets and spaces', () => {
    const tables = (text: string): string[] => index.matchCaption(parseLabel(text)).map((c) => `${c.format}/${c.table}`).sort();
    expect(tables('第二十条第(一)项')).toEqual(['2019/t2_art20_1', '2021/t2_art20_1']);
    expect(tables('第二十条 第（九）项')).toEqual(['2019/t2_art20_9']);
    expect(tables('第二十条第八项')).toEqual(['2019/t2_art20_8', '2021/t2_art20_8']);
  });
});
