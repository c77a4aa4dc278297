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
} as const;
