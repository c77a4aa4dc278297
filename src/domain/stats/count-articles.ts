import { BUNDLE_VERSION, type IsoDate } from '../bundle/bundle.ts';
import {
  SPARKLINE_MONTHS,
  fillMonths,
  monthOf,
  monthsBetween,
  type IsoMonth,
  type MonthCountsFile,
  type PlaceCount,
  type PlaceCountsFile,
  type TopicMonthsFile,
} from '../bundle/stats-files.ts';

/** What the counts need of one article: its list date and its tags, each place with its chain. */
export interface CountedArticle {
  /** `ItemSummary.date`, the date search filters by, so a month's bar and its search agree. */
  date: IsoDate | null;
  regions: readonly { chain: readonly { code: string; name: string }[] }[];
  topics: readonly { id: string; name: string }[];
}

/** The three count files of a bundle. */
export interface ArticleStats {
  places: PlaceCountsFile;
  months: MonthCountsFile;
  topics: TopicMonthsFile;
}

const byCountThenCode = (a: PlaceCount, b: PlaceCount) =>
  b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Articles per province and per place one level below it. An article counts once for each
 * place it or a place inside it is about (开州区 news counts for 重庆市 and for 开州区), which is
 * what a region search finds, so a tile's number is its search's number of articles.
 */
function countPlaces(articles: readonly CountedArticle[]): PlaceCountsFile {
  const provinces = new Map<string, PlaceCount>();
  const below = new Map<string, Map<string, PlaceCount>>();
  const bump = (map: Map<string, PlaceCount>, { code, name }: { code: string; name: string }) => {
    const entry = map.get(code) ?? { code, name, count: 0 };
    entry.count++;
    map.set(code, entry);
  };
  for (const article of articles) {
    const seen = new Set<string>();
    for (const { chain } of article.regions) {
      const [province, second] = chain;
      if (province && !seen.has(province.code)) {
        seen.add(province.code);
        bump(provinces, province);
      }
      if (province && second && !seen.has(second.code)) {
        seen.add(second.code);
        const places = below.get(province.code) ?? new Map<string, PlaceCount>();
        below.set(province.code, places);
        bump(places, second);
      }
    }
  }
  const belowOut: Record<string, PlaceCount[]> = {};
  for (const code of [...below.keys()].sort()) {
    belowOut[code] = [...(below.get(code)?.values() ?? [])].sort(byCountThenCode);
  }
  return {
    version: BUNDLE_VERSION,
    provinces: [...provinces.values()].sort(byCountThenCode),
    below: belowOut,
  };
}

/** Articles per month, every month from the first to the last shown (empty ones as 0). */
function countMonths(articles: readonly CountedArticle[]): MonthCountsFile {
  const counts: Record<IsoMonth, number> = {};
  let undated = 0;
  for (const { date } of articles) {
    if (date === null) undated++;
    else counts[monthOf(date)] = (counts[monthOf(date)] ?? 0) + 1;
  }
  return { version: BUNDLE_VERSION, months: fillMonths(counts), undated };
}

/**
 * Each topic's articles in the last `SPARKLINE_MONTHS` months up to the newest article's month.
 * The newest article, not the build day, ends the window: the same seeds give the same file on
 * any day, and a corpus that stopped growing still shows its last two years.
 */
function countTopics(
  articles: readonly CountedArticle[],
  lastMonth: IsoMonth | null,
): TopicMonthsFile {
  const months: IsoMonth[] = [];
  if (lastMonth !== null) {
    const year = Number(lastMonth.slice(0, 4));
    const month = Number(lastMonth.slice(5, 7));
    const start = year * 12 + month - 1 - (SPARKLINE_MONTHS - 1);
    const first = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`;
    months.push(...monthsBetween(first, lastMonth));
  }
  const slot = new Map(months.map((m, i) => [m, i]));
  const topics = new Map<string, TopicMonthsFile['topics'][number]>();
  for (const { date, topics: tags } of articles) {
    const at = date === null ? undefined : slot.get(monthOf(date));
    for (const { id, name } of tags) {
      const entry = topics.get(id) ?? { id, name, total: 0, counts: months.map(() => 0) };
      topics.set(id, entry);
      if (at === undefined) continue;
      entry.total++;
      entry.counts[at] = (entry.counts[at] ?? 0) + 1;
    }
  }
  return {
    version: BUNDLE_VERSION,
    months,
    topics: [...topics.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/**
 * The map's and the timelines' numbers for a bundle's articles. Pure and deterministic: every
 * list is fully ordered, so the same articles in any order give the same files.
 */
export function countArticles(articles: readonly CountedArticle[]): ArticleStats {
  const months = countMonths(articles);
  return {
    places: countPlaces(articles),
    months,
    topics: countTopics(articles, months.months.at(-1)?.[0] ?? null),
  };
}
