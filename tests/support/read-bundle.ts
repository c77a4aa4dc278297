import type { ItemFile, LatestPage, Manifest } from '../../src/domain/bundle.ts';
import { bundlePaths } from '../../src/domain/bundle.ts';

/** Typed access to a compiled bundle held in memory, failing loudly on a missing file. */
export function readBundle(files: ReadonlyMap<string, string>) {
  const read = <T>(name: string): T => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`The bundle has no ${name}`);
    return JSON.parse(text) as T;
  };
  const manifest = read<Manifest>(bundlePaths.manifest());
  const latest = Array.from({ length: manifest.latest.pages }, (_, i) =>
    read<LatestPage>(bundlePaths.latestPage(i + 1)),
  ).flatMap((page) => page.items);
  return { manifest, latest, item: (id: string) => read<ItemFile>(bundlePaths.item(id)).item };
}
