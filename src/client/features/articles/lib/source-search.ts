/**
 * A web search for a title on the site that listed it: the full text is most likely there, and
 * sites' own search pages have no common address. Baidu, since our readers are in China.
 */
export function sourceSiteSearchUrl(host: string, title: string): string {
  const query = `${title} site:${host}`;
  return `https://www.baidu.com/s?${new URLSearchParams({ wd: query }).toString()}`;
}
