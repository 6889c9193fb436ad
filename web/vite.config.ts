/**
 * Builds the web UI into web/dist, which the server serves at / (src/api/app.ts). `npm run dev:web`
 * serves it with hot reload and forwards /api to a running server (SAMARKIV_API, default :8080).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.SAMARKIV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/api': api, '/openapi.json': api } },
});
