/** The task pane: 插入模板, 校验, 汇总 over a Workspace (the open workbook through src/excel/). */
import * as React from 'react';
import { Pivot, PivotItem, Stack, Text } from '@fluentui/react';
import type { Strings } from './strings';
import type { UiLanguage } from './environment';
import type { Workspace } from './workspace';
import { TemplateForm } from './components/TemplateForm';
import { ValidatePanel } from './components/ValidatePanel';
import { ConsolidatePanel } from './components/ConsolidatePanel';

export type PaneTab = 'template' | 'validate' | 'consolidate';

export interface AppProps {
  readonly strings: Strings;
  readonly language: UiLanguage;
  readonly workspace: Workspace;
  readonly initialTab: PaneTab;
  /** The year the template form offers: last year (reports are filed in January for the year before). */
  readonly defaultYear: number;
}

/** The tab a ribbon button asked for (?action=template|validate|consolidate), 校验 otherwise. */
export function tabFromQuery(search: string): PaneTab {
  const m = /[?&]action=(template|validate|consolidate)/.exec(search);
  return m ? (m[1] as PaneTab) : 'validate';
}

export function App({ strings: s, language, workspace, initialTab, defaultYear }: AppProps): JSX.Element {
  const [tab, setTab] = React.useState<PaneTab>(initialTab);
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { padding: '12px 12px 24px' } }}>
      <Stack>
        <Text variant="xLarge" style={{ fontWeight: 600 }}>
          {s.appTitle}
        </Text>
        <Text variant="small">{s.appSubtitle}</Text>
      </Stack>
      <Pivot selectedKey={tab} onLinkClick={(item) => item && item.props.itemKey && setTab(item.props.itemKey as PaneTab)}>
        <PivotItem headerText={s.tabTemplate} itemKey="template">
          <div style={{ paddingTop: 10 }}>
            <TemplateForm strings={s} insert={(r) => workspace.insertTemplate(r)} defaultYear={defaultYear} />
          </div>
        </PivotItem>
        <PivotItem headerText={s.tabValidate} itemKey="validate">
          <div style={{ paddingTop: 10 }}>
            <ValidatePanel strings={s} language={language} workspace={workspace} canClearMarks />
          </div>
        </PivotItem>
        <PivotItem headerText={s.tabConsolidate} itemKey="consolidate">
          <div style={{ paddingTop: 10 }}>
            <ConsolidatePanel strings={s} workspace={workspace} />
          </div>
        </PivotItem>
      </Pivot>
    </Stack>
  );
}
