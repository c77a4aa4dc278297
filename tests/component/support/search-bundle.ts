import {
  bundlePaths,
  type Article,
  type ItemTags,
  type Manifest,
  type Teaser,
} from '../../../src/domain/bundle/bundle';
import { chinaDivisions } from '../../../src/domain/tagging/regions/china-divisions';
import { buildSearchFiles, type SearchFiles } from '../../../src/domain/search/build/search-files';
import { pinyinKeys } from '../../../src/domain/text/pinyin-keys';
import { buildItemFile, buildManifest } from './builders';
import type { Answer } from './bundle-server';

type Item = Article | Teaser;

/** An item's tags as the compiler writes them into its file: each region with its chain. */
function bundleTags(tags: SearchFiles['tags'] extends Map<string, infer T> ? T : never): ItemTags {
  return {
    regions: tags.regions.map((r) => {
      const chain = r.chain.map((c) => c.name);
      return { code: r.code, name: chain.at(-1) ?? r.code, chain };
    }),
    topics: tags.topics.map(({ id, name }) => ({ id, name })),
    keywords: tags.keywords,
  };
}

/**
 * A whole bundle with real search files, built by the same domain code as the compiler's: the
 * manifest, every item's file (with the tags the search found) and the search manifest, tables
 * and binary shards. Serve it with `serveBundle` and the search page runs for real.
 */
export function buildSearchBundle(items: readonly Item[], manifest: Partial<Manifest> = {}) {
  const search = buildSearchFiles(
    items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      paragraphs: item.kind === 'article' ? item.paragraphs : [],
      date: item.kind === 'article' ? item.publishedAt : item.date,
      host: item.kind === 'article' ? item.host : null,
    })),
    chinaDivisions(),
    pinyinKeys,
  );
  const tagged = items.map((item): Item => {
    const tags = search.tags.get(item.id);
    return tags ? { ...item, ...bundleTags(tags) } : item;
  });
  const files: Record<string, Answer> = {
    [bundlePaths.manifest()]: buildManifest(manifest),
    [bundlePaths.searchManifest()]: search.manifest,
    [bundlePaths.searchRegions()]: search.regions,
    [bundlePaths.searchPinyin()]: search.pinyin,
  };
  for (const [key, bytes] of search.shards) files[bundlePaths.searchFile(key)] = bytes;
  for (const item of tagged) files[bundlePaths.item(item.id)] = buildItemFile(item);
  const byId = new Map(tagged.map((item) => [item.id, item]));
  return {
    files,
    /** An item as its file has it, tags included. */
    item: (id: string): Item => {
      const item = byId.get(id);
      if (!item) throw new Error(`No item ${id} in the search bundle.`);
      return item;
    },
  };
}
