/** The environment variable that gives the site's address, as `--site-url` does (`vite build`). */
export const SITE_URL_ENV = 'READER_SITE_URL';

/**
 * `text` as the site's address: an absolute http(s) URL of the folder the reader's index.html is
 * served from, without query or fragment; a missing final `/` is added (a feed's links are made
 * by appending to it). A plain sentence says what is wrong otherwise.
 */
export function parseSiteUrl(text: string, from = '--site-url'): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(
      `${from} must be the site's full address, like https://example.org/reader/, not "${text}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${from} must start with http:// or https://, not "${text}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `${from} must be the address of the site's folder, without a query, fragment or user name: "${text}".`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The site's address for a compile: `explicit` (`--site-url`), else `READER_SITE_URL`, else null
 * (then no feeds are written: a feed's links must be absolute).
 */
export function siteUrlOf(
  explicit?: string,
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (explicit !== undefined) return parseSiteUrl(explicit);
  const fromEnv = env[SITE_URL_ENV];
  return fromEnv ? parseSiteUrl(fromEnv, SITE_URL_ENV) : null;
}
