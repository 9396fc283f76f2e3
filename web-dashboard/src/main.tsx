import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { catalogues, firstLocale } from './lib/i18n.tsx';
import './styles.css';

const root = document.getElementById('root');
// The first language is loaded before the first paint, so a Russian reader never sees English flash by.
if (root) {
  void catalogues.load(firstLocale()).then((translator) =>
    createRoot(root).render(
      <StrictMode>
        <App translator={translator} />
      </StrictMode>,
    ),
  );
}
