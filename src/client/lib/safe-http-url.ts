/**
 * Returns the URL if it is an absolute http(s) URL, else null. Seed text is untrusted, so a
 * `javascript:` or `data:` URL must never reach an `href`. A user name or password before the
 * host is removed: the compiler removes it too, but a bundle from an older compiler may still
 * carry a credential, or a trusted-looking name (`http://a.gov.cn:pw@evil.example/`) that hides
 * where the link goes.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}
