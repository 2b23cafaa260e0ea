/** 校验: one click → findings by table (errors first); click one to see its cell; 应用建议; 清除标记. */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { Strings } from '../strings';
import type { ValidationRun, Workspace } from '../workspace';
import { countFindings, groupFindings } from '../findingGroups';
import { FindingList } from './FindingList';

export interface ValidatePanelProps {
  readonly strings: Strings;
  readonly language: 'zh' | 'en';
  readonly workspace: Workspace;
  /** Run validation at once (the ribbon's 一键校验 opened the pane). */
  readonly autoRun?: boolean;
  readonly canClearMarks: boolean;
}

type Notice = { readonly type: MessageBarType; readonly text: string } | null;

export function ValidatePanel({ strings: s, language, workspace, autoRun, canClearMarks }: ValidatePanelProps): JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [run, setRun] = React.useState<ValidationRun | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);

  const fail = (err: unknown): void =>
    setNotice({ type: MessageBarType.error, text: err instanceof Error ? err.message : String(err) });

  const validate = (): void => {
    setBusy(true);
    setNotice(null);
    workspace
      .validate()
      .then((r) => {
        setRun(r);
        if (r.marksNotMade) {
          const text = r.marksNotMade.reason === 'protected' ? s.marksProtected(r.marksNotMade.sheets) : s.marksFailed(r.marksNotMade.detail);
          setNotice({ type: MessageBarType.warning, text });
        } else if (r.markedCells > 0) setNotice({ type: MessageBarType.info, text: s.marked(r.markedCells) });
      })
      .catch(fail)
      .then(() => setBusy(false));
  };

  React.useEffect(() => {
    if (autoRun) validate();
  }, [autoRun]);

  const clear = (): void => {
    workspace
      .clearMarks()
      .then((n) => setNotice({ type: MessageBarType.success, text: s.cleared(n) }))
      .catch(fail);
  };

  const apply = (address: string, value: number): void => {
    workspace
      .applySuggestion(address, value)
      .then(() => setNotice({ type: MessageBarType.success, text: s.applied(address, String(value)) }))
      .catch(fail);
  };

  const show = (address: string, reportIndex: number): void => {
    workspace.showCell(address, reportIndex).catch(fail);
  };

  const groups = run ? groupFindings(run.validation, run.reportSources ? (i) => (run.reportSources as readonly string[])[i] : undefined) : [];
  const counts = run ? countFindings(run.validation) : { errors: 0, warnings: 0 };
  const issues = run ? run.validation.issues.concat(...run.validation.reports.map((r) => r.report.issues as never[])) : [];

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
        <PrimaryButton text={busy ? s.validating : s.validate} disabled={busy} onClick={validate} id="validate-button" />
        {canClearMarks ? <DefaultButton text={s.clearMarks} onClick={clear} id="clear-marks-button" /> : null}
      </Stack>
      {busy ? <Spinner size={SpinnerSize.small} label={s.validating} labelPosition="right" /> : null}
      {notice ? (
        <MessageBar messageBarType={notice.type} isMultiline onDismiss={() => setNotice(null)} id="validate-notice">
          {notice.text}
        </MessageBar>
      ) : null}
      {run && !busy ? (
        run.validation.reports.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {s.noReport}
          </MessageBar>
        ) : counts.errors + counts.warnings === 0 ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            {s.noFindings}
          </MessageBar>
        ) : (
          <Text block id="validation-summary" style={{ fontWeight: 600 }}>
            {run.subject}：{s.summary(counts.errors, counts.warnings)}
          </Text>
        )
      ) : null}
      {run && !busy && groups.length > 0 ? (
        <FindingList strings={s} groups={groups} onShowCell={show} onApplySuggestion={workspace.kind === 'excel' ? apply : undefined} />
      ) : null}
      {run && !busy && issues.length > 0 ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block variant="small" style={{ fontWeight: 600 }}>
            {s.recognitionIssues}
          </Text>
          {issues.map((i, k) => (
            <Text block variant="small" key={k}>
              {i.address ? `${i.address}：` : ''}
              {language === 'en' ? i.messageEn : i.message}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
