/**
 * The look of the template, role by role.
 *
 * Fonts: the title is 宋体 bold; section headings 黑体 (the usual first-level heading font of
 * government documents); everything in the tables is 仿宋. We name 仿宋 rather than 仿宋_GB2312:
 * 仿宋 (simfang.ttf) ships with every Windows since Vista and with WPS, while 仿宋_GB2312 is an
 * optional install on Windows 10/11 and a spreadsheet cell can name only one font (no fallback list).
 */
import type { CellStyle, StyleRole } from './types';

/** Fill of the cells a user types into (light yellow, prints as a faint grey). */
export const INPUT_FILL = 'FFF9DB';
/** Fill of the 总计 cells a user types into (light blue: typed too, but checked live). */
export const TOTAL_FILL = 'E3EEF9';
/** Fill of header cells. */
export const HEADER_FILL = 'F2F2F2';

/** Light red fill and dark red text: the conditional format of a failing check. */
export const ALERT_STYLE = { fill: 'FFC7CE', fontColor: '9C0006' } as const;

const BODY_FONT = '仿宋';
const BODY_SIZE = 10.5;
const HEADER_SIZE = 10;

/** Style of every role. */
export const ROLE_STYLES: Readonly<Record<StyleRole, CellStyle>> = {
  title: { font: { name: '宋体', size: 18, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'none', locked: true },
  subtitle: { font: { name: BODY_FONT, size: 11 }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'none', locked: true },
  fieldLabel: { font: { name: BODY_FONT, size: 11 }, horizontal: 'right', vertical: 'bottom', wrap: false, border: 'none', locked: true },
  fieldInput: { font: { name: BODY_FONT, size: 11 }, horizontal: 'left', vertical: 'bottom', wrap: false, border: 'bottom', fill: INPUT_FILL, locked: false },
  sectionHeading: { font: { name: '黑体', size: 12 }, horizontal: 'left', vertical: 'bottom', wrap: false, border: 'none', locked: true },
  caption: { font: { name: BODY_FONT, size: BODY_SIZE, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', fill: HEADER_FILL, locked: true },
  // 10 pt keeps six-character headers (社会公益组织, 法律服务机构) on one line in a figure column.
  header: { font: { name: BODY_FONT, size: HEADER_SIZE, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', fill: HEADER_FILL, locked: true },
  note: { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', fill: HEADER_FILL, locked: true },
  rowLabel: { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'left', vertical: 'middle', wrap: true, border: 'thin', locked: true },
  groupLabel: { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', locked: true },
  input: { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'center', vertical: 'middle', wrap: false, border: 'thin', fill: INPUT_FILL, locked: false },
  total: { font: { name: BODY_FONT, size: BODY_SIZE, bold: true }, horizontal: 'center', vertical: 'middle', wrap: false, border: 'thin', fill: TOTAL_FILL, locked: false },
  marker: { font: { name: 'Arial', size: 8, color: '808080' }, horizontal: 'left', vertical: 'top', wrap: false, border: 'none', locked: true },
};
