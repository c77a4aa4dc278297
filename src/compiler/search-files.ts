import { bundlePaths } from '../domain/bundle/bundle.ts';
import type { SearchFiles, SearchSource } from '../domain/search/build/search-files.ts';
import type { Catalog } from './catalog/build-catalog.ts';

/**
 * What search reads of every article and teaser. Teasers are searched by their (possibly
 * truncated) titles; results are ordered by the same date as the latest list.
 */
export function catalogSearchSources(catalog: Catalog): SearchSource[] {
  return [
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
}

/** The search files as bundle files: JSON for the small ones, binary shards. */
export function searchBundleFiles(search: SearchFiles): [string, string | Uint8Array][] {
  return [
    [bundlePaths.searchManifest(), JSON.stringify(search.manifest)],
    [bundlePaths.searchRegions(), JSON.stringify(search.regions)],
    [bundlePaths.searchPinyin(), JSON.stringify(search.pinyin)],
    ...[...search.shards].map(([key, bytes]): [string, Uint8Array] => [
      bundlePaths.searchFile(key),
      bytes,
    ]),
  ];
}
