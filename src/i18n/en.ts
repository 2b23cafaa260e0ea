/** English messages. Official labels stay Chinese: they arrive as parameters from src/formats. */
import type { MessageKey } from './zh';

export const en: Record<MessageKey, string> = {
  'cell.name': '{{label}}',
  'cell.nameWithAddress': '{{label}} ({{address}})',
  'cell.blank': 'blank',

  'rules.quote.groupItems': 'all items of {{label}}',

  'rules.row-total':
    '{{cell}}: the row total must equal the sum of its items ({{rule}}). The items add up to {{expected}}, the total reads {{found}}, a difference of {{difference}}.',
  'rules.column-total':
    '{{cell}}: the column total must equal the sum of its items ({{rule}}). The items add up to {{expected}}, the total reads {{found}}, a difference of {{difference}}.',
  'rules.balance':
    'Column “{{column}}” breaks the rule stated in the table header {{note}}, i.e. {{rule}}: items one and two add up to {{found}}, items three and four to {{expected}}, a difference of {{difference}}.',
  'rules.total-blank': '{{cell}}: the total is blank but its items add up to {{expected}} ({{rule}}). Fill in the total.',

  'rules.report-blank': 'Every figure of the report is blank: the tables seem not to have been filled in. Enter 0 for what did not happen; a blank report should not replace a filled-in one in a consolidation.',
  'rules.suggestion':
    'Suggestion: change {{cell}} from {{from}} to {{to}}. This one change makes every broken rule of the table hold and breaks none that hold.',
  'rules.suggestion.fill': 'Suggestion: enter {{to}} in {{cell}}.',

  'values.value-text': '{{cell}}: “{{text}}” is not a number and cannot be read. Enter a number; enter 0 for none.',
  'values.value-error': '{{cell}}: the cell shows the error value {{text}} and cannot be read. Fix the formula or enter a number.',
  'values.value-formula-uncached':
    '{{cell}}: the formula “{{text}}” has no saved result and is not read as 0. Open and save the file once in Excel or WPS, or enter a number.',
  'values.value-boolean': '{{cell}}: the logical value “{{text}}” is not a number.',
  'values.value-date': '{{cell}}: “{{text}}” is a date, not a number; the cell may be formatted as a date.',
  'values.value-unit': '{{cell}}: “{{text}}” carries the unit “{{found}}”, which does not fit this column’s unit “{{unit}}”; not read.',
  'values.value-not-whole': '{{cell}}: a count must be a whole number; “{{text}}” has decimals.',
  'values.value-negative': '{{cell}}: this column cannot be negative; “{{text}}” is below 0.',
  'values.value-too-large': '{{cell}}: “{{text}}” is too large to be read exactly.',
  'values.value-placeholder': '{{cell}}: “{{text}}” was read as 0. Enter 0 for none.',
  'values.value-unit-converted':
    '{{cell}}: “{{text}}” was converted to {{value}} {{unit}} (this column is in {{unit}}). Check it, and enter the figure in {{unit}}.',
  'values.value-precision':
    '{{cell}}: “{{text}}” has more than 6 decimals, finer than one fen (0.000001 {{unit}}); check the unit.',
  'values.sheet-missing': '{{cell}}: its sheet “{{sheet}}” was not provided and cannot be read.',
};
