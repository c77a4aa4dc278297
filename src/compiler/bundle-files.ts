import {
  BUNDLE_VERSION,
  HOT_LIMIT,
  LATEST_PAGE_SIZE,
  bundlePaths,
  type ItemFile,
  type ItemSummary,
  type LatestPage,
  type Manifest,
} from '../domain/bundle.ts';
import { rankHot, rankLatest } from '../domain/rank-lists.ts';
import type { Catalog } from './catalog/build-catalog.ts';

/**
 * Lays a catalog out as the bundle's files, path → JSON text. Every list is fully ordered and
 * objects are built field by field, so identical seeds give identical bytes.
 */
export function bundleFiles(catalog: Catalog): Map<string, string> {
  const summary = (id: string): ItemSummary => {
    const s = catalog.summaries.get(id);
    if (!s) throw new Error(`No summary for ranked item ${id}`);
    return s;
  };
  const latest = rankLatest(catalog.facts).map((f) => summary(f.id));
  const hot = rankHot(catalog.facts)
    .slice(0, HOT_LIMIT)
    .map((f) => summary(f.id));
  const pages = Math.max(1, Math.ceil(latest.length / LATEST_PAGE_SIZE));

  const files = new Map<string, string>();
  const manifest: Manifest = {
    version: BUNDLE_VERSION,
    counts: { articles: catalog.articles.length, teasers: catalog.teasers.length },
    disclaimer: catalog.disclaimer,
    latest: { pageSize: LATEST_PAGE_SIZE, pages, total: latest.length },
    hot,
  };
  files.set(bundlePaths.manifest(), JSON.stringify(manifest));
  for (let page = 1; page <= pages; page++) {
    const items = latest.slice((page - 1) * LATEST_PAGE_SIZE, page * LATEST_PAGE_SIZE);
    const file: LatestPage = { version: BUNDLE_VERSION, page, items };
    files.set(bundlePaths.latestPage(page), JSON.stringify(file));
  }
  for (const item of [...catalog.articles, ...catalog.teasers]) {
    const file: ItemFile = { version: BUNDLE_VERSION, item };
    files.set(bundlePaths.item(item.id), JSON.stringify(file));
  }
  return files;
}
