import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { seedBundle } from './src/compiler/vite-plugin.ts';

// Seed text is untrusted: the built page runs only its own scripts and styles, so even markup
// that slipped through would have nothing to execute. Dev keeps Vite's inline HMR preamble.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head',
    },
  ],
};

// `base: './'` keeps every asset and data URL relative, so the same dist/ works at a site root
// and under any sub-path; `--base=/reader/` still overrides it.
export default defineConfig({
  base: './',
  plugins: [react(), seedBundle({ seedsDir: 'seeds' }), contentSecurityPolicy],
  server: {
    host: '127.0.0.1',
    port: 5173,
    // Generated corpora and test output can hold 100,000 files; watching them exhausts inotify.
    watch: { ignored: ['**/.tmp/**', '**/test-results/**', '**/dist/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
