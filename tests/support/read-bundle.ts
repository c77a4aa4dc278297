import type {
  ItemFile,
  LatestFile,
  LatestPage,
  ListPaging,
  Manifest,
} from '../../src/domain/bundle/bundle.ts';
import { bundlePaths } from '../../src/domain/bundle/bundle.ts';
import { latestSlicesOfPage } from '../../src/domain/bundle/latest-pages.ts';

/** Typed access to a compiled bundle held in memory, failing loudly on a missing file. */
export function readBundle(files: ReadonlyMap<string, string | Uint8Array>) {
  const read = (name: string): unknown => {
    const text = files.get(name);
    if (typeof text !== 'string') throw new Error(`The bundle has no JSON file ${name}`);
    return JSON.parse(text);
  };
  const manifest = read(bundlePaths.manifest()) as Manifest;
  // Page after page as a reader turns them, each from the file the client would fetch.
  const list = (paging: ListPaging, path: (file: LatestFile) => string) =>
    Array.from({ length: paging.pages }, (_, i) => {
      const slices = latestSlicesOfPage(paging, i + 1);
      if (slices === null) throw new Error(`The manifest's paging has no page ${i + 1}`);
      return slices.flatMap(({ file, from, to }) =>
        (read(path(file)) as LatestPage).items.slice(from, to),
      );
    }).flat();
  const latest = list(manifest.latest, bundlePaths.latestPage);
  const latestArticles = list(manifest.latestArticles, bundlePaths.latestArticlesPage);
  return {
    manifest,
    latest,
    latestArticles,
    item: (id: string) => (read(bundlePaths.item(id)) as ItemFile).item,
  };
}
