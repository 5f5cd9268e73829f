import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES } from '../../../../shared/ipc/import';
import { api } from '../../platform/api';
import { fromPaths, toImportInputs } from './file-inputs';
import { useImportStore } from './import-store';

const ACCEPT = '.txt,.text,.html,.htm,.xhtml,.mhtml,.mht,.docx';

/** Files arrive by the native dialog (Electron), the browser's file input, or drag and drop. */
export function ChooseStep() {
  const { t } = useTranslation('import');
  const addPicked = useImportStore((s) => s.addPicked);
  const tooLarge = useImportStore((s) => s.tooLarge);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const pathForFile = window.khotin?.pathForFile;

  const addFiles = async (files: File[]) => {
    setReading(true);
    try {
      await addPicked(await toImportInputs(files, pathForFile));
    } finally {
      setReading(false);
    }
  };
  const pick = async () => {
    const native = await api.import.pickFiles().catch(() => ({ available: false, paths: null }));
    if (!native.available) return input.current?.click();
    if (native.paths) await addPicked(fromPaths(native.paths));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={`import-drop${dragging ? ' import-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="import-drop__title">{t('choose.drop')}</p>
      <p className="import-drop__formats">{t('choose.formats')}</p>
      <button
        type="button"
        className="button--primary"
        disabled={reading}
        onClick={() => void pick()}
      >
        {reading ? t('choose.reading') : t('choose.pick')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          void addFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      {tooLarge.map((name) => (
        <p key={name} role="alert" className="import-error">
          {t('choose.uploadTooLarge', { name, mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
        </p>
      ))}
    </div>
  );
}
