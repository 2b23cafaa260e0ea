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
  React.useEffect(() => {
    if (target.current && target.current.scrollIntoView) target.current.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [view]);
  const rows: JSX.Element[] = [];
  const head: JSX.Element[] = [<th key="corner" />];
  for (let c = left; c <= right; c++) head.push(<th key={c}>{columnLetters(c)}</th>);
  rows.push(<tr key="head">{head}</tr>);
  for (let r = top; r <= bottom; r++) {
    const line = view.grid.cells[r] || [];
    const tds: JSX.Element[] = [<th key="n">{r + 1}</th>];
    for (let c = left; c <= right; c++) {
      const isTarget = r === view.row && c === view.col;
      tds.push(
        <td
          key={c}
          ref={isTarget ? target : undefined}
          className={isTarget ? 'preview-target' : undefined}
          title={a1(r, c)}
          style={isTarget ? { outline: `2px solid ${theme.semanticColors.errorIcon}`, background: '#FFC7CE', color: '#9C0006', fontWeight: 600 } : undefined}
        >
          {shown(line[c])}
        </td>,
      );
    }
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
      <div style={{ overflow: 'auto', maxHeight: 320 }}>
        <table className="preview-grid" style={{ borderCollapse: 'collapse', fontSize: 12 }}>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </Stack>
  );
}
