/**
 * Every `localStorage` key the reader writes, in one place: a new key must not collide with
 * these, and tests and docs name them from here. Unreadable bookmark data is kept aside under
 * `${BOOKMARKS_KEY}:unreadable:<time>`.
 */
export const STORAGE_KEYS = {
  bookmarks: 'edu-news-reader:bookmarks',
  settings: 'edu-news-reader:settings',
  reading: 'edu-news-reader:reading',
  /** Bookmarked items whose offline copy failed, so that they are not asked for on every visit. */
  copyFailures: 'edu-news-reader:copy-failures',
  /** Followed searches (关注), beside the bookmarks and in their export file (docs/follow.md). */
  follows: 'edu-news-reader:follows',
  /** The reader's visits: what 最新加入 showed last time, for its 新 marks (docs/follow.md). */
  visits: 'edu-news-reader:visits',
  /** The listening queue (稍后听) and the speech speed and voice (docs/listen.md). */
  listening: 'edu-news-reader:listening',
} as const;
