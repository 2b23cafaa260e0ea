/** The reason given for an input that holds no official table (kept free of ExcelJS: the task pane's start-up code uses it). */
import type { RecognitionIssue } from '../recognize/types';

/**
 * Why a workbook or sheet gave no report, from its recognition issues: the errors (no table), then what
 * explains them (hidden sheets skipped); "未找到官方统计表" when recognition said nothing.
 */
export function noTableReason(issues: readonly RecognitionIssue[]): { zh: string; en: string } {
  const ordered = issues.filter((i) => i.severity === 'error').concat(issues.filter((i) => i.severity !== 'error'));
  return ordered.length > 0
    ? { zh: ordered.map((i) => i.message).join('；'), en: ordered.map((i) => i.messageEn).join('; ') }
    : { zh: '未找到官方统计表', en: 'no official table found' };
}
