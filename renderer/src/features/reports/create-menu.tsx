import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableTemplates } from '../../../../shared/report/templates';
import { createReport, openWordFile } from './report-actions';

/**
 * "Tạo báo cáo" opens the list of templates read from shared/report/templates.ts, so a
 * template added there shows up here with no change to this file.
 */
export function CreateMenu() {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="create-menu" ref={root}>
      <button
        type="button"
        className="button--primary"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('toolbar.create')}
      </button>
      {open && (
        <div
          className="create-menu__list"
          role="menu"
          aria-label={t('toolbar.createFrom')}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          {availableTemplates().map((template, index) => (
            <button
              key={template.id}
              type="button"
              role="menuitem"
              autoFocus={index === 0}
              onClick={() => {
                setOpen(false);
                void createReport(template.id);
              }}
            >
              {t(`templates.${template.id}`, { defaultValue: template.label })}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="create-menu__word"
            onClick={() => {
              setOpen(false);
              wordInput.current?.click();
            }}
          >
            {t('toolbar.openWord')}
          </button>
        </div>
      )}
      <input
        ref={wordInput}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="open-word-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openWordFile(file);
        }}
      />
    </div>
  );
}
