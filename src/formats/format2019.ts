import { applicationsTable, reviewLitigationTable, SECTION_HEADINGS } from './sharedTables';
import type { FormatDef } from './types';

/**
 * Format 2019: 国办公开办函〔2019〕60号
 * 国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知（附《中华人民共和国政府信息公开工作年度报告格式（试行）》）
 * Labels copied verbatim from shared/formats/formats.md (checked against formats.json by test/formats).
 */
export const format2019: FormatDef = {
  id: "2019",
  source: "国办公开办函〔2019〕60号",
  document: "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知（附《中华人民共和国政府信息公开工作年度报告格式（试行）》）",
  firstReportYear: 2019,
  lastReportYear: 2020,
  sectionHeadings: SECTION_HEADINGS,
  tables: [
    {
      id: "t2_art20_1",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（一）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_made", label: "本年新制作数量", isData: true, kind: "count", unit: "件" },
        { code: "c_published", label: "本年新公开数量", isData: true, kind: "count", unit: "件" },
        { code: "c_total_public", label: "对外公开总数量", isData: true, kind: "count", unit: "件" },
      ],
      rows: [
        { code: "r_rules", label: "规章", isData: true },
        { code: "r_normative", label: "规范性文件", isData: true },
      ],
    },
    {
      id: "t2_art20_5",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（五）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_prev_items", label: "上一年项目数量", isData: true, kind: "count", unit: "项" },
        { code: "c_delta", label: "本年增/减", isData: true, kind: "signedCount", unit: "项" },
        { code: "c_decisions", label: "处理决定数量", isData: true, kind: "count", unit: "件" },
      ],
      rows: [
        { code: "r_license", label: "行政许可", isData: true },
        { code: "r_other_services", label: "其他对外管理服务事项", isData: true },
      ],
    },
    {
      id: "t2_art20_6",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（六）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_prev_items", label: "上一年项目数量", isData: true, kind: "count", unit: "项" },
        { code: "c_delta", label: "本年增/减", isData: true, kind: "signedCount", unit: "项" },
        { code: "c_decisions", label: "处理决定数量", isData: true, kind: "count", unit: "件" },
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
        { code: "c_prev_items", label: "上一年项目数量", isData: true, kind: "count", unit: "项" },
        { code: "c_delta", label: "本年增/减", isData: true, kind: "signedCount", unit: "项" },
      ],
      rows: [
        { code: "r_fees", label: "行政事业性收费", isData: true },
      ],
    },
    {
      id: "t2_art20_9",
      section: "二、主动公开政府信息情况",
      title: "第二十条第（九）项",
      columns: [
        { code: "c_item", label: "信息内容", isData: false },
        { code: "c_proc_count", label: "采购项目数量", isData: true, kind: "count", unit: "件" },
        { code: "c_proc_amount", label: "采购总金额", isData: true, kind: "amount", unit: "万元" },
      ],
      rows: [
        { code: "r_central_proc", label: "政府集中采购", isData: true },
      ],
    },
    applicationsTable([
      { code: "r3_6_other", label: "（六）其他处理", parent: "r3_results", isData: true },
    ]),
    reviewLitigationTable,
  ],
};
