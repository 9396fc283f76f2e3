import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 720, margin: '0 auto' }}>
      <h1>Codepool</h1>
      <p>Seller dashboard. Sellers work through the API today:</p>
      <ul>
        <li>
          <a href="/api/openapi.json">OpenAPI document</a> — pools, items, listings, purchase requests
        </li>
        <li>
          <a href="/healthz">Health</a>
        </li>
      </ul>
      <p>
        Get a seller API token with <code>npm run codepool -- seller-token &lt;your Telegram id&gt;</code>.
      </p>
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
