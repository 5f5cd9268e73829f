import { useTranslation } from 'react-i18next';
import { DUPLICATE_MODES } from '../../../../shared/ipc/import';
import { ChooseStep } from './choose-step';
import { PREVIEW_LIMIT, useImportStore } from './import-store';
import { PreviewCard } from './preview-card';

/** The chosen files, each previewed (up to a limit), the duplicate choice, and the start button. */
export function PreviewStep() {
  const { t } = useTranslation('import');
  const { files, inspecting, duplicateMode, setDuplicateMode, start, error } = useImportStore();
  const importable = files.filter((f) => !f.error).length;
  return (
    <div className="import-preview">
      <h3>{t('preview.heading', { count: files.length })}</h3>
      {files.length > PREVIEW_LIMIT ? (
        <p>{t('preview.tooMany', { count: files.length })}</p>
      ) : (
        <ul className="import-preview__list">
          {files.map((file) => (
            <PreviewCard key={file.key} file={file} />
          ))}
        </ul>
      )}
      <ChooseStep />
      <fieldset className="import-duplicates">
        <legend>{t('duplicates.label')}</legend>
        {DUPLICATE_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="import-duplicates"
              value={mode}
              checked={duplicateMode === mode}
              onChange={() => setDuplicateMode(mode)}
            />
            {t(`duplicates.${mode}`)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="import-error">
          {error}
        </p>
      )}
      <div className="modal__actions">
        <button
          type="button"
          className="button--primary"
          disabled={inspecting || importable === 0}
          onClick={() => void start()}
        >
          {t('actions.start', { count: importable })}
        </button>
      </div>
    </div>
  );
}
