/** The small dialog the ribbon's 一键校验 opens: how many errors and warnings, how many cells marked. */
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { Strings } from '../strings';

export interface SummaryParams {
  readonly sheet: string;
  readonly reports: number;
  readonly errors: number;
  readonly warnings: number;
  readonly marked: number;
  /** Why no cell was marked ('protected': a password; 'failed'), when so. */
  readonly unmarked?: 'protected' | 'failed';
  readonly error?: string;
}

/** Parse the dialog's query (see commands.ts `summaryQuery`). */
export function summaryParams(search: string): SummaryParams {
  const get = (k: string): string | undefined => {
    const m = new RegExp(`[?&]${k}=([^&]*)`).exec(search);
    return m ? decodeURIComponent(m[1]) : undefined;
  };
  const num = (k: string): number => Number(get(k) || 0) || 0;
  const unmarked = get('unmarked');
  return {
    sheet: get('sheet') || '',
    reports: num('reports'),
    errors: num('errors'),
    warnings: num('warnings'),
    marked: num('marked'),
    unmarked: unmarked === 'protected' || unmarked === 'failed' ? unmarked : undefined,
    error: get('error'),
  };
}

export function SummaryDialog({ strings: s, params, onClose }: { strings: Strings; params: SummaryParams; onClose: () => void }): JSX.Element {
  let body: JSX.Element;
  if (params.error) body = <MessageBar messageBarType={MessageBarType.error} isMultiline>{params.error}</MessageBar>;
  else if (params.reports === 0) body = <MessageBar messageBarType={MessageBarType.warning} isMultiline>{s.noReport}</MessageBar>;
  else if (params.errors + params.warnings === 0) body = <MessageBar messageBarType={MessageBarType.success} isMultiline>{s.noFindings}</MessageBar>;
  else
    body = (
      <Stack tokens={{ childrenGap: 6 }}>
        <Text style={{ fontWeight: 600 }}>
          {params.sheet}：{s.summary(params.errors, params.warnings)}
        </Text>
        {params.unmarked ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {params.unmarked === 'protected' ? s.marksProtected([]) : s.marksFailed('')}
          </MessageBar>
        ) : (
          <Text>{s.marked(params.marked)}</Text>
        )}
        <Text variant="small">{s.openPaneHint}</Text>
      </Stack>
    );
  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }}>
      {body}
      <PrimaryButton text={s.ok} onClick={onClose} />
    </Stack>
  );
}
