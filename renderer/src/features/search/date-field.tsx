import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  value: string | undefined;
  onChange(isoDay: string | undefined): void;
};

/** dd/mm/yyyy → yyyy-mm-dd, or null when it is not a real calendar day. */
export function parseDay(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function formatDay(isoDay: string | undefined): string {
  if (!isoDay) return '';
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}

/** A date typed as dd/mm/yyyy (how officials write it) or picked from the browser's calendar. */
export function DateField({ label, value, onChange }: Props) {
  const { t } = useTranslation('search');
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(formatDay(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(formatDay(value)), [value]);
  const commit = (next: string) => {
    if (next.trim() === '') {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const day = parseDay(next);
    setInvalid(day === null);
    if (day) onChange(day);
  };
  return (
    <div className="date-field">
      <label htmlFor={id}>{label}</label>
      <div className="date-field__inputs">
        <input
          id={id}
          inputMode="numeric"
          placeholder={t('filters.datePlaceholder')}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => commit(text)}
          onKeyDown={(event) => event.key === 'Enter' && commit(text)}
        />
        <input
          ref={picker}
          type="date"
          className="date-field__picker"
          aria-label={label}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value || undefined)}
        />
      </div>
      {invalid && (
        <span id={`${id}-error`} className="error-text date-field__error" role="alert">
          {t('filters.invalidDate')}
        </span>
      )}
    </div>
  );
}
