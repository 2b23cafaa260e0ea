import { applicationsTable, reviewLitigationTable, SECTION_HEADINGS } from './sharedTables';
import type { FormatDef } from './types';

/**
 * Format 2021: 国办公开办函〔2021〕30号
 * 国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知
 * Labels copied verbatim from shared/formats/formats.md (checked against formats.json by test/formats).
 */
export const format2021: FormatDef = {
  id: "2021",
  source: "国办公开办函〔2021〕30号",
  document: "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
  firstReportYear: 2021,
  sectionHeadings: SECTION_HEADINGS,
  tables: [
    {
      id: "t2_art20_1",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（一）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_issued", label: "本年制发件数", isData: true, kind: "count", unit: "件" },
        { code: "c_repealed", label: "本年废止件数", isData: true, kind: "count", unit: "件" },
        { code: "c_valid", label: "现行有效件数", isData: true, kind: "count", unit: "件" },
      ],
      rows: [
        { code: "r_rules", label: "规章", isData: true },
        { code: "r_normative", label: "行政规范性文件", isData: true },
      ],
    },
    {
      id: "t2_art20_5",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（五）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_decisions", label: "本年处理决定数量", isData: true, kind: "count", unit: "件" },
      ],
      rows: [
        { code: "r_license", label: "行政许可", isData: true },
      ],
    },
    {
      id: "t2_art20_6",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（六）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_decisions", label: "本年处理决定数量", isData: true, kind: "count", unit: "件" },
      ],
      rows: [
        { code: "r_penalty", label: "行政处罚", isData: true },
        { code: "r_coercion", label: "行政强制", isData: true },
      ],
    },
    {
      id: "t2_art20_8",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（八）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_fee_amount", label: "本年收费金额（单位：万元）", isData: true, kind: "amount", unit: "万元" },
      ],
      rows: [
        { code: "r_fees", label: "行政事业性收费", isData: true },
      ],
    },
    applicationsTable([
      { code: "r3_6_other", label: "（六）其他处理", parent: "r3_results", isData: false },
      { code: "r3_6_1_nocorrect", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", parent: "r3_6_other", isData: true },
      { code: "r3_6_2_nofee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", parent: "r3_6_other", isData: true },
      { code: "r3_6_3_other", label: "3.其他", parent: "r3_6_other", isData: true },
    ]),
    reviewLitigationTable,
  ],
};
