// A relative path: Vite bundles it into the config (a workspace package would be loaded as raw .ts).

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogueSubsetPlugin } from '../shared/src/i18n/catalogue-subset.ts';

export default defineConfig({
  base: '/',
  // The catalogues are cut to the shared messages and the dashboard's own (`dash-…`).
  plugins: [catalogueSubsetPlugin('dash-'), react()],
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'http://localhost:3000', ws: true } } },
});
