import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { seedBundle } from './src/compiler/vite-plugin.ts';
import {
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_CACHES,
} from './src/client/lib/service-worker/offline-caches.ts';

// Seed text is untrusted: the built page runs only its own scripts and styles, so even markup
// that slipped through would have nothing to execute. Dev keeps Vite's inline HMR preamble.
// The service worker, the search worker and the web app manifest come from the site too.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
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
      // First in the head: a policy applies only to what comes after it, scripts included.
      injectTo: 'head-prepend',
    },
  ],
};

/** A data request under the site's `data/` folder whose path (after `data/`) matches `pattern`. */
const dataFile = (pattern: string) => new RegExp(`/data/${pattern}$`);

// Every data file is fetched from the network first, so a reader online always sees one
// deployment's files together; a cached copy answers only when the network fails or is slower
// than NETWORK_TIMEOUT_SECONDS. Nothing under data/ is precached (a bundle may hold 100,000
// item files). docs/offline.md explains each choice.
const dataRoute = (
  pattern: string,
  cacheName: string,
  maxEntries: number,
  fallback?: { handlerDidError: (param: { request: Request }) => Promise<Response | undefined> },
) => ({
  urlPattern: dataFile(pattern),
  handler: 'NetworkFirst' as const,
  options: {
    cacheName,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    cacheableResponse: { statuses: [200] },
    expiration: { maxEntries },
    ...(fallback && { plugins: [fallback] }),
  },
});

// The page keeps copies of bookmarked items in their own cache (never expired while they are
// bookmarked); when neither the network nor the items cache has an item, the copy answers.
// This function is copied into sw.js as source text, so it may use only the worker's globals:
// `caches.match` looks in every cache, and the items cache has already missed.
const bookmarkedCopy = {
  handlerDidError: ({ request }: { request: Request }) => caches.match(request),
};

const serviceWorker = VitePWA({
  // The page asks before a new build takes over (features/offline), and registers the worker
  // itself with workbox-window (lib/service-worker), so nothing is injected into index.html.
  registerType: 'prompt',
  injectRegister: false,
  // Dev serves changing, unhashed modules: a worker there would only serve stale files.
  devOptions: { enabled: false },
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    name: '教育资讯阅读器',
    short_name: '教育资讯',
    description: '最新加入与热门的教育新闻，按地区和主题查找，离线也能读已打开和收藏的文章。',
    lang: 'zh-CN',
    dir: 'ltr',
    display: 'standalone',
    theme_color: '#b3261e',
    background_color: '#f6f4f0',
    // start_url and scope default to the build's base: `./` (relative to the manifest, so any
    // mount) or `/reader/` for `--base=/reader/`.
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    // The app shell only: the bundle's data/ is cached as it is used, by the routes below.
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2}'],
    globIgnores: ['data/**', '404.html'],
    // Hash routes never reach the server, so the reader's pages are its folder (or index.html)
    // with a hash; any other address in scope (a data file opened in the address bar, a page
    // that does not exist) goes to the network, which answers it or sends the host's 404.html.
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
    // The first visit is controlled at once, so what it reads is cached for the next, offline
    // one; an update still waits for the reader (registerType 'prompt': no skipWaiting).
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      // The map's and the timelines' counts (stats/) go with the lists: small, and read offline.
      dataRoute(
        '(?:manifest\\.json|latest/(?:articles/)?(?:head|(?:undated|\\d{4}-\\d{2})/\\d+)\\.json|stats/[a-z]+\\.json)',
        OFFLINE_CACHES.lists,
        200,
      ),
      dataRoute('items/[^/]+\\.json', OFFLINE_CACHES.items, 2000, bookmarkedCopy),
      dataRoute('search/.+', OFFLINE_CACHES.search, 300),
    ],
  },
});

// `base: './'` keeps every asset and data URL relative, so the same dist/ works at a site root
// and under any sub-path; `--base=/reader/` still overrides it.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    seedBundle({
      seedsDir: process.env.SEEDS_DIR ?? 'seeds',
      // Parsed seeds kept between builds (docs/scaling.md): `npm run build` sets it to
      // .cache/seeds unless told otherwise; the dev server and the tests' builds keep none.
      cacheDir: process.env.READER_CACHE_DIR ?? null,
    }),
    contentSecurityPolicy,
    serviceWorker,
  ],
  server: {
    host: '127.0.0.1',
    port: 5173,
    // Generated corpora and test output can hold 100,000 files; watching them exhausts inotify.
    watch: { ignored: ['**/.tmp/**', '**/.cache/**', '**/test-results/**', '**/dist/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically goes in one chunk beside it. Left alone,
          // Rolldown cuts the code the lazy views share with the home page into a dozen small
          // chunks (stores, hooks, icons): each gzipped on its own, they cost 4.6 KB more than
          // together, and a request each before the first lists (docs/performance.md).
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
});
