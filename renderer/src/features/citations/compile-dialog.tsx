import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompilePreview } from '../../../../shared/ipc/citations';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../shared/report/fields';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { ModalDialog } from '../../app/modal-dialog';
import { useNavigationStore } from '../../app/navigation-store';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { useLibraryStore } from '../library/library-store';
import { useReportsStore } from '../reports/reports-store';
import { DateField } from '../search/date-field';
import { compileSource, moveSection, type RangeChoice, type SourceKind } from './compile-source';
import './citations.css';

type Section = CompilePreview['sections'][number];

const day = (iso: string | null) =>
  iso ? formatDisplayDate(`${iso}T00:00+07:00`, { withTime: false }) : '';

/**
 * "Tạo báo cáo tổng hợp": choose the articles (the selection, the current search and filters,
 * or a range and categories), see what goes in per category and in which order, then create
 * an ordinary report and open it.
 */
export function CompileDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('citations');
  const ids = useId();
  const library = useLibraryStore();
  const selection = [...library.selection.ids];
  const [kind, setKind] = useState<SourceKind>(selection.length > 0 ? 'selection' : 'filter');
  const [range, setRange] = useState<RangeChoice>({ categoryIds: [] });
  const [title, setTitle] = useState(() => t('compile.defaultTitle'));
  const [type, setType] = useState<DocumentType>('bao-cao');
  const [preview, setPreview] = useState<CompilePreview | null>(null);
  const [order, setOrder] = useState<Section[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const source = compileSource(kind, selection, library.query, library.filters, range);
  const sourceKey = JSON.stringify(source);

  useEffect(() => {
    let current = true;
    setPreview(null);
    setError(null);
    setConfirmed(false);
    api.reports.compilePreview({ source: JSON.parse(sourceKey) as typeof source }).then(
      (answer) => {
        if (!current) return;
        setPreview(answer);
        setOrder(answer.sections);
      },
      (failure: unknown) => current && setError(errorText(failure)),
    );
    return () => {
      current = false;
    };
    // The key stands for the source: a new object each render must not refetch.
  }, [sourceKey]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.reports.compile({
        source,
        title: title.trim() || t('compile.defaultTitle'),
        type,
        categoryOrder: order.map((s) => s.categoryId),
        confirmed,
      });
      showToast({ message: t('compile.created', { count: result.articles }) });
      onClose();
      useReportsStore.getState().open(result.id);
      useNavigationStore.getState().go('reports');
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  const canCreate =
    preview !== null && preview.total > 0 && (!preview.confirmRequired || confirmed) && !busy;
  const toggleCategory = (id: string, on: boolean) =>
    setRange({
      ...range,
      categoryIds: on ? [...range.categoryIds, id] : range.categoryIds.filter((c) => c !== id),
    });

  return (
    <ModalDialog title={t('compile.title')} onClose={onClose}>
      <form
        className="compile-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (canCreate) void create();
        }}
      >
        <fieldset className="field">
          {selection.length > 0 && (
            <label className="radio-row">
              <input
                type="radio"
                name="compile-source"
                checked={kind === 'selection'}
                onChange={() => setKind('selection')}
              />
              {t('compile.fromSelection', { count: selection.length })}
            </label>
          )}
          <label className="radio-row">
            <input
              type="radio"
              name="compile-source"
              checked={kind === 'filter'}
              onChange={() => setKind('filter')}
            />
            {t('compile.fromFilter')}
          </label>
          <label className="radio-row">
            <input
              type="radio"
              name="compile-source"
              checked={kind === 'range'}
              onChange={() => setKind('range')}
            />
            {t('compile.fromRange')}
          </label>
        </fieldset>
        {kind === 'range' && (
          <div className="compile-dialog__range">
            <DateField
              label={t('compile.from')}
              value={range.from}
              onChange={(from) => setRange({ ...range, from })}
            />
            <DateField
              label={t('compile.to')}
              value={range.to}
              onChange={(to) => setRange({ ...range, to })}
            />
            <fieldset className="compile-dialog__categories">
              <legend>{t('compile.categories')}</legend>
              {library.categories.map((c) => (
                <label key={c.id} className="radio-row">
                  <input
                    type="checkbox"
                    checked={range.categoryIds.includes(c.id)}
                    onChange={(event) => toggleCategory(c.id, event.target.checked)}
                  />
                  {c.name}
                </label>
              ))}
            </fieldset>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-title`}>{t('compile.reportTitle')}</label>
          <input
            id={`${ids}-title`}
            value={title}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-type`}>{t('compile.type')}</label>
          <select
            id={`${ids}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as DocumentType)}
          >
            {DOCUMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`compile.types.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <section
          className="compile-dialog__preview"
          aria-live="polite"
          aria-label={t('compile.preview')}
        >
          {preview && (
            <>
              <p>
                {t('compile.total', { count: preview.total, sections: preview.sections.length })}
                {preview.firstDay && ` (${day(preview.firstDay)} – ${day(preview.lastDay)})`}
              </p>
              {order.length > 1 && <p className="hint">{t('compile.order')}</p>}
              <ol className="compile-dialog__sections">
                {order.map((section, i) => (
                  <li key={section.categoryId ?? '-'}>
                    <span>
                      {section.name} — {section.count}
                    </span>
                    <button
                      type="button"
                      aria-label={`${t('compile.up')}: ${section.name}`}
                      disabled={i === 0}
                      onClick={() => setOrder(moveSection(order, i, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`${t('compile.down')}: ${section.name}`}
                      disabled={i === order.length - 1}
                      onClick={() => setOrder(moveSection(order, i, 1))}
                    >
                      ↓
                    </button>
                  </li>
                ))}
              </ol>
              {preview.missingBodies.length > 0 && (
                <>
                  <p>{t('compile.missingBodies')}</p>
                  <ul className="compile-dialog__missing">
                    {preview.missingBodies.map((m) => (
                      <li key={m.id}>{m.title}</li>
                    ))}
                  </ul>
                </>
              )}
              {preview.confirmRequired && (
                <label className="radio-row">
                  <input
                    type="checkbox"
                    checked={confirmed}
                    onChange={(e) => setConfirmed(e.target.checked)}
                  />
                  {t('compile.confirm', { count: preview.total })}
                </label>
              )}
            </>
          )}
        </section>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {preview?.total === 0 && !error && (
          <p role="alert" className="error-text">
            {t('compile.empty')}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('compile.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!canCreate}>
            {busy ? t('compile.working') : t('compile.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
