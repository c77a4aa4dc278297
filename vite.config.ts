import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { seedBundle } from './src/compiler/vite-plugin.ts';

// `base: './'` keeps every asset and data URL relative, so the same dist/ works at a site root
// and under any sub-path; `--base=/reader/` still overrides it.
export default defineConfig({
  base: './',
  plugins: [react(), seedBundle({ seedsDir: 'seeds' })],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
