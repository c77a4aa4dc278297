import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { createReaderStores } from './app/reader-stores';
import { AppRouter } from './app/router';
import {
  applyReaderSettings,
  systemPrefersDark,
} from './features/reader-settings/lib/apply-reader-settings';
import { resolveTheme } from './features/reader-settings/lib/reader-settings';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Applied before React's first render, so a dark-theme reader never sees a light page flash.
const stores = createReaderStores();
const { fontSize, theme } = stores.settings.getSnapshot().value;
applyReaderSettings(document.documentElement, {
  fontSize,
  theme: resolveTheme(theme, systemPrefersDark()),
});

createRoot(root).render(
  <StrictMode>
    <AppProvider stores={stores}>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
