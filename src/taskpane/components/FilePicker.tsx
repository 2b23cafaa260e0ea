/** Drop zone + file chooser for .xlsx files; lists the chosen files with a remove button. */
import * as React from 'react';
import { IconButton, Stack, Text, useTheme } from '@fluentui/react';
import type { Strings } from '../strings';

export interface FilePickerProps {
  readonly strings: Strings;
  readonly files: readonly File[];
  readonly onChange: (files: File[]) => void;
}

function isWorkbook(f: File): boolean {
  return /\.(xlsx|xlsm|xls|et)$/i.test(f.name);
}

export function FilePicker({ strings: s, files, onChange }: FilePickerProps): JSX.Element {
  const theme = useTheme();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const add = (list: FileList | null): void => {
    if (!list) return;
    const added: File[] = [];
    for (let i = 0; i < list.length; i++) if (isWorkbook(list[i])) added.push(list[i]);
    const names = files.map((f) => f.name);
    onChange(files.concat(added.filter((f) => names.indexOf(f.name) < 0)));
  };
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <div
        id="drop-zone"
        role="button"
        tabIndex={0}
        onClick={() => input.current && input.current.click()}
        onKeyDown={(e) => {
          if ((e.key === 'Enter' || e.key === ' ') && input.current) input.current.click();
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          add(e.dataTransfer.files);
        }}
        style={{
          border: `2px dashed ${over ? theme.palette.themePrimary : theme.palette.neutralTertiary}`,
          borderRadius: 4,
          padding: 16,
          textAlign: 'center',
          cursor: 'pointer',
        }}
      >
        <Text>{s.dropHere}</Text>
        <input
          ref={input}
          type="file"
          id="file-input"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {files.length > 0 ? (
        <Stack horizontal verticalAlign="center">
          <Text variant="small" style={{ flexGrow: 1, fontWeight: 600 }} id="chosen-count">
            {s.filesChosen(files.length)}
          </Text>
          <IconButton iconProps={{ iconName: 'Cancel' }} title={s.removeAll} ariaLabel={s.removeAll} onClick={() => onChange([])} />
        </Stack>
      ) : null}
      <div style={{ maxHeight: 168, overflowY: 'auto' }}>
        {files.map((f, i) => (
          <Stack key={f.name} horizontal verticalAlign="center" tokens={{ childrenGap: 4 }} className="chosen-file" style={{ height: 28 }}>
            <Text variant="small" style={{ flexGrow: 1, wordBreak: 'break-all' }}>
              {f.name}
            </Text>
            <IconButton
              iconProps={{ iconName: 'Cancel' }}
              title={s.removeFile}
              ariaLabel={s.removeFile}
              styles={{ root: { height: 24, width: 24 } }}
              onClick={() => onChange(files.filter((_x, k) => k !== i))}
            />
          </Stack>
        ))}
      </div>
    </Stack>
  );
}
