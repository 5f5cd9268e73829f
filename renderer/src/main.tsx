import './platform/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts';
import './styles/base.css';
import { App } from './app/app';
import { initI18n } from './i18n/i18n';
import { useSettingsStore } from './features/settings/settings-store';
import { useLibraryStore } from './features/library/library-store';

async function start(): Promise<void> {
  // The library is the first page: its rows are asked for now, beside the settings, instead of
  // after i18n and the first render (on a large archive that answer is the longest wait).
  useLibraryStore.getState().start();
  const settings = await useSettingsStore.getState().load();
  await initI18n(settings.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
