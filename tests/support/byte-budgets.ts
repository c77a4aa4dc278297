import { gzipSync } from 'node:zlib';

/**
 * What a phone may download, in gzip bytes (issue #5). Bytes are deterministic, so `npm test`
 * holds the site to them; timings live in `npm run bench`.
 */
export const BYTE_BUDGETS = {
  /** JavaScript fetched before the home lists show. */
  firstPaintJs: 130 * 1024,
  /** Data fetched before the home lists show. */
  homeData: 300 * 1024,
  /** Everything fetched to open an article from the home page, in at most `articleRequests`. */
  article: 50 * 1024,
  articleRequests: 2,
} as const;

/** Size after gzip at the default level, which is what static hosts and CDNs send. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes).length;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
