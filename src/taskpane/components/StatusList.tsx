/** One status line per consolidation input: state, unit, and the specific reason when it is not included. */
import * as React from 'react';
import { Icon, Stack, Text, useTheme } from '@fluentui/react';
import type { Strings } from '../strings';
import type { InputState, InputStatus } from '../workspace';

const ICONS: { [state in InputState]: string } = {
  waiting: 'Clock',
  reading: 'Sync',
  included: 'CheckMark',
  excluded: 'Blocked2',
  failed: 'ErrorBadge',
};

export function stateText(s: Strings, state: InputState): string {
  switch (state) {
    case 'waiting':
      return s.statusWaiting;
    case 'reading':
      return s.statusReading;
    case 'included':
      return s.statusIncluded;
    default:
      return s.statusExcluded;
  }
}

export function StatusList({ strings: s, statuses }: { strings: Strings; statuses: readonly InputStatus[] }): JSX.Element {
  const theme = useTheme();
  const colorOf = (st: InputState): string =>
    st === 'included' ? theme.semanticColors.successIcon : st === 'excluded' || st === 'failed' ? theme.semanticColors.errorIcon : theme.semanticColors.bodySubtext;
  return (
    <Stack tokens={{ childrenGap: 4 }} className="status-list">
      {statuses.map((st, i) => (
        <Stack key={i} horizontal tokens={{ childrenGap: 6 }} verticalAlign="start" className={`status-line status-${st.state}`}>
          <Icon iconName={ICONS[st.state]} style={{ color: colorOf(st.state), marginTop: 3 }} />
          <Stack grow style={{ minWidth: 0 }}>
            <Text variant="small" style={{ fontWeight: 600, wordBreak: 'break-all' }}>
              {st.label}
              {st.unit && st.unit !== st.label ? `（${st.unit}）` : ''} · {stateText(s, st.state)}
            </Text>
            {st.detail ? (
              <Text variant="small" style={{ wordBreak: 'break-all' }}>
                {st.detail}
              </Text>
            ) : null}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
