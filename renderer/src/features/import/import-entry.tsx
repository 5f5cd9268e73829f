import { useTranslation } from 'react-i18next';
import { useCommands } from '../../app/command-bus';
import { ImportDialog } from './import-dialog';
import { useImportStore } from './import-store';

/**
 * The "Nhập tin bài" button and the dialog it opens; placed in the library toolbar and the empty
 * library. The menu's "import.open" command opens it too. `onImported` lets the list refresh.
 */
export function ImportEntry({ onImported }: { onImported?(): void }) {
  const { t } = useTranslation('import');
  const open = useImportStore((s) => s.open);
  const show = useImportStore((s) => s.show);
  useCommands({ 'import.open': show });
  return (
    <>
      <button type="button" className="button--primary" onClick={show}>
        {t('entry')}
      </button>
      {open && <ImportDialog onImported={onImported} />}
    </>
  );
}
