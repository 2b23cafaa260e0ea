/**
 * The tables both formats share: 表三 (identical but for its （六）其他处理 rows) and 表四 (identical), and the six
 * section headings. Labels verbatim from shared/formats/formats.md §1, §3, §4 (checked against formats.json by
 * test/formats).
 */
import type { RowDef, TableDef } from './types';

/** Section headings of the report, identical in 国办公开办函〔2019〕60号 and 〔2021〕30号. */
export const SECTION_HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];

/**
 * 表三 收到和处理政府信息公开申请情况 with the format's （六）其他处理 rows (2019: one data row; 2021: a group of
 * three sub-items), placed before （七）总计 as in both formats.
 */
export function applicationsTable(otherOutcomeRows: readonly RowDef[]): TableDef {
  return {
    id: "t3_applications",
    section: "三、收到和处理政府信息公开申请情况",
    title: "收到和处理政府信息公开申请情况",
    columns: [
      { code: "c_applicant", label: "申请人情况", isData: false },
      { code: "c_natural", label: "自然人", parent: "c_applicant", isData: true, kind: "count", unit: "件" },
      { code: "c_legal", label: "法人或其他组织", parent: "c_applicant", isData: false },
      { code: "c_commercial", label: "商业企业", parent: "c_legal", isData: true, kind: "count", unit: "件" },
      { code: "c_research", label: "科研机构", parent: "c_legal", isData: true, kind: "count", unit: "件" },
      { code: "c_social", label: "社会公益组织", parent: "c_legal", isData: true, kind: "count", unit: "件" },
      { code: "c_legalsvc", label: "法律服务机构", parent: "c_legal", isData: true, kind: "count", unit: "件" },
      { code: "c_other", label: "其他", parent: "c_legal", isData: true, kind: "count", unit: "件" },
      { code: "c_total", label: "总计", parent: "c_applicant", isData: true, kind: "count", unit: "件", isTotal: true },
    ],
    rows: [
      { code: "r1_new", label: "一、本年新收政府信息公开申请数量", isData: true },
      { code: "r2_carryin", label: "二、上年结转政府信息公开申请数量", isData: true },
      { code: "r3_results", label: "三、本年度办理结果", isData: false },
      { code: "r3_1_open", label: "（一）予以公开", parent: "r3_results", isData: true },
      { code: "r3_2_partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", parent: "r3_results", isData: true },
      { code: "r3_3_denied", label: "（三）不予公开", parent: "r3_results", isData: false },
      { code: "r3_3_1_secret", label: "1.属于国家秘密", parent: "r3_3_denied", isData: true },
      { code: "r3_3_2_lawban", label: "2.其他法律行政法规禁止公开", parent: "r3_3_denied", isData: true },
      { code: "r3_3_3_security", label: "3.危及“三安全一稳定”", parent: "r3_3_denied", isData: true },
      { code: "r3_3_4_thirdparty", label: "4.保护第三方合法权益", parent: "r3_3_denied", isData: true },
      { code: "r3_3_5_internal", label: "5.属于三类内部事务信息", parent: "r3_3_denied", isData: true },
      { code: "r3_3_6_process", label: "6.属于四类过程性信息", parent: "r3_3_denied", isData: true },
      { code: "r3_3_7_enforce", label: "7.属于行政执法案卷", parent: "r3_3_denied", isData: true },
      { code: "r3_3_8_query", label: "8.属于行政查询事项", parent: "r3_3_denied", isData: true },
      { code: "r3_4_unable", label: "（四）无法提供", parent: "r3_results", isData: false },
      { code: "r3_4_1_nothold", label: "1.本机关不掌握相关政府信息", parent: "r3_4_unable", isData: true },
      { code: "r3_4_2_needmake", label: "2.没有现成信息需要另行制作", parent: "r3_4_unable", isData: true },
      { code: "r3_4_3_unclear", label: "3.补正后申请内容仍不明确", parent: "r3_4_unable", isData: true },
      { code: "r3_5_noprocess", label: "（五）不予处理", parent: "r3_results", isData: false },
      { code: "r3_5_1_petition", label: "1.信访举报投诉类申请", parent: "r3_5_noprocess", isData: true },
      { code: "r3_5_2_repeat", label: "2.重复申请", parent: "r3_5_noprocess", isData: true },
      { code: "r3_5_3_publication", label: "3.要求提供公开出版物", parent: "r3_5_noprocess", isData: true },
      { code: "r3_5_4_massive", label: "4.无正当理由大量反复申请", parent: "r3_5_noprocess", isData: true },
      { code: "r3_5_5_confirm", label: "5.要求行政机关确认或重新出具已获取信息", parent: "r3_5_noprocess", isData: true },
      ...otherOutcomeRows,
      { code: "r3_7_total", label: "（七）总计", parent: "r3_results", isData: true, isTotal: true },
      { code: "r4_carryout", label: "四、结转下年度继续办理", isData: true },
    ],
    balance: {
      note: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      lhs: ['r1_new', 'r2_carryin'],
      rhs: ['r3_7_total', 'r4_carryout'],
    },
  };
}

/** 表四 政府信息公开行政复议、行政诉讼情况 (formats.md §4), identical in both formats. */
export const reviewLitigationTable: TableDef = {
  id: "t4_review_litigation",
  section: "四、政府信息公开行政复议、行政诉讼情况",
  title: "政府信息公开行政复议、行政诉讼情况",
  columns: [
    { code: "c_review", label: "行政复议", isData: false },
    { code: "c_review_upheld", label: "结果维持", parent: "c_review", isData: true, kind: "count", unit: "件" },
    { code: "c_review_corrected", label: "结果纠正", parent: "c_review", isData: true, kind: "count", unit: "件" },
    { code: "c_review_other", label: "其他结果", parent: "c_review", isData: true, kind: "count", unit: "件" },
    { code: "c_review_pending", label: "尚未审结", parent: "c_review", isData: true, kind: "count", unit: "件" },
    { code: "c_review_total", label: "总计", parent: "c_review", isData: true, kind: "count", unit: "件", isTotal: true },
    { code: "c_litigation", label: "行政诉讼", isData: false },
    { code: "c_lit_direct", label: "未经复议直接起诉", parent: "c_litigation", isData: false },
    { code: "c_lit_direct_upheld", label: "结果维持", parent: "c_lit_direct", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_direct_corrected", label: "结果纠正", parent: "c_lit_direct", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_direct_other", label: "其他结果", parent: "c_lit_direct", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_direct_pending", label: "尚未审结", parent: "c_lit_direct", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_direct_total", label: "总计", parent: "c_lit_direct", isData: true, kind: "count", unit: "件", isTotal: true },
    { code: "c_lit_after", label: "复议后起诉", parent: "c_litigation", isData: false },
    { code: "c_lit_after_upheld", label: "结果维持", parent: "c_lit_after", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_after_corrected", label: "结果纠正", parent: "c_lit_after", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_after_other", label: "其他结果", parent: "c_lit_after", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_after_pending", label: "尚未审结", parent: "c_lit_after", isData: true, kind: "count", unit: "件" },
    { code: "c_lit_after_total", label: "总计", parent: "c_lit_after", isData: true, kind: "count", unit: "件", isTotal: true },
  ],
  rows: [
    { code: "r_count", label: "", isData: true },
  ],
};
