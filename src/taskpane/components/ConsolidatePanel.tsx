/**
 * 汇总: choose sheets of this workbook and/or .xlsx files (not in IE11: there the user copies the
 * departments' sheets into the workbook); a status line per input; a progress bar; writes
 * 全市汇总 / 汇总明细 / 来源清单 (or offers them as a download on files).
 */
import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import type { Strings } from '../strings';
import type { ConsolidationInput, ConsolidationRun, InputStatus, Workspace } from '../workspace';
import { StatusList } from './StatusList';
import { FilePicker } from './FilePicker';
import { saveBlob } from '../download';

export interface ConsolidatePanelProps {
  readonly strings: Strings;
  readonly workspace: Workspace;
  /** Files already chosen elsewhere (standalone page); the workbook's sheets are offered when in Excel. */
  readonly files?: readonly File[];
}

function progressOf(statuses: readonly InputStatus[]): number {
  if (statuses.length === 0) return 0;
  const done = statuses.filter((s) => s.state !== 'waiting' && s.state !== 'reading').length;
  return done / statuses.length;
}

export function ConsolidatePanel({ strings: s, workspace, files: givenFiles }: ConsolidatePanelProps): JSX.Element {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [chosen, setChosen] = React.useState<{ [sheet: string]: boolean }>({});
  const [files, setFiles] = React.useState<File[]>([]);
  const [statuses, setStatuses] = React.useState<readonly InputStatus[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [run, setRun] = React.useState<ConsolidationRun | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const inExcel = workspace.kind === 'excel';

  const refreshSheets = (): void => {
    if (!inExcel) return;
    workspace
      .listSheets()
      .then(setSheets)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  React.useEffect(refreshSheets, [workspace]);

  const allFiles = givenFiles ? givenFiles.slice() : files;
  const inputs: ConsolidationInput[] = sheets
    .filter((sh) => chosen[sh])
    .map((sh): ConsolidationInput => ({ kind: 'sheet', sheet: sh }))
    .concat(allFiles.map((f): ConsolidationInput => ({ kind: 'file', file: f })));

  const start = (): void => {
    if (inputs.length === 0) {
      setError(s.noSources);
      return;
    }
    setBusy(true);
    setError(null);
    setRun(null);
    workspace
      .consolidate(inputs, setStatuses)
      .then((r) => {
        // The sheets written (全市汇总…) are never inputs: the list stays as it is, no round trip.
        setRun(r);
        setStatuses(r.statuses);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .then(() => setBusy(false));
  };

  const download = (): void => {
    if (!run || !run.download) return;
    saveBlob(run.download.blob, run.download.fileName);
  };

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      {inExcel ? (
        <Stack tokens={{ childrenGap: 6 }}>
          <Text style={{ fontWeight: 600 }}>{s.sheetsOfWorkbook}</Text>
          {sheets.map((sh) => (
            <Checkbox key={sh} label={sh} checked={!!chosen[sh]} onChange={(_e, v) => setChosen({ ...chosen, [sh]: !!v })} />
          ))}
        </Stack>
      ) : null}
      {!givenFiles ? (
        <Stack tokens={{ childrenGap: 6 }}>
          <Text style={{ fontWeight: 600 }}>{s.filesFromDisk}</Text>
          {workspace.canReadFiles ? (
            <FilePicker strings={s} files={files} onChange={setFiles} />
          ) : (
            <MessageBar messageBarType={MessageBarType.info} isMultiline>
              {s.filesNotInIe}
            </MessageBar>
          )}
        </Stack>
      ) : null}
      <PrimaryButton text={busy ? s.consolidating : s.consolidate} disabled={busy} onClick={start} id="consolidate-button" />
      {busy || statuses.length > 0 ? <ProgressIndicator percentComplete={busy ? progressOf(statuses) : 1} /> : null}
      {error ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {error}
        </MessageBar>
      ) : null}
      {run && !busy ? (
        <MessageBar messageBarType={run.included > 0 ? MessageBarType.success : MessageBarType.warning} isMultiline>
          {s.consolidated(run.included, run.sheetsWritten)}
        </MessageBar>
      ) : null}
      {run && run.download && !busy ? <DefaultButton iconProps={{ iconName: 'Download' }} text={s.download} onClick={download} id="download-button" /> : null}
      {statuses.length > 0 ? <StatusList strings={s} statuses={statuses} /> : null}
    </Stack>
  );
}
