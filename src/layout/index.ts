/**
 * src/layout: format → a host-neutral plan of the template worksheet (pure data; no ExcelJS, no Node).
 * Hosts: src/xlsx (ExcelJS) and src/excel (Office.js).
 */
export * from './types';
export { buildLayout } from './buildLayout';
export type { LayoutOptions } from './buildLayout';
export { locateInLayout } from './locate';
export { readMarker, parseMarker, markerText, MARKER_PREFIX, TEMPLATE_VERSION } from './marker';
export { deriveTotals, deriveBalance } from './totals';
export { ROLE_STYLES, ALERT_STYLE, INPUT_FILL, TOTAL_FILL, HEADER_FILL } from './styles';
export { FIELD_LABELS, TEMPLATE_SHEET_NAME, titleText, subtitleText, cleanUnitName } from './templateText';
export { sumArguments } from './liveChecks';
