import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DUPLICATE_MODES,
  type FieldReport,
  type ImportInspection,
} from '../../../../shared/ipc/import';
import { formatDisplayDate, parseUserDate } from '../../../../shared/text/dates';
import type { FieldEdits, PreviewFile } from './import-request';
import { useImportStore } from './import-store';

type EditableField = keyof FieldEdits;
const FIELDS: { field: EditableField; label: string }[] = [
  { field: 'title', label: 'preview.fieldTitle' },
  { field: 'publishedAt', label: 'preview.fieldDate' },
  { field: 'category', label: 'preview.fieldCategory' },
  { field: 'author', label: 'preview.fieldAuthor' },
];

function FieldBadge({ report }: { report: FieldReport }) {
  const { t } = useTranslation('import');
  if (report.status === 'proposed')
    return <span className="import-badge import-badge--proposed">{t('preview.proposed')}</span>;
  if (report.status === 'missing')
    return <span className="import-badge import-badge--missing">{t('preview.missing')}</span>;
  return (
    <span className="import-badge">
      {t('preview.confidence', { percent: Math.round(report.confidence * 100) })}
    </span>
  );
}

function shownValue(file: PreviewFile, field: EditableField): string {
  const edited = file.edits[field];
  if (edited !== undefined)
    return field === 'publishedAt' && edited ? formatDisplayDate(edited) : (edited ?? '');
  const value = file.inspection?.draft[field] ?? '';
  return field === 'publishedAt' && value ? formatDisplayDate(value) : value;
}

/** The two best readings of a file whose encoding is uncertain, side by side. */
function EncodingChoice({ file, inspection }: { file: PreviewFile; inspection: ImportInspection }) {
  const { t } = useTranslation('import');
  const chooseEncoding = useImportStore((s) => s.chooseEncoding);
  const encoding = inspection.encoding;
  if (!encoding?.uncertain && !file.encoding) return null;
  const candidates = encoding?.candidates.slice(0, 2) ?? [];
  return (
    <fieldset className="import-encoding">
      <legend>{t('encoding.uncertain')}</legend>
      <div className="import-encoding__pair">
        {candidates.map((c) => (
          <div
            key={c.encoding}
            className={`import-encoding__option${encoding?.chosen === c.encoding ? ' import-encoding__option--chosen' : ''}`}
          >
            <pre className="import-encoding__sample">{c.sample}</pre>
            <button
              type="button"
              onClick={() => void chooseEncoding(file.key, c.encoding)}
              aria-pressed={encoding?.chosen === c.encoding}
            >
              {t('encoding.pick', { name: t(`encoding.names.${c.encoding}`) })}
            </button>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One file before saving: what was found, how sure, and fields the person can correct. */
export function PreviewCard({ file }: { file: PreviewFile }) {
  const { t } = useTranslation('import');
  const { editField, removeFile, setFileDuplicateMode } = useImportStore();
  const [dateError, setDateError] = useState(false);
  const inspection = file.inspection;

  const onChange = (field: EditableField, raw: string) => {
    if (field !== 'publishedAt')
      return editField(file.key, field, raw.trim() ? raw : field === 'title' ? raw : null);
    const iso = raw.trim() ? parseUserDate(raw) : null;
    setDateError(raw.trim() !== '' && !iso);
    if (!raw.trim() || iso) editField(file.key, field, iso);
  };

  return (
    <li className="import-card" aria-label={file.name}>
      <div className="import-card__head">
        <span className="import-card__name">{file.name}</span>
        {inspection && <span className="import-card__format">{inspection.format}</span>}
        <button type="button" className="button--quiet" onClick={() => removeFile(file.key)}>
          {t('preview.remove')}
        </button>
      </div>
      {file.error && <p className="import-error">{t('preview.failed', { reason: file.error })}</p>}
      {inspection && <EncodingChoice file={file} inspection={inspection} />}
      {inspection && (
        <div className="import-card__fields">
          {FIELDS.map(({ field, label }) => (
            <label key={field} className="field">
              <span>
                {t(label)} <FieldBadge report={inspection.fields[field]} />
              </span>
              <input
                defaultValue={shownValue(file, field)}
                key={`${field}-${inspection.encoding?.chosen ?? ''}`}
                aria-invalid={field === 'publishedAt' && dateError}
                onChange={(event) => onChange(field, event.target.value)}
              />
              {field === 'publishedAt' && dateError && (
                <span className="import-error">{t('preview.invalidDate')}</span>
              )}
            </label>
          ))}
          <label className="field">
            {t('preview.duplicateOverride')}
            <select
              value={file.duplicateMode ?? ''}
              onChange={(event) =>
                setFileDuplicateMode(file.key, (event.target.value || undefined) as never)
              }
            >
              <option value="">{t('preview.sameAsBatch')}</option>
              {DUPLICATE_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`duplicates.${mode}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {inspection && inspection.warnings.length > 0 && (
        <ul className="import-card__warnings">
          {inspection.warnings.map((w) => (
            <li key={w.code}>{t(`warnings.${w.code}`)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
