import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI builds into web/dist, which `entente serve` serves beside the API; `vite web` proxies /api to it.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
