import { chinaDivisions } from '../domain/regions/china-divisions.ts';
import {
  buildSearchFiles,
  searchFilePaths,
  type SearchFiles,
} from '../domain/search/build-search-files.ts';
import { pinyinKeys } from '../domain/search/pinyin-keys.ts';
import type { Catalog } from './catalog/build-catalog.ts';

/**
 * Tags every article and teaser (regions, topics, keywords) and builds the sharded search index.
 * Teasers are searched by their (possibly truncated) titles; results are ordered by the same date
 * as the latest list.
 */
export function buildCatalogSearch(catalog: Catalog): SearchFiles {
  const sources = [
    ...catalog.articles.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      paragraphs: a.paragraphs,
      date: catalog.summaries.get(a.id)?.date ?? a.publishedAt,
      host: a.host,
    })),
    ...catalog.teasers.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      truncated: t.truncated,
      paragraphs: [],
      date: t.date,
      host: null,
    })),
  ];
  return buildSearchFiles(sources, chinaDivisions(), pinyinKeys);
}

/** The search files as bundle files: JSON for the small ones, binary shards. */
export function searchBundleFiles(search: SearchFiles): [string, string | Uint8Array][] {
  return [
    [searchFilePaths.manifest, JSON.stringify(search.manifest)],
    [searchFilePaths.regions, JSON.stringify(search.regions)],
    [searchFilePaths.pinyin, JSON.stringify(search.pinyin)],
    ...[...search.shards].map(([key, bytes]): [string, Uint8Array] => [
      searchFilePaths.shard(key),
      bytes,
    ]),
  ];
}
