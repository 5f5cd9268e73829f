import { useTranslation } from 'react-i18next';

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('nav.reports')}</h1>
    </section>
  );
}
