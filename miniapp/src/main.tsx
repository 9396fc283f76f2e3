import { retrieveRawInitData } from '@telegram-apps/sdk-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function readInitData(): string | undefined {
  try {
    return retrieveRawInitData();
  } catch {
    return undefined;
  }
}

function App() {
  const initData = readInitData();
  if (!initData) {
    return (
      <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24, maxWidth: 480, margin: '0 auto' }}>
        <h1>Codepool</h1>
        <p>This is a Telegram Mini App. Open it from the Codepool bot in Telegram to buy and reveal your codes.</p>
      </main>
    );
  }
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Codepool</h1>
      <p>Signed in from Telegram.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
