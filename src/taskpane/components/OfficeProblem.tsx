/** The message shown instead of a blank pane when office.js is missing or Office does not initialise. */
import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text, Link } from '@fluentui/react';
import type { Strings } from '../strings';

export interface OfficeProblemProps {
  readonly strings: Strings;
  readonly problem: 'missing' | 'failed';
  readonly reason?: string;
}

export function OfficeProblem({ strings: s, problem, reason }: OfficeProblemProps): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }}>
      <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
        <strong>{problem === 'missing' ? s.officeMissingTitle : s.officeFailedTitle}</strong>
      </MessageBar>
      <Text block>{problem === 'missing' ? s.officeMissingBody : s.officeFailedBody}</Text>
      {reason ? (
        <Text block variant="small">
          {s.officeFailedDetail}
          {reason}
        </Text>
      ) : null}
      <Link href="standalone.html">{s.openStandalone}</Link>
    </Stack>
  );
}
