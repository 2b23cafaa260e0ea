/**
 * Entry of standalone.html: the same pane outside Office, on .xlsx files (WPS users, or anyone
 * without the add-in). It loads no office.js, so it also works where Microsoft's CDN is unreachable.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { ThemeProvider } from '@fluentui/react';
import { uiLanguage } from '../taskpane/environment';
import { strings } from '../taskpane/strings';
import { paneTheme } from '../taskpane/theme';
import { registerPaneIcons } from '../taskpane/icons';
import { StandaloneApp } from './StandaloneApp';
import { createFileWorkspace } from './fileWorkspace';

registerPaneIcons();
const language = uiLanguage(undefined, window.location.search);
ReactDOM.render(
  <ThemeProvider theme={paneTheme(undefined)}>
    <StandaloneApp strings={strings(language)} language={language} workspace={createFileWorkspace(language)} />
  </ThemeProvider>,
  document.getElementById('container') as HTMLElement,
);
