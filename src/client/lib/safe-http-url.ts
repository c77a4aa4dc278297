/**
 * Returns the URL if it is an absolute http(s) URL, else null. Seed text is untrusted, so a
 * `javascript:` or `data:` URL must never reach an `href`.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
