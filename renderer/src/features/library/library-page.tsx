import { useTranslation } from 'react-i18next';

export function LibraryPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="library-title">
      <h1 id="library-title">{t('nav.library')}</h1>
    </section>
  );
}
