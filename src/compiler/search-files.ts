import { bundlePaths } from '../domain/bundle/bundle.ts';
import type { SearchFiles, SearchSource } from '../domain/search/build/search-files.ts';
import type { Catalog } from './catalog/build-catalog.ts';
import type { Lines } from './spilled-lines.ts';

/**
 * What search reads of every article and teaser. Teasers are searched by their (possibly
 * truncated) titles; results are ordered by the same date as the latest list. A story's
 * representative is also found by the other headlines its copies carry: its paragraphs then end
 * with them.
 */
export function catalogSearchSources(catalog: Catalog): SearchSource<Lines>[] {
  const titles = new Map(catalog.articles.map((a) => [a.id, a.title]));
  const otherHeadlines = (id: string, title: string) => {
    const story = catalog.stories.get(id);
    if (story?.members[0] !== id) return [];
    return [...new Set(story.members.map((m) => titles.get(m) ?? title))].filter(
      (t) => t !== title,
    );
  };
  return [
    ...catalog.articles.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      paragraphs: [...a.paragraphs, ...otherHeadlines(a.id, a.title)],
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

/**
 * Whether search shows an item: a story's copies other than its representative are indexed as
 * copies (`SearchDoc.copy`) and never shown, so that results show each story once, as the lists do.
 */
export function shownInSearch(catalog: Catalog): (doc: { id: string }) => boolean {
  return (doc) => {
    const story = catalog.stories.get(doc.id);
    return !story || story.members[0] === doc.id;
  };
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
