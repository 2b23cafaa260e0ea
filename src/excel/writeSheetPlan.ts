/// <reference types="office-js" />
/**
 * Carries out a consolidation sheet plan (src/consolidate/sheets: 汇总明细, 来源清单) on a new
 * worksheet, queued only. Values go in one matrix; formats are applied per run of equal roles in a
 * row, so the number of queued actions grows with rows, not with cells. Text is written with the
 * text number format '@' first, so a unit named "=1+1" stays text; 合计 cells get their SUM formula.
 */
import { a1, columnLetters } from '../grid/address';
import type { PlanCell, PlanRole, SheetPlan } from '../consolidate/sheets';
import type { ApiSupport } from './apiSupport';
import { areaAddress, characterWidthToPoints } from './writeLayout';

const FLAG_FILLS = { invalid: '#FFE5E5', suspect: '#FFC7CE' } as const;

function roleFormat(range: Excel.Range, role: PlanRole): void {
  const f = range.format;
  f.font.name = '仿宋';
  f.font.size = role === 'title' ? 14 : 10;
  f.font.bold = role === 'title' || role === 'header' || role === 'total';
  if (role === 'status-bad') f.font.color = '#9C0006';
  f.verticalAlignment = 'Center' as Excel.VerticalAlignment;
  f.horizontalAlignment = (role === 'header' ? 'Center' : role === 'value' || role === 'total' ? 'Right' : 'Left') as Excel.HorizontalAlignment;
  if (role === 'header') {
    f.fill.color = '#F2F2F2';
    f.wrapText = true;
  }
  if (role !== 'title' && role !== 'info') {
    for (const e of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical']) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = 'Continuous' as Excel.BorderLineStyle;
      b.weight = 'Thin' as Excel.BorderWeight;
      b.color = '#000000';
    }
  }
}

function roleOf(cell: PlanCell): PlanRole | null {
  return cell === null ? null : cell.role;
}

/** Queue `plan` on `sheet` (new and empty). No sync. */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, api: ApiSupport): void {
  const width = plan.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const height = plan.rows.length;
  if (width === 0 || height === 0) return;
  const last = columnLetters(width - 1);
  const numberFormats: string[][] = [];
  const values: Array<Array<string | number>> = [];
  const sums: Array<{ address: string; formula: string }> = [];
  plan.rows.forEach((row, r) => {
    const nf: string[] = [];
    const v: Array<string | number> = [];
    for (let c = 0; c < width; c++) {
      const cell = c < row.length ? row[c] : null;
      if (cell === null || cell === undefined) {
        nf.push('General');
        v.push('');
      } else if ('text' in cell) {
        nf.push('@');
        v.push(cell.text);
      } else if ('number' in cell) {
        nf.push('General');
        v.push(cell.number);
      } else {
        nf.push('General');
        v.push(cell.value);
        const col = columnLetters(c);
        sums.push({ address: a1(r, c), formula: `=SUM(${col}${cell.sum.top + 1}:${col}${cell.sum.bottom + 1})` });
      }
    }
    numberFormats.push(nf);
    values.push(v);
  });
  const all = sheet.getRange(`A1:${last}${height}`);
  all.numberFormat = numberFormats;
  all.values = values as unknown as never[][];
  for (const s of sums) sheet.getRange(s.address).formulas = [[s.formula]];

  // Formats by runs of one role within a row; flagged figures get their fill cell by cell (few).
  plan.rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      if (c < row.length && roleOf(row[c]) === roleOf(row[start])) continue;
      const role = roleOf(row[start]);
      if (role !== null) roleFormat(sheet.getRange(areaAddress({ top: r, left: start, bottom: r, right: c - 1 })), role);
      start = c;
    }
    row.forEach((cell, c) => {
      if (cell !== null && 'number' in cell && cell.flag) sheet.getRange(a1(r, c)).format.fill.color = FLAG_FILLS[cell.flag];
    });
  });
  for (const m of plan.merges) {
    const range = sheet.getRange(areaAddress(m));
    if (api.merge) range.merge(false);
    else if (m.top === m.bottom) range.format.horizontalAlignment = 'CenterAcrossSelection' as Excel.HorizontalAlignment;
  }
  plan.widths.forEach((w, c) => {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = characterWidthToPoints(w);
  });
  if (api.freezePanes && (plan.frozen.rows > 0 || plan.frozen.columns > 0)) {
    if (plan.frozen.columns === 0) sheet.freezePanes.freezeRows(plan.frozen.rows);
    else if (plan.frozen.rows === 0) sheet.freezePanes.freezeColumns(plan.frozen.columns);
    else sheet.freezePanes.freezeAt(sheet.getRange(areaAddress({ top: 0, left: 0, bottom: plan.frozen.rows - 1, right: plan.frozen.columns - 1 })));
  }
}
