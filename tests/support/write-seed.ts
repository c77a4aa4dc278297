/** One sidebar item as a seed lists it. */
export interface SeedListItem {
  title: string;
  date: string;
  /** Write the title cut short with `...`, as the scraped sidebars do. */
  truncate?: number;
}

export interface SeedParts {
  title: string;
  paragraphs: string[];
  url?: string | null;
  disclaimer?: string | null;
  prev?: string | null;
  next?: string | null;
  latest?: SeedListItem[];
  hot?: SeedListItem[];
}

const DEFAULT_DISCLAIMER = '[免责声明] 测试用的免责声明。';

/**
 * Writes a sidebar the way the scraper does: the first line is a bare title, each later line is
 * the previous item's date glued to the next title, and the last line is a bare date.
 */
export function writeGluedList(items: readonly SeedListItem[]): string[] {
  const titles = items.map((i) =>
    i.truncate !== undefined && i.truncate < i.title.length
      ? `${i.title.slice(0, i.truncate)}...`
      : i.title,
  );
  if (items.length === 0) return [];
  return [titles[0] ?? '', ...items.map((item, n) => `${item.date}${titles[n + 1] ?? ''}`)];
}

/** Writes a seed page in the real seed's layout; omitted parts are left out of the page. */
export function writeSeed(parts: SeedParts): string {
  const lines = [parts.title, ...parts.paragraphs];
  if (parts.url !== null)
    lines.push(`原文链接:${parts.url ?? 'http://example.edu.cn/a/202401/t20240102_1.html'}`);
  if (parts.disclaimer !== null) lines.push(parts.disclaimer ?? DEFAULT_DISCLAIMER);
  if (parts.prev) lines.push(`上一篇:${parts.prev}`);
  if (parts.next) lines.push(`下一篇:${parts.next}`);
  if (parts.latest) lines.push('最新加入', ...writeGluedList(parts.latest));
  if (parts.hot) lines.push('热门资讯', ...writeGluedList(parts.hot));
  return lines.join('\n');
}

/** Seed bytes as the compiler reads them from disk. */
export function seedSource(file: string, text: string): { file: string; bytes: Uint8Array } {
  return { file, bytes: new TextEncoder().encode(text) };
}
