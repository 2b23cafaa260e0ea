/**
 * Chinese messages (the default language). Official labels are never written here: they arrive
 * as parameters looked up in src/formats, so a label lives in one place only.
 */
export const zh = {
  // Naming a cell: official labels, then the address when the figure came from a sheet.
  'cell.name': '{{label}}',
  'cell.nameWithAddress': '{{label}}（{{address}}）',
  'cell.blank': '空白',

  // Rule quotes. A group row or column in a sum stands for all its items.
  'rules.quote.groupItems': '{{label}}各项',

  // Identity findings. {{rule}} is the rule quoted with official labels.
  'rules.row-total':
    '{{cell}}：本行总计应等于各项之和（{{rule}}）。各项之和为 {{expected}}，总计填报为 {{found}}，相差 {{difference}}。',
  'rules.column-total':
    '{{cell}}：本列总计应等于各项之和（{{rule}}）。各项之和为 {{expected}}，总计填报为 {{found}}，相差 {{difference}}。',
  'rules.balance':
    '“{{column}}”列不符合表头注明的勾稽关系{{note}}，即 {{rule}}：第一项加第二项之和为 {{found}}，第三项加第四项之和为 {{expected}}，相差 {{difference}}。',
  'rules.total-blank': '{{cell}}：总计未填，但各项之和为 {{expected}}（{{rule}}）。请填写总计。',

  'rules.report-blank': '报表中所有数字均为空白：表格似乎尚未填写。没有发生的事项请填 0，汇总时空白表不应代替已填写的报表。',
  // Corrections proposed by error localisation.
  'rules.suggestion': '建议：将 {{cell}} 由 {{from}} 改为 {{to}}。这一处修改可使本表所有不符的规则同时成立，且不破坏已成立的规则。',
  'rules.suggestion.fill': '建议：在 {{cell}} 填写 {{to}}。',

  // Reading one cell.
  'values.value-text': '{{cell}}：“{{text}}”不是数字，无法读取。请填写数字；没有发生的事项请填 0。',
  'values.value-error': '{{cell}}：单元格显示错误值 {{text}}，无法读取。请修正公式或直接填写数字。',
  'values.value-formula-uncached':
    '{{cell}}：公式“{{text}}”没有保存计算结果，不能当作 0 读取。请在 Excel 或 WPS 中打开并保存一次，或直接填写数字。',
  'values.value-boolean': '{{cell}}：逻辑值“{{text}}”不是数字。',
  'values.value-date': '{{cell}}：“{{text}}”是日期，不是数字；可能是单元格格式被设成了日期。',
  'values.value-unit': '{{cell}}：“{{text}}”带有单位“{{found}}”，与本栏单位“{{unit}}”不符，无法读取。',
  'values.value-not-whole': '{{cell}}：件数必须是整数，“{{text}}”带有小数。',
  'values.value-negative': '{{cell}}：本栏不能为负数，“{{text}}”小于 0。',
  'values.value-too-large': '{{cell}}：“{{text}}”数值过大，无法精确读取。',
  'values.value-placeholder': '{{cell}}：“{{text}}”已按 0 读取。没有发生的事项请直接填 0。',
  'values.value-unit-converted':
    '{{cell}}：“{{text}}”已换算为 {{value}} {{unit}}（本栏单位为{{unit}}）。请核对，并直接填写以{{unit}}为单位的数字。',
  'values.value-precision':
    '{{cell}}：“{{text}}”的小数超过 6 位，比 1 分（0.000001 {{unit}}）还细，请核对单位。',
  'values.sheet-missing': '{{cell}}：所在工作表“{{sheet}}”未提供，无法读取。',
};

/** Every message key. */
export type MessageKey = keyof typeof zh;
