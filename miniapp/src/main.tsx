import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { initApp, signalReady } from './init.ts';
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
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App launch={launch} onFirstScreen={signalReady} />
    </StrictMode>,
  );
}
