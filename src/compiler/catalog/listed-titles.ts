import type { IsoDate, SightingList } from '../../domain/bundle/bundle.ts';
import type { SeedList } from '../parse/parse-seed.ts';

/**
 * The titles a seed's latest and hot lists name, packed for linking: two strings and a typed
 * array per seed instead of an object and two strings per entry. At 100,000 seeds the lists
 * hold about two million entries; as objects they took 300 MB of the main thread's heap from
 * reading to linking, and made every collection in between walk them.
 */
export interface ListedTitles {
  /** The titles, each ended by a line break (a title is one line of its page). */
  titles: string;
  /** The dates, each ended by a line break; an empty one for an entry with no date. */
  dates: string;
  /** Per entry: its list (`LISTS`) and whether the site cut its title, then its place in the list. */
  facts: Uint16Array;
}

/** One entry of a latest or hot list. */
export interface ListedTitle {
  list: 'latest' | 'hot';
  title: string;
  truncated: boolean;
  date: IsoDate | null;
  /** Its place in its list, from 0. */
  position: number;
}

const LISTS = ['latest', 'hot'] as const satisfies readonly SightingList[];
const CUT = 4;

/** The entries of `lists` that linking reads (other lists name nothing it ranks), packed. */
export function packListedTitles(lists: readonly SeedList[]): ListedTitles {
  const titles: string[] = [];
  const dates: string[] = [];
  const facts: number[] = [];
  for (const { kind, entries } of lists) {
    if (kind === 'other') continue;
    entries.forEach((entry, position) => {
      titles.push(entry.title);
      dates.push(entry.date ?? '');
      facts.push(LISTS.indexOf(kind) | (entry.truncated ? CUT : 0), position);
    });
  }
  // Joined, so that each is one flat string rather than a rope holding every title it was made of.
  const lines = (values: string[]) => values.map((v) => `${v}\n`).join('');
  return { titles: lines(titles), dates: lines(dates), facts: Uint16Array.from(facts) };
}

/** The entries, in the order of their lists on the page. */
export function* listedTitles(listed: ListedTitles): Generator<ListedTitle> {
  let titleAt = 0;
  let dateAt = 0;
  for (let i = 0; i < listed.facts.length; i += 2) {
    const titleEnd = listed.titles.indexOf('\n', titleAt);
    const dateEnd = listed.dates.indexOf('\n', dateAt);
    const fact = listed.facts[i] ?? 0;
    const date = listed.dates.slice(dateAt, dateEnd);
    yield {
      list: LISTS[fact & (CUT - 1)] ?? 'latest',
      title: listed.titles.slice(titleAt, titleEnd),
      truncated: (fact & CUT) !== 0,
      date: date === '' ? null : date,
      position: listed.facts[i + 1] ?? 0,
    };
    titleAt = titleEnd + 1;
    dateAt = dateEnd + 1;
  }
}
