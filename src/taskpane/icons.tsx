/**
 * The few icons the pane uses, as inline SVG registered with Fluent UI. Fluent's initializeIcons()
 * would fetch an icon font from a CDN, which intranets cannot reach (and the pane makes no network
 * request except office.js).
 */
import * as React from 'react';
import { registerIcons } from '@fluentui/react';

function svg(children: React.ReactNode): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const check = <polyline points="3,8.5 6.5,12 13,4.5" />;
const cross = (
  <>
    <line x1="4" y1="4" x2="12" y2="12" />
    <line x1="12" y1="4" x2="4" y2="12" />
  </>
);
const circle = <circle cx="8" cy="8" r="6.5" />;

let registered = false;

/** Registers the icons once (idempotent). */
export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      CheckMark: svg(check),
      Completed: svg(
        <>
          {circle}
          <polyline points="5,8.5 7.2,10.5 11,6" />
        </>,
      ),
      Cancel: svg(cross),
      Clear: svg(cross),
      Info: svg(
        <>
          {circle}
          <line x1="8" y1="7.5" x2="8" y2="11.5" />
          <line x1="8" y1="5" x2="8" y2="5.2" />
        </>,
      ),
      Warning: svg(
        <>
          <polygon points="8,1.8 15,14 1,14" />
          <line x1="8" y1="6" x2="8" y2="9.8" />
          <line x1="8" y1="12" x2="8" y2="12.2" />
        </>,
      ),
      Error: svg(
        <>
          {circle}
          <line x1="5.5" y1="5.5" x2="10.5" y2="10.5" />
          <line x1="10.5" y1="5.5" x2="5.5" y2="10.5" />
        </>,
      ),
      ErrorBadge: svg(
        <>
          {circle}
          <line x1="5.5" y1="5.5" x2="10.5" y2="10.5" />
          <line x1="10.5" y1="5.5" x2="5.5" y2="10.5" />
        </>,
      ),
      Blocked2: svg(
        <>
          {circle}
          <line x1="3.5" y1="12.5" x2="12.5" y2="3.5" />
        </>,
      ),
      Clock: svg(
        <>
          {circle}
          <polyline points="8,4.5 8,8 10.5,9.5" />
        </>,
      ),
      Sync: svg(
        <>
          <path d="M13 8a5 5 0 0 1-8.8 3.2" />
          <path d="M3 8a5 5 0 0 1 8.8-3.2" />
          <polyline points="12,1.8 12,4.8 9,4.8" />
          <polyline points="4,14.2 4,11.2 7,11.2" />
        </>,
      ),
      Download: svg(
        <>
          <line x1="8" y1="2" x2="8" y2="11" />
          <polyline points="4.5,7.5 8,11 11.5,7.5" />
          <line x1="3" y1="14" x2="13" y2="14" />
        </>,
      ),
      ChevronDown: svg(<polyline points="4,6 8,10 12,6" />),
    },
  });
}
