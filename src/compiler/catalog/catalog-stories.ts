import type { ItemSummary } from '../../domain/bundle/bundle.ts';
import {
  groupStories,
  isOfficialHost,
  rankCopies,
  type StoryDoc,
} from '../../domain/stories/group-stories.ts';
import type { RankFacts } from '../../domain/lists/rank-lists.ts';
import type { Catalog, CatalogStory } from './build-catalog.ts';

/**
 * The catalog with its reposts grouped into stories (docs/stories.md): each story is listed
 * once, by its representative, with `sources` on its summary and the hot counts of all its
 * copies; every copy keeps its own page. `storyDocOf` gives what grouping reads of an article
 * (null for one without text).
 */
export function withStories(
  catalog: Catalog,
  storyDocOf: (id: string) => StoryDoc | null,
): Catalog {
  const ids: string[] = [];
  const docs: StoryDoc[] = [];
  for (const article of catalog.articles) {
    const doc = storyDocOf(article.id);
    if (doc) {
      ids.push(article.id);
      docs.push(doc);
    }
  }
  const hosts = new Map(catalog.articles.map((a) => [a.id, a.host]));
  const stories = new Map<string, CatalogStory>();
  for (const group of groupStories(docs)) {
    const copies = group.map((i) => {
      const id = ids[i] as string;
      const doc = docs[i] as StoryDoc;
      return {
        id,
        size: doc.fingerprint.length,
        junk: doc.junk,
        official: isOfficialHost(hosts.get(id) ?? null),
        date: catalog.summaries.get(id)?.date ?? null,
      };
    });
    const members = rankCopies(copies).map((c) => c.id);
    // The smallest member id names the story: it stays while copies come and go around it.
    const story = { id: [...members].sort()[0] as string, members };
    for (const id of members) stories.set(id, story);
  }
  if (stories.size === 0) return catalog;

  const facts = new Map(catalog.facts.map((f) => [f.id, f]));
  const summaries = new Map(catalog.summaries);
  const storyFacts: RankFacts[] = [];
  for (const fact of catalog.facts) {
    const story = stories.get(fact.id);
    if (!story) {
      storyFacts.push(fact);
      continue;
    }
    const [lead, ...others] = story.members;
    if (fact.id !== lead) continue;
    // The hot list counts a story across its copies: a seed listing two copies counts twice,
    // which only happens when a site lists its own repost.
    const all = story.members.map((id) => facts.get(id)).filter((f) => f !== undefined);
    const min = (values: (number | null)[]) =>
      values.reduce<number | null>(
        (m, v) => (v === null ? m : m === null ? v : Math.min(m, v)),
        null,
      );
    storyFacts.push({
      ...fact,
      latestPosition: min(all.map((f) => f.latestPosition)),
      hotSeeds: all.reduce((n, f) => n + f.hotSeeds, 0),
      hotPosition: min(all.map((f) => f.hotPosition)),
    });
    const summary = summaries.get(lead) as ItemSummary;
    summaries.set(lead, { ...summary, sources: others.length + 1 });
  }
  return { ...catalog, facts: storyFacts, summaries, stories };
}
