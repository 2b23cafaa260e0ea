/**
 * The hidden template marker: which format and template version a sheet follows.
 *
 * Decision: the marker is TEXT IN A CELL of a hidden column right of the tables, e.g.
 *   nianbao-template;format=2021;v=1;unit=%E6%B5%B7%E4%B8%9C%E5%B8%82;year=2019
 * and not a defined name, a custom document property or a custom XML part, because a cell
 * - belongs to the sheet: it survives renaming the sheet and 移动或复制 into another workbook
 *   (where workbook-level names and properties are lost or clash);
 * - is read by every host with the values it reads anyway (ExcelJS cells, Office.js
 *   `usedRange.values` from ExcelApi 1.1, WPS, LibreOffice), so no extra API or round trip;
 * - is plain text a person can inspect after unhiding the column.
 * Unit names are percent-encoded so that ';' or '=' in a name cannot break the fields.
 * `readMarker` scans a whole Grid, so the marker is found wherever the cell ended up.
 */
import type { Grid, TemplateMarker } from '../grid/types';

/** Prefix that identifies our marker text. */
export const MARKER_PREFIX = 'nianbao-template;';

/** Current template version, written as `v=`. Bump when the layout changes incompatibly. */
export const TEMPLATE_VERSION = 1;

/** The marker text for a sheet. */
export function markerText(marker: TemplateMarker): string {
  const parts = [`format=${marker.format}`, `v=${marker.templateVersion}`];
  if (marker.unit !== undefined) parts.push(`unit=${encodeURIComponent(marker.unit)}`);
  if (marker.year !== undefined) parts.push(`year=${marker.year}`);
  return MARKER_PREFIX + parts.join(';');
}

/**
 * Parse one marker text. Undefined when the text is not our marker or names an unknown format
 * or version; unknown extra fields are ignored (a newer template may add some).
 */
export function parseMarker(text: string): TemplateMarker | undefined {
  const trimmed = text.trim();
  if (trimmed.indexOf(MARKER_PREFIX) !== 0) return undefined;
  const fields: Record<string, string> = {};
  for (const part of trimmed.slice(MARKER_PREFIX.length).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields[part.slice(0, eq)] = part.slice(eq + 1);
  }
  const format = fields.format;
  if (format !== '2019' && format !== '2021') return undefined;
  const version = Number(fields.v);
  if (!(version >= 1) || Math.floor(version) !== version) return undefined;
  let unit: string | undefined;
  if (fields.unit !== undefined) {
    try {
      unit = decodeURIComponent(fields.unit);
    } catch {
      unit = undefined; // a damaged unit does not make the format unknown
    }
  }
  const year = fields.year !== undefined && /^\d{4}$/.test(fields.year) ? Number(fields.year) : undefined;
  const marker: TemplateMarker = { product: 'nianbao', format, templateVersion: version };
  return { ...marker, ...(unit !== undefined ? { unit } : {}), ...(year !== undefined ? { year } : {}) };
}

/**
 * Find our template marker anywhere in a Grid (any host's). Returns the first valid marker in
 * reading order (row by row), or undefined when the sheet carries none.
 */
export function readMarker(grid: Grid): TemplateMarker | undefined {
  for (const row of grid.cells) {
    if (!row) continue;
    for (const cell of row) {
      if (cell && typeof cell.value === 'string' && cell.value.indexOf(MARKER_PREFIX) >= 0) {
        const found = parseMarker(cell.value);
        if (found) return found;
      }
    }
  }
  return undefined;
}
