import { pinyinKeys } from '../text/pinyin-keys.ts';
import { foldItemText } from './fold-item.ts';
import { chinaDivisions } from './regions/china-divisions.ts';
import { HostRegions } from './regions/host-regions.ts';
import { RegionLexicon } from './regions/region-lexicon.ts';
import { RegionTagger, type RegionTag } from './regions/tag-regions.ts';
import { TopicTagger, type TopicTag } from './topics/tag-topics.ts';

/** The text of an article or teaser as the taggers read it. */
export interface TaggedText {
  title: string;
  paragraphs: readonly string[];
  host: string | null;
  /** See `RegionTagInput.outlet`. */
  outlet?: string | null;
  /** The title was made from the lead: a topic reads it as a headline, a place not again. */
  titleDerived?: boolean;
}

/**
 * The places and topics one item's own text names. It depends on that item alone, so the
 * compiler computes it where the seed is parsed (a worker thread) and keeps it per seed in dev.
 * Keywords are not part of it: they are ranked across the whole corpus, later.
 */
export interface ItemAnalysis {
  regions: RegionTag[];
  topics: TopicTag[];
}

let taggers: { regions: RegionTagger; topics: TopicTagger } | null = null;

/**
 * The taggers, built once per thread: building them reads every region's names and pinyin (tens
 * of milliseconds), and a compile tags up to a few hundred thousand items with them.
 */
function itemTaggers() {
  if (!taggers) {
    const table = chinaDivisions();
    taggers = {
      regions: new RegionTagger(new RegionLexicon(table), {
        hosts: new HostRegions(table, pinyinKeys),
      }),
      topics: new TopicTagger(),
    };
  }
  return taggers;
}

/** A teaser is known by its title only: no body, no host. */
export const teaserText = (title: string): TaggedText => ({ title, paragraphs: [], host: null });

/**
 * Tags one item with the places (the full division table, the host as a hint) and topics its
 * text names. `folded` is `foldItemText` of it, if the caller has it.
 */
export function tagItem(text: TaggedText, folded = foldItemText(text)): ItemAnalysis {
  const { regions, topics } = itemTaggers();
  // The lead already weighs as the lead for places; its copy as a title would count it twice.
  const places = text.titleDerived
    ? regions.tag({ ...text, title: '' }, { ...folded, title: '' })
    : regions.tag(text, folded);
  return { regions: places, topics: topics.tag(text, folded) };
}
