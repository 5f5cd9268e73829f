import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate, parseUserDate } from '../../../../shared/text/dates';
import { ModalDialog } from '../../app/modal-dialog';
import type { CategoryWithCount } from '../library/category-types';
import type { MetaPatch, OpenArticle } from './reader-store';

type Props = {
  article: OpenArticle;
  categories: CategoryWithCount[];
  onSave(patch: MetaPatch): Promise<boolean>;
  onClose(): void;
};

/** Title, category, date and author, corrected by hand when the import guessed wrong. */
export function EditMetaDialog({ article, categories, onSave, onClose }: Props) {
  const { t } = useTranslation('reader');
  const { t: tc } = useTranslation();
  const [title, setTitle] = useState(article.title);
  const [categoryId, setCategoryId] = useState(article.categoryId ?? '');
  const [date, setDate] = useState(
    article.publishedAt ? formatDisplayDate(article.publishedAt) : '',
  );
  const [author, setAuthor] = useState(article.author ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('editor.emptyTitle'));
    const publishedAt = date.trim() ? parseUserDate(date) : null;
    if (date.trim() && !publishedAt) return setError(t('editor.invalidDate'));
    const saved = await onSave({
      title: title.trim(),
      categoryId: categoryId || null,
      publishedAt,
      author: author.trim() || null,
    });
    if (saved) onClose();
  };

  return (
    <ModalDialog title={t('editor.title')} onClose={onClose}>
      <form className="edit-meta" onSubmit={(event) => void submit(event)}>
        <label className="field">
          {t('editor.fieldTitle')}
          <input value={title} onChange={(event) => setTitle(event.target.value)} required />
        </label>
        <label className="field">
          {t('editor.fieldCategory')}
          <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
            <option value="">{t('editor.noCategory')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('editor.fieldDate')}
          <input
            value={date}
            onChange={(event) => setDate(event.target.value)}
            placeholder="13/07/2020 13:25"
          />
        </label>
        <label className="field">
          {t('editor.fieldAuthor')}
          <input value={author} onChange={(event) => setAuthor(event.target.value)} />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {tc('actions.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {tc('actions.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
