/**
 * A plain <input>, styled to sit with Fluent UI controls. Chinese IMEs misbehave with rich
 * editors (contentEditable) in the WebView2 and IE webviews, so text is typed into native inputs.
 */
import * as React from 'react';
import { useTheme } from '@fluentui/react';

export interface TextInputProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  readonly inputMode?: 'numeric' | 'text';
  readonly maxLength?: number;
  readonly width?: number;
}

export function TextInput(props: TextInputProps): JSX.Element {
  const theme = useTheme();
  const style: React.CSSProperties = {
    boxSizing: 'border-box',
    width: props.width ? props.width : '100%',
    height: 32,
    padding: '0 8px',
    fontSize: 14,
    fontFamily: 'inherit',
    border: `1px solid ${theme.semanticColors.inputBorder}`,
    borderRadius: 2,
    background: theme.semanticColors.inputBackground,
    color: theme.semanticColors.inputText,
  };
  return (
    <input
      id={props.id}
      type="text"
      style={style}
      value={props.value}
      placeholder={props.placeholder}
      inputMode={props.inputMode}
      maxLength={props.maxLength}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
