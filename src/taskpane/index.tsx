/// <reference types="office-js" />
/**
 * Entry of taskpane.html. Waits for office.js; inside Excel renders the pane over the open workbook;
 * in a plain browser renders the standalone page (files); when office.js is missing or Office does
 * not initialise, says so in Chinese instead of leaving a blank pane.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ThemeProvider } from '@fluentui/react';
import { detectEnvironment, type BootWindow, type Environment } from './environment';
import { strings } from './strings';
import { paneTheme } from './theme';
import { registerPaneIcons } from './icons';
import { App, tabFromQuery } from './App';
import { OfficeProblem } from './components/OfficeProblem';
import { SummaryDialog, summaryParams } from './components/SummaryDialog';
import { StandaloneApp } from '../standalone/StandaloneApp';
import { createFileWorkspace } from '../standalone/fileWorkspace';
import { createExcelWorkspace } from '../excel/workspace';

function lastYear(): number {
  return new Date().getFullYear() - 1;
}

function render(env: Environment, container: HTMLElement): void {
  const s = strings(env.language);
  const theme = paneTheme(env.kind === 'office' ? env.colors : undefined);
  if (theme.semanticColors.bodyBackground) document.body.style.background = theme.semanticColors.bodyBackground;
  let content: JSX.Element;
  switch (env.kind) {
    case 'office':
      content = /[?&]view=summary/.test(window.location.search) ? (
        <SummaryDialog strings={s} params={summaryParams(window.location.search)} onClose={() => Office.context.ui.messageParent('close')} />
      ) : (
        <App
          strings={s}
          language={env.language}
          workspace={createExcelWorkspace(env.language)}
          initialTab={tabFromQuery(window.location.search)}
          defaultYear={lastYear()}
        />
      );
      break;
    case 'browser':
      content = <StandaloneApp strings={s} language={env.language} workspace={createFileWorkspace(env.language)} />;
      break;
    case 'office-missing':
      content = <OfficeProblem strings={s} problem="missing" />;
      break;
    default:
      content = <OfficeProblem strings={s} problem="failed" reason={env.reason} />;
  }
  ReactDOM.render(<ThemeProvider theme={theme}>{content}</ThemeProvider>, container);
}

registerPaneIcons();
const container = document.getElementById('container') as HTMLElement;
detectEnvironment(window as unknown as BootWindow).then((env) => render(env, container));
