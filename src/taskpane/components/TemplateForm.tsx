/** 插入模板: format (2021 by default), unit and year → a new sheet with the official tables. */
import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Stack, Label } from '@fluentui/react';
import type { FormatId } from '../../formats/types';
import { DEFAULT_FORMAT, formatForYear } from '../../formats';
import type { Strings } from '../strings';
import type { TemplateRequest } from '../workspace';
import { TextInput } from './TextInput';

export interface TemplateFormProps {
  readonly strings: Strings;
  readonly insert: (request: TemplateRequest) => Promise<string>;
  /** The year offered first: reports are filed in January for the year before. */
  readonly defaultYear: number;
}

type Outcome = { readonly ok: boolean; readonly text: string } | null;

export function TemplateForm({ strings: s, insert, defaultYear }: TemplateFormProps): JSX.Element {
  const [format, setFormat] = React.useState<FormatId>(defaultYear ? formatForYear(defaultYear) : DEFAULT_FORMAT);
  const [unit, setUnit] = React.useState('');
  const [year, setYear] = React.useState(String(defaultYear));
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>(null);

  const submit = (): void => {
    if (!/^\d{4}$/.test(year.trim())) {
      setOutcome({ ok: false, text: s.yearInvalid });
      return;
    }
    setBusy(true);
    setOutcome(null);
    insert({ format, unit: unit.trim(), year: Number(year.trim()) })
      .then((sheet) => setOutcome({ ok: true, text: s.inserted(sheet) }))
      .catch((err: unknown) => setOutcome({ ok: false, text: err instanceof Error ? err.message : String(err) }))
      .then(() => setBusy(false));
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ChoiceGroup
        label={s.format}
        selectedKey={format}
        onChange={(_e, option) => option && setFormat(option.key as FormatId)}
        options={[
          { key: '2021', text: s.format2021 },
          { key: '2019', text: s.format2019 },
        ]}
      />
      <Stack>
        <Label htmlFor="tpl-unit">{s.unit}</Label>
        <TextInput id="tpl-unit" value={unit} placeholder={s.unitPlaceholder} onChange={setUnit} />
      </Stack>
      <Stack>
        <Label htmlFor="tpl-year">{s.year}</Label>
        <TextInput id="tpl-year" value={year} inputMode="numeric" maxLength={4} onChange={setYear} width={96} />
      </Stack>
      <PrimaryButton text={busy ? s.inserting : s.insert} disabled={busy} onClick={submit} />
      {outcome ? (
        <MessageBar messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.error} isMultiline>
          {outcome.text}
        </MessageBar>
      ) : null}
    </Stack>
  );
}
