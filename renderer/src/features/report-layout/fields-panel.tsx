import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type ReportFields } from '../../../../shared/report/fields';
import { REPORT_LAYOUTS, type ReportLayout } from '../../../../shared/report/report';
import { rememberedFields } from '../../../../shared/report/template-skeletons';
import { checkFields, parseListInput, parseNumberInput, type FieldErrors } from './field-errors';

export type FieldsPanelProps = {
  fields: ReportFields;
  layout: ReportLayout;
  final: boolean;
  editable: boolean;
  /** settings.reportDefaults: offered by "Dùng thông tin văn bản trước". */
  reportDefaults?: Record<string, unknown>;
  /** Called with valid fields only; invalid input stays in the panel with its message. */
  onFieldsChange(fields: ReportFields): void;
  onLayoutChange(layout: ReportLayout): void;
  onFinalChange(final: boolean): void;
  /** The field a pre-flight link asked for: focused once. */
  focusField?: keyof ReportFields | null;
};

type Draft = Record<keyof ReportFields, string>;

function toDraft(fields: ReportFields): Draft {
  return {
    type: fields.type,
    parentAgency: fields.parentAgency ?? '',
    agency: fields.agency,
    agencyCode: fields.agencyCode,
    number: fields.number === null ? '' : String(fields.number),
    place: fields.place,
    date: fields.date ?? '',
    summary: fields.summary,
    addressees: fields.addressees.join('\n'),
    recipients: fields.recipients.join('\n'),
    signerAuthority: fields.signerAuthority,
    signerTitle: fields.signerTitle,
    signerName: fields.signerName,
  };
}

function fromDraft(draft: Draft): Record<string, unknown> {
  return {
    ...draft,
    parentAgency: draft.parentAgency,
    number: parseNumberInput(draft.number),
    date: draft.date.trim() ? draft.date.trim() : null,
    addressees: parseListInput(draft.addressees),
    recipients: parseListInput(draft.recipients),
  };
}

const TEXT_FIELDS = ['parentAgency', 'agency', 'agencyCode'] as const;
const SIGNER_FIELDS = ['signerAuthority', 'signerTitle', 'signerName'] as const;

/** "Thể thức": every ND30 field of the report beside the editor, checked as it is typed. */
export function FieldsPanel(props: FieldsPanelProps) {
  const { fields, layout, final, editable, onFieldsChange, focusField } = props;
  const { t } = useTranslation('layout');
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(fields));
  const [errors, setErrors] = useState<FieldErrors>({});

  const emitted = useRef(fields);
  // Fields replaced from outside (a restored version) replace the draft; our own echo does not.
  useEffect(() => {
    if (fields === emitted.current) return;
    emitted.current = fields;
    setDraft(toDraft(fields));
    setErrors({});
  }, [fields]);

  useEffect(() => {
    if (focusField) document.getElementById(`${id}-${focusField}`)?.focus();
  }, [focusField, id]);

  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const checked = checkFields(fromDraft(next), t);
    setErrors(checked.errors);
    if (checked.fields) {
      emitted.current = checked.fields;
      onFieldsChange(checked.fields);
    }
  };

  const input = (
    key: keyof ReportFields,
    options: { multiline?: boolean; hint?: string; type?: string } = {},
  ) => {
    const inputId = `${id}-${key}`;
    const described = [options.hint && `${inputId}-hint`, errors[key] && `${inputId}-error`]
      .filter(Boolean)
      .join(' ');
    const common = {
      id: inputId,
      value: draft[key],
      disabled: !editable,
      'aria-invalid': errors[key] ? true : undefined,
      'aria-describedby': described || undefined,
      'data-field': key,
    };
    return (
      <div key={key} className="fields-panel__field">
        <label htmlFor={inputId}>{t(`fields.${key}`)}</label>
        {options.multiline ? (
          <textarea
            {...common}
            rows={key === 'summary' ? 2 : 3}
            onChange={(e) => update({ [key]: e.target.value })}
          />
        ) : (
          <input
            {...common}
            type={options.type ?? 'text'}
            onChange={(e) => update({ [key]: e.target.value })}
          />
        )}
        {options.hint && (
          <span id={`${inputId}-hint`} className="fields-panel__hint">
            {options.hint}
          </span>
        )}
        {errors[key] && (
          <span id={`${inputId}-error`} className="fields-panel__error" role="alert">
            {errors[key]}
          </span>
        )}
      </div>
    );
  };

  const useLast = () => {
    const remembered = rememberedFields(props.reportDefaults ?? {});
    update(toDraft({ ...fields, ...remembered }) as Partial<Draft>);
  };
  const hasDefaults = Object.keys(rememberedFields(props.reportDefaults ?? {})).length > 0;

  return (
    <aside className="fields-panel" aria-label={t('panel.title')} data-testid="fields-panel">
      <h2>{t('panel.title')}</h2>
      <label htmlFor={`${id}-layout`}>
        {t('panel.layout')}
        <select
          id={`${id}-layout`}
          value={layout}
          disabled={!editable}
          onChange={(e) => props.onLayoutChange(e.target.value as ReportLayout)}
        >
          {REPORT_LAYOUTS.map((value) => (
            <option key={value} value={value}>
              {t(`panel.layouts.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {layout !== 'plain' && (
        <>
          <label htmlFor={`${id}-type`}>
            {t('fields.type')}
            <select
              id={`${id}-type`}
              data-field="type"
              value={draft.type}
              disabled={!editable}
              onChange={(e) => update({ type: e.target.value })}
            >
              {DOCUMENT_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`types.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {hasDefaults && editable && (
            <button type="button" className="button--quiet" onClick={useLast}>
              {t('panel.useLast')}
            </button>
          )}
          {TEXT_FIELDS.map((key) => input(key, key === 'agency' ? { multiline: true } : {}))}
          {input('number', { hint: t('panel.numberHint') })}
          {input('place')}
          {input('date', { type: 'date', hint: t('panel.dateHint') })}
          {input('summary', { multiline: true })}
          {input('addressees', { multiline: true, hint: t('panel.listHint') })}
          {input('recipients', { multiline: true, hint: t('panel.listHint') })}
          {SIGNER_FIELDS.map((key) => input(key))}
          <label className="fields-panel__check">
            <input
              type="checkbox"
              checked={final}
              disabled={!editable}
              onChange={(e) => props.onFinalChange(e.target.checked)}
            />
            {t('panel.final')}
          </label>
        </>
      )}
    </aside>
  );
}
