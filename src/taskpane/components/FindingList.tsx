/**
 * Findings by table, errors first. Each shows its cells' official row and column labels, expected,
 * found, difference and the message; clicking it shows its cell; a suggested correction can be applied.
 */
import * as React from 'react';
import { DefaultButton, Icon, Stack, Text, useTheme } from '@fluentui/react';
import { getFormat, getTable } from '../../formats';
import type { FormatId, TableId } from '../../formats/types';
import type { Finding } from '../../rules/types';
import type { Strings } from '../strings';

export interface FindingGroup {
  readonly key: string;
  /** Index of the report in the validation (tells files apart on the standalone page). */
  readonly reportIndex: number;
  readonly format: FormatId;
  readonly table: TableId;
  /** The sheet or file the table was read from. */
  readonly source: string;
  readonly findings: readonly Finding[];
}

export interface FindingListProps {
  readonly strings: Strings;
  readonly groups: readonly FindingGroup[];
  readonly onShowCell: (address: string, reportIndex: number) => void;
  readonly onApplySuggestion?: (address: string, value: number) => void;
}

/** Up to 4 decimals, no float noise (0.1 + 0.2 shows as 0.3); a leading + on positive differences. */
export function formatNumber(n: number | undefined, signed = false): string {
  if (n === undefined || n === null || isNaN(n)) return '—';
  const rounded = Math.round(n * 10000) / 10000;
  const text = String(rounded);
  return signed && rounded > 0 ? `+${text}` : text;
}

/** Errors first, then warnings; otherwise the order validation gave. */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  const indexed = findings.map((f, i) => ({ f, i }));
  indexed.sort((a, b) => (a.f.severity === b.f.severity ? a.i - b.i : a.f.severity === 'error' ? -1 : 1));
  return indexed.map((x) => x.f);
}

/** Groups with an error before groups with warnings only, each group's findings errors first. */
export function orderGroups(groups: readonly FindingGroup[]): FindingGroup[] {
  const hasError = (g: FindingGroup): boolean => g.findings.some((f) => f.severity === 'error');
  const indexed = groups.map((g, i) => ({ g: { ...g, findings: errorsFirst(g.findings) }, i }));
  indexed.sort((a, b) => (hasError(a.g) === hasError(b.g) ? a.i - b.i : hasError(a.g) ? -1 : 1));
  return indexed.map((x) => x.g);
}

function tableTitle(format: FormatId, table: TableId): string {
  const def = getTable(getFormat(format), table);
  return def.title === def.section.replace(/^[一二三四五六]、/, '') ? def.section : `${def.section} ${def.title}`;
}

function FindingItem({ finding, strings: s, onShowCell, onApplySuggestion }: {
  finding: Finding;
  strings: Strings;
  onShowCell: (address: string) => void;
  onApplySuggestion?: (address: string, value: number) => void;
}): JSX.Element {
  const theme = useTheme();
  const isError = finding.severity === 'error';
  const first = finding.cells[0];
  const address = first && first.address;
  const suggestion = finding.suggestion;
  const color = isError ? theme.semanticColors.errorIcon : theme.semanticColors.warningIcon;
  return (
    <div
      className="finding"
      role="button"
      tabIndex={0}
      data-address={address || ''}
      onClick={() => address && onShowCell(address)}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && address) onShowCell(address);
      }}
      style={{
        borderLeft: `3px solid ${color}`,
        padding: '6px 8px',
        marginBottom: 6,
        cursor: address ? 'pointer' : 'default',
        background: theme.palette.neutralLighterAlt,
      }}
    >
      <Stack horizontal tokens={{ childrenGap: 6 }} verticalAlign="center">
        <Icon iconName={isError ? 'ErrorBadge' : 'Warning'} style={{ color }} />
        <Text variant="small" style={{ fontWeight: 600, color }}>
          {isError ? s.error : s.warning}
        </Text>
        {address ? (
          <Text variant="small" className="finding-address">
            {address}
          </Text>
        ) : null}
      </Stack>
      {first ? (
        <Text block variant="small" className="finding-labels">
          {first.row} ｜ {first.column}
        </Text>
      ) : null}
      {finding.expected !== undefined || finding.found !== undefined ? (
        <Text block variant="small" className="finding-numbers">
          {s.expected} {formatNumber(finding.expected)}，{s.found} {formatNumber(finding.found)}，{s.difference}{' '}
          {formatNumber(finding.difference, true)}
        </Text>
      ) : null}
      <Text block variant="small" className="finding-message">
        {finding.message}
      </Text>
      {suggestion ? (
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center" style={{ marginTop: 4 }}>
          <Text variant="small" className="finding-suggestion">
            {s.suggestion(suggestion.address || '', formatNumber(suggestion.value))}
          </Text>
          {onApplySuggestion && suggestion.address ? (
            <DefaultButton
              text={s.applySuggestion}
              className="apply-suggestion"
              styles={{ root: { height: 24, minWidth: 0, padding: '0 8px' } }}
              onClick={(e) => {
                e.stopPropagation();
                onApplySuggestion(suggestion.address as string, suggestion.value);
              }}
            />
          ) : null}
        </Stack>
      ) : null}
    </div>
  );
}

export function FindingList({ strings: s, groups, onShowCell, onApplySuggestion }: FindingListProps): JSX.Element {
  return (
    <div className="finding-list">
      {orderGroups(groups).map((g) => (
        <section key={g.key} className="finding-group" style={{ marginBottom: 10 }}>
          <Text block variant="medium" style={{ fontWeight: 600, margin: '4px 0' }}>
            {tableTitle(g.format, g.table)}
          </Text>
          <Text block variant="small" style={{ marginBottom: 4, opacity: 0.75 }}>
            {g.source} · {g.format === '2019' ? s.format2019Found : s.format2021Found}
          </Text>
          {g.findings.map((f, i) => (
            <FindingItem key={i} finding={f} strings={s} onShowCell={(a) => onShowCell(a, g.reportIndex)} onApplySuggestion={onApplySuggestion} />
          ))}
        </section>
      ))}
    </div>
  );
}
