import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompileDialog } from './compile-dialog';

/** "Tạo báo cáo tổng hợp" in the library's toolbar. */
export function CompileButton() {
  const { t } = useTranslation('citations');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('compile.button')}
      </button>
      {open && <CompileDialog onClose={() => setOpen(false)} />}
    </>
  );
}
