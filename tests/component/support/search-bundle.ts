import {
  bundlePaths,
  type Article,
  type Manifest,
  type Teaser,
} from '../../../src/domain/bundle/bundle';
import { bundleTags } from '../../../src/domain/search/build/search-files';
import { searchFilesOf } from '../../support/search-files-of';
import { buildItemFile, buildManifest } from './builders';
import type { Answer } from './bundle-server';

type Item = Article | Teaser;

/**
 * A whole bundle with real search files, built by the compiler's own search steps: the
 * manifest, every item's file (with the tags the compiler found, in its shape) and the search
 * manifest, tables and binary shards. Serve it with `serveBundle` and the search page runs for
 * real.
 */
export async function buildSearchBundle(items: readonly Item[], manifest: Partial<Manifest> = {}) {
  const search = await searchFilesOf(
    items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      paragraphs: item.kind === 'article' ? item.paragraphs : [],
      date: item.kind === 'article' ? item.publishedAt : item.date,
      host: item.kind === 'article' ? item.host : null,
    })),
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
