import {
  BUNDLE_VERSION,
  LATEST_PAGE_SIZE,
  type Article,
  type ItemFile,
  type ItemSummary,
  type LatestPage,
  type Manifest,
  type Sighting,
  type Teaser,
} from '../../../src/domain/bundle/bundle';
import type { Bookmark } from '../../../src/client/features/bookmarks/lib/bookmark';
import {
  BOOKMARK_FILE_FORMAT,
  BOOKMARK_FILE_VERSION,
} from '../../../src/client/features/bookmarks/lib/bookmark-file';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}${(++sequence).toString(16).padStart(6, '0')}`;

export function buildArticle(overrides: Partial<Article> = {}): Article {
  const id = overrides.id ?? nextId('a');
  return {
    id,
    kind: 'article',
    title: `文章标题 ${id}`,
    publishedAt: '2022-10-21',
    url: `http://jw.example.gov.cn/news/${id}.html`,
    host: 'jw.example.gov.cn',
    paragraphs: ['第一段正文。', '第二段正文。'],
    prev: null,
    next: null,
    related: [],
    regions: [],
    topics: [],
    keywords: [],
    ...overrides,
  };
}

export function buildSighting(overrides: Partial<Sighting> = {}): Sighting {
  return {
    list: 'latest',
    on: { id: nextId('a'), title: '看到它的那篇文章' },
    date: '2024-11-23',
    ...overrides,
  };
}

export function buildTeaser(overrides: Partial<Teaser> = {}): Teaser {
  const id = overrides.id ?? nextId('t');
  return {
    id,
    kind: 'teaser',
    title: `仅有标题的条目 ${id}`,
    truncated: false,
    date: '2024-11-23',
    host: 'www.example-edu.gov.cn',
    sightings: [buildSighting()],
    regions: [],
    topics: [],
    keywords: [],
    ...overrides,
  };
}

/** What a list shows of an article or teaser; pass the item itself or build one from scratch. */
export function buildSummary(overrides: Partial<ItemSummary> = {}): ItemSummary {
  const kind = overrides.kind ?? 'article';
  const id = overrides.id ?? nextId(kind === 'article' ? 'a' : 't');
  return { id, kind, title: `列表标题 ${id}`, truncated: false, date: '2024-11-23', ...overrides };
}

export function summaryOf(item: Article | Teaser): ItemSummary {
  return item.kind === 'article'
    ? {
        id: item.id,
        kind: 'article',
        title: item.title,
        truncated: false,
        date: item.publishedAt,
        ...(item.titleDerived && { titleDerived: true as const }),
      }
    : {
        id: item.id,
        kind: 'teaser',
        title: item.title,
        truncated: item.truncated,
        date: item.date,
      };
}

export function buildManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    version: BUNDLE_VERSION,
    counts: { articles: 2, teasers: 1 },
    disclaimer: '本站内容来源于网络转载，仅供学习交流使用。',
    latest: { pageSize: LATEST_PAGE_SIZE, pages: 1, total: 1, months: [] },
    latestArticles: { pageSize: LATEST_PAGE_SIZE, pages: 1, total: 1, months: [] },
    hot: [buildSummary()],
    facets: { regions: [], topics: [] },
    ...overrides,
  };
}

export function buildLatestPage(overrides: Partial<LatestPage> = {}): LatestPage {
  return { version: BUNDLE_VERSION, items: [buildSummary()], ...overrides };
}

export function buildItemFile(item: Article | Teaser): ItemFile {
  return { version: BUNDLE_VERSION, item };
}

let savedSequence = 0;

/** A bookmark as the store keeps it; each one is saved a minute after the one built before. */
export function buildBookmark(overrides: Partial<Bookmark> = {}): Bookmark {
  const id = overrides.id ?? nextId('a');
  savedSequence++;
  return {
    id,
    kind: 'article',
    title: `收藏的文章 ${id}`,
    date: '2022-10-21',
    savedAt: new Date(Date.UTC(2024, 10, 23, 8, savedSequence)).toISOString(),
    ...overrides,
  };
}

/** The bookmark file format, as stored and as exported; records may be broken on purpose. */
export function buildBookmarkFile(bookmarks: unknown[], extra: Record<string, unknown> = {}) {
  return { format: BOOKMARK_FILE_FORMAT, version: BOOKMARK_FILE_VERSION, bookmarks, ...extra };
}
