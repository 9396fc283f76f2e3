import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { initApp, signalReady } from './init.ts';
import { catalogues, firstLocale } from './lib/i18n.tsx';
import { connectRealtime } from './lib/realtime.ts';
import { enterRoute, parseHash, routeFromStartParam } from './lib/router.ts';
import { startSession } from './lib/session.ts';
import './styles.css';

const launch = initApp();

if (launch.kind === 'telegram') {
  startSession(launch.initDataRaw);
  connectRealtime(launch.initDataRaw);
  // The SDK has read (and stored) the launch parameters; the hash is ours from here on.
  // A hash that is already a route is a reload: stay where the user was.
  if (!parseHash(window.location.hash)) enterRoute(routeFromStartParam(launch.startParam));
}

const root = document.getElementById('root');
// The first language is loaded before the first render, so a Russian reader never sees English flash by.
if (root) {
  const language = launch.kind === 'telegram' ? launch.languageCode : undefined;
  void catalogues.load(firstLocale(language)).then((translator) =>
    createRoot(root).render(
      <StrictMode>
        <App launch={launch} translator={translator} onFirstScreen={signalReady} />
      </StrictMode>,
    ),
  );
}
