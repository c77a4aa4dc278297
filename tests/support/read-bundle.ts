import type { ItemFile, LatestPage, Manifest } from '../../src/domain/bundle/bundle.ts';
import { bundlePaths } from '../../src/domain/bundle/bundle.ts';

/** Typed access to a compiled bundle held in memory, failing loudly on a missing file. */
export function readBundle(files: ReadonlyMap<string, string | Uint8Array>) {
  const read = (name: string): unknown => {
    const text = files.get(name);
    if (typeof text !== 'string') throw new Error(`The bundle has no JSON file ${name}`);
    return JSON.parse(text);
  };
  const manifest = read(bundlePaths.manifest()) as Manifest;
  const list = (pages: number, path: (page: number) => string) =>
    Array.from({ length: pages }, (_, i) => read(path(i + 1)) as LatestPage).flatMap(
      (page) => page.items,
    );
  const latest = list(manifest.latest.pages, bundlePaths.latestPage);
  const latestArticles = list(manifest.latestArticles.pages, bundlePaths.latestArticlesPage);
  return {
    manifest,
    latest,
    latestArticles,
    item: (id: string) => (read(bundlePaths.item(id)) as ItemFile).item,
  };
}
