import {
  FEED_LIMIT,
  type FeedRef,
  type IsoDate,
  type TopicRef,
} from '../../domain/bundle/bundle.ts';
import type { Lines } from '../spilled-lines.ts';

/** An article as a feed shows it. */
export interface FeedArticle {
  id: string;
  title: string;
  /** Feeds carry dated articles only: a feed item's date is what readers sort by. */
  date: IsoDate;
  /** The original page (http or https), when the seed gave it. */
  url: string | null;
  host: string | null;
  /** Read only for the feed's few newest items (`linesOf`): spilled ones stay on disk till then. */
  paragraphs: Lines;
  topics: readonly TopicRef[];
  /** The provinces and prefectures it is about, its places' own or their ancestors. */
  places: readonly FeedPlace[];
}

/** A province (2-digit code) or prefecture (4-digit code) with its names from the province down. */
export interface FeedPlace {
  code: string;
  chain: readonly string[];
}

/** One feed: what it follows, its name, and its items, newest first. */
export interface FeedContents {
  ref: FeedRef;
  /** 全部文章, the topic's name, the place's chain (辽宁省 › 朝阳市), or the host. */
  name: string;
  items: FeedArticle[];
}

/** A group of feeds of one kind, filled as the articles pass by, `FEED_LIMIT` items each. */
class FeedGroup {
  private readonly feeds = new Map<string, FeedContents>();

  constructor(private readonly kind: 'topic' | 'region' | 'host') {}

  add(key: string, name: string, article: FeedArticle): void {
    let feed = this.feeds.get(key);
    if (!feed) {
      feed = { ref: { kind: this.kind, key }, name, items: [] };
      this.feeds.set(key, feed);
    }
    if (feed.items.length < FEED_LIMIT) feed.items.push(article);
  }

  /** The feeds by key, in code-point order, so the output does not depend on insertion order. */
  sorted(): FeedContents[] {
    return [...this.feeds.keys()].sort().map((key) => this.feeds.get(key) as FeedContents);
  }
}

/**
 * The feeds of a compile from its dated articles, newest first (the order of 最新加入): one of
 * everything, and one per topic, province, prefecture and source host that has articles, each
 * with the first `FEED_LIMIT`. Teasers are not offered (docs/feeds.md).
 */
export function feedContents(articles: Iterable<FeedArticle>): FeedContents[] {
  const all: FeedContents = { ref: { kind: 'all' }, name: '全部文章', items: [] };
  const topics = new FeedGroup('topic');
  const regions = new FeedGroup('region');
  const hosts = new FeedGroup('host');
  for (const article of articles) {
    if (all.items.length < FEED_LIMIT) all.items.push(article);
    for (const topic of article.topics) topics.add(topic.id, topic.name, article);
    for (const place of article.places) regions.add(place.code, place.chain.join(' › '), article);
    if (article.host) hosts.add(article.host, article.host, article);
  }
  return [all, ...topics.sorted(), ...regions.sorted(), ...hosts.sorted()];
}
