/** A read-only view of the sheet around a finding's cell, the cell outlined: "clicking a finding shows its cell" on files. */
import * as React from 'react';
import { IconButton, Stack, Text, useTheme } from '@fluentui/react';
import { a1, columnLetters } from '../grid/address';
import type { GridCell } from '../grid/types';
import type { CellView } from './fileWorkspace';

const AROUND_ROWS = 6;
const AROUND_COLS = 4;

function shown(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export function SheetPreview({ view, onClose, closeLabel }: { view: CellView; onClose: () => void; closeLabel: string }): JSX.Element {
  const theme = useTheme();
  const top = Math.max(0, view.row - AROUND_ROWS);
  const left = Math.max(0, view.col - AROUND_COLS);
  const bottom = view.row + AROUND_ROWS;
  const right = view.col + AROUND_COLS;
  const target = React.useRef<HTMLTableCellElement>(null);
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Bring the cell into view inside the preview box only (the row numbers and column A stay visible).
    if (target.current && box.current) {
      box.current.scrollTop = Math.max(0, target.current.offsetTop - box.current.clientHeight / 2);
      box.current.scrollLeft = Math.max(0, target.current.offsetLeft + target.current.offsetWidth + 8 - box.current.clientWidth);
    }
  }, [view]);
  // Column A (where the row labels usually are) stays in view, then the columns around the cell.
  const columns: number[] = [];
  if (left > 0) columns.push(0);
  for (let c = left; c <= right; c++) columns.push(c);
  const grid = `1px solid ${theme.palette.neutralQuaternaryAlt}`;
  const headStyle: React.CSSProperties = { background: theme.palette.neutralLighter, border: grid, fontWeight: 400, padding: '2px 6px', color: theme.palette.neutralSecondary };
  // Row numbers and column A stay put while the box scrolls sideways to the cell.
  const ROW_HEADER_WIDTH = 36;
  const stickyRowHeader: React.CSSProperties = { ...headStyle, position: 'sticky', left: 0, zIndex: 2, width: ROW_HEADER_WIDTH, minWidth: ROW_HEADER_WIDTH, boxSizing: 'border-box' };
  const stickyA = (style: React.CSSProperties): React.CSSProperties => ({ ...style, position: 'sticky', left: ROW_HEADER_WIDTH, zIndex: 1, background: style.background || theme.palette.white });
  const rows: JSX.Element[] = [];
  const head: JSX.Element[] = [<th key="corner" style={stickyRowHeader} />];
  columns.forEach((c, i) => {
    if (i > 0 && c !== columns[i - 1] + 1) head.push(<th key={`gap${c}`} style={headStyle}>…</th>);
    head.push(
      <th key={c} style={c === 0 ? stickyA(headStyle) : headStyle}>
        {columnLetters(c)}
      </th>,
    );
  });
  rows.push(<tr key="head">{head}</tr>);
  for (let r = top; r <= bottom; r++) {
    const line = view.grid.cells[r] || [];
    const tds: JSX.Element[] = [
      <th key="n" style={stickyRowHeader}>
        {r + 1}
      </th>,
    ];
    columns.forEach((c, i) => {
      if (i > 0 && c !== columns[i - 1] + 1) tds.push(<td key={`gap${c}`} style={{ border: grid }} />);
      const isTarget = r === view.row && c === view.col;
      const base: React.CSSProperties = { border: grid, padding: '2px 6px', minWidth: 40, maxWidth: c === 0 ? 180 : 88, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: typeof (line[c] && line[c]?.value) === 'number' ? 'right' : 'left' };
      tds.push(
        <td
          key={c}
          ref={isTarget ? target : undefined}
          className={isTarget ? 'preview-target' : undefined}
          title={`${a1(r, c)} ${shown(line[c])}`}
          style={isTarget ? { ...base, outline: `2px solid ${theme.semanticColors.errorIcon}`, outlineOffset: -2, background: '#FFC7CE', color: '#9C0006', fontWeight: 600 } : c === 0 ? stickyA(base) : base}
        >
          {shown(line[c])}
        </td>,
      );
    });
    rows.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <Stack className="sheet-preview" tokens={{ childrenGap: 4 }} style={{ border: `1px solid ${theme.palette.neutralTertiaryAlt}`, padding: 8 }}>
      <Stack horizontal verticalAlign="center">
        <Text style={{ fontWeight: 600, flexGrow: 1 }} id="preview-title">
          {view.file} · {view.address}
        </Text>
        <IconButton iconProps={{ iconName: 'Cancel' }} title={closeLabel} ariaLabel={closeLabel} onClick={onClose} />
      </Stack>
      <div ref={box} style={{ overflow: 'auto', maxHeight: 320, position: 'relative' }}>
        <table className="preview-grid" style={{ borderCollapse: 'collapse', fontSize: 12 }}>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </Stack>
  );
}
