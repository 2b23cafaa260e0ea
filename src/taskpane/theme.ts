/**
 * The Fluent UI theme of the pane: Office's own theme colours when Office gives them
 * (Office.context.officeTheme), Fluent's light theme otherwise.
 */
import { createTheme, type PartialTheme, type Theme } from '@fluentui/react';
import type { OfficeColors } from './environment';

/** Relative luminance (0 = black, 1 = white) of '#RRGGBB'; 1 when the text is not a colour. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A theme following the Office colours: dark Office themes get Fluent's inverted semantic colours. */
export function paneTheme(colors: OfficeColors | undefined): Theme {
  if (!colors) return createTheme({});
  const dark = luminance(colors.bodyBackground) < 0.4;
  const partial: PartialTheme = {
    isInverted: dark,
    palette: {
      themePrimary: dark ? '#6fb1ff' : '#217346', // Excel green on light themes
      white: colors.bodyBackground,
      black: colors.bodyForeground,
      neutralPrimary: colors.bodyForeground,
      neutralLighter: colors.controlBackground,
    },
    semanticColors: {
      bodyBackground: colors.bodyBackground,
      bodyText: colors.bodyForeground,
      inputBackground: colors.controlBackground,
      inputText: colors.controlForeground,
      buttonBackground: colors.controlBackground,
      buttonText: colors.controlForeground,
    },
  };
  return createTheme(partial);
}
