/**
 * The standalone page: the pane's 校验 and 汇总 on .xlsx files in any modern browser, and a template
 * download. Serves WPS users and anyone without the add-in.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, Stack, Text } from '@fluentui/react';
import type { Strings } from '../taskpane/strings';
import type { UiLanguage } from '../taskpane/environment';
import { FilePicker } from '../taskpane/components/FilePicker';
import { ValidatePanel } from '../taskpane/components/ValidatePanel';
import { ConsolidatePanel } from '../taskpane/components/ConsolidatePanel';
import { TemplateForm } from '../taskpane/components/TemplateForm';
import type { CellView, FileWorkspace } from './fileWorkspace';
import { SheetPreview } from './SheetPreview';

export interface StandaloneAppProps {
  readonly strings: Strings;
  readonly language: UiLanguage;
  readonly workspace: FileWorkspace;
}

export function StandaloneApp({ strings: s, language, workspace }: StandaloneAppProps): JSX.Element {
  const [files, setFiles] = React.useState<File[]>([]);
  const [view, setView] = React.useState<CellView | null>(null);
  React.useEffect(() => workspace.onShowCell(setView), [workspace]);
  const choose = (next: File[]): void => {
    workspace.setFiles(next);
    setFiles(next);
  };
  return (
    <Stack tokens={{ childrenGap: 10 }} styles={{ root: { padding: '12px 16px 24px', maxWidth: 960, margin: '0 auto' } }}>
      <Stack>
        <Text variant="xLarge" style={{ fontWeight: 600 }}>
          {s.standaloneTitle}
        </Text>
        <Text variant="small">{s.standaloneIntro}</Text>
      </Stack>
      {workspace.canReadFiles ? (
        <FilePicker strings={s} files={files} onChange={choose} />
      ) : (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          {s.filesNotSupported}
        </MessageBar>
      )}
      <Pivot defaultSelectedKey="validate">
        <PivotItem headerText={s.tabValidate} itemKey="validate">
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} style={{ paddingTop: 10 }}>
            <div style={{ flex: '1 1 320px', minWidth: 280 }}>
              <ValidatePanel strings={s} language={language} workspace={workspace} canClearMarks={false} />
            </div>
            {view ? (
              <div style={{ flex: '1 1 360px', minWidth: 300 }}>
                <SheetPreview view={view} onClose={() => setView(null)} closeLabel={s.closePreview} />
              </div>
            ) : null}
          </Stack>
        </PivotItem>
        <PivotItem headerText={s.tabConsolidate} itemKey="consolidate">
          <div style={{ paddingTop: 10 }}>
            <ConsolidatePanel strings={s} workspace={workspace} files={files} />
          </div>
        </PivotItem>
        <PivotItem headerText={s.tabTemplate} itemKey="template">
          <div style={{ paddingTop: 10 }}>
            <TemplateForm strings={s} insert={(r) => workspace.insertTemplate(r)} defaultYear={new Date().getFullYear() - 1} />
          </div>
        </PivotItem>
      </Pivot>
    </Stack>
  );
}
