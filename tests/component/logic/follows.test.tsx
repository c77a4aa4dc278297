import { describe, expect, it } from 'vitest';
import {
  encodeBookmarkFile,
  parseBookmarkFile,
} from '../../../src/client/features/bookmarks/lib/bookmark-file';
import {
  followKey,
  type FollowedSearch,
} from '../../../src/client/features/bookmarks/lib/followed-search';
import { createFollowStore } from '../../../src/client/features/bookmarks/store/follow-store';
import {
  startVisit,
  VISIT_GAP_MS,
} from '../../../src/client/features/reading-state/lib/last-visit';
import { STORAGE_KEYS } from '../../../src/client/lib/storage/storage-keys';
import { buildBookmark, buildBookmarkFile } from '../support/builders';
import { memoryStorage } from '../support/storage';

const buildFollow = (overrides: Partial<FollowedSearch> = {}): FollowedSearch => ({
  search: 'q=%E9%87%8D%E5%BA%86&topic=enrollment',
  label: '重庆 · 招生考试',
  followedAt: '2024-11-23T08:00:00.000Z',
  seen: { keys: ['0a2241cd', '1b2241cd'], horizon: null },
  ...overrides,
});

const storedText = (follows: unknown[]) =>
  JSON.stringify({ format: 'edu-news-reader/follows', version: 1, follows });

describe('the key of a followed search', () => {
  it('is the search as its URL writes it, page and blanks around the text left out', () => {
    const key = followKey({ text: ' 重庆 ', filters: { topics: ['enrollment'] } });
    expect(key).toBe(buildFollow().search);
  });
});

describe('followed searches in the export file', () => {
  it('round-trip with the bookmarks', () => {
    const bookmarks = [buildBookmark()];
    const follows = [
      buildFollow(),
      buildFollow({ search: 'region=50', label: '重庆市', seen: null }),
    ];
    const text = JSON.stringify(encodeBookmarkFile(bookmarks, new Date(), follows));
    expect(parseBookmarkFile(text)).toEqual({ ok: true, bookmarks, follows });
  });

  it('are left out of a file when there are none, and a file without them still imports', () => {
    const bookmarks = [buildBookmark()];
    expect(encodeBookmarkFile(bookmarks)).not.toHaveProperty('follows');
    const old = JSON.stringify(buildBookmarkFile(bookmarks));
    expect(parseBookmarkFile(old)).toEqual({ ok: true, bookmarks });
  });

  it('refuse the whole file when one is broken, naming it', () => {
    const file = buildBookmarkFile([buildBookmark()], {
      follows: [buildFollow(), buildFollow({ search: 'q=x', label: '' })],
    });
    expect(parseBookmarkFile(JSON.stringify(file))).toEqual({
      ok: false,
      reason: '第 2 条关注的名称无效。',
    });
    const badMark = buildBookmarkFile([], {
      follows: [{ ...buildFollow(), seen: { keys: [42], horizon: null } }],
    });
    expect(parseBookmarkFile(JSON.stringify(badMark))).toEqual({
      ok: false,
      reason: '第 1 条关注的已读记录无效。',
    });
  });
});

describe('the follow store', () => {
  it('follows once, unfollows, and records what was seen', () => {
    const storage = memoryStorage();
    const store = createFollowStore(storage, { now: () => new Date('2024-11-23T08:00:00Z') });
    store.follow('q=a', 'a');
    store.follow('q=a', 'a again');
    expect(store.getSnapshot().value).toEqual([
      { search: 'q=a', label: 'a', followedAt: '2024-11-23T08:00:00.000Z', seen: null },
    ]);
    store.markSeen('q=a', { keys: ['x'], horizon: 3 });
    expect(createFollowStore(storage).getSnapshot().value[0]?.seen).toEqual({
      keys: ['x'],
      horizon: 3,
    });
    store.unfollow('q=a');
    expect(createFollowStore(storage).getSnapshot().value).toEqual([]);
  });

  it('keeps unreadable data aside and uses what it can read, as the bookmarks do', () => {
    const broken = storedText([buildFollow(), { search: 7 }]);
    const storage = memoryStorage({ [STORAGE_KEYS.follows]: broken });
    const store = createFollowStore(storage);
    expect(store.getSnapshot().value).toEqual([buildFollow()]);
    expect(store.getSnapshot().status.unreadable).toMatchObject({ copies: 1, partlyRead: true });
    expect(store.unreadableCopies()).toEqual([broken]);
  });

  it('imports only the searches not followed here, keeping the local record', () => {
    const store = createFollowStore(memoryStorage());
    store.follow(buildFollow().search, '本地的名称');
    const added = store.importFollows([buildFollow(), buildFollow({ search: 'q=b', label: 'b' })]);
    expect(added).toBe(1);
    expect(store.getSnapshot().value.map((f) => f.label)).toEqual(['本地的名称', 'b']);
  });
});

describe('visits, for 新 in 最新加入', () => {
  const mark = (key: string) => ({ keys: [key], horizon: null });

  it('starts a new visit after half an hour away, measured against the last one’s look', () => {
    const state = { lastSeenAt: 0, previous: mark('old'), current: mark('last') };
    expect(startVisit(state, VISIT_GAP_MS + 1)).toEqual({
      lastSeenAt: VISIT_GAP_MS + 1,
      previous: mark('last'),
      current: null,
    });
  });

  it('goes on with the same visit after a shorter gap, and keeps its marks', () => {
    const state = { lastSeenAt: 0, previous: mark('old'), current: mark('last') };
    expect(startVisit(state, VISIT_GAP_MS)).toEqual({ ...state, lastSeenAt: VISIT_GAP_MS });
  });

  it('keeps the older look when the last visit never showed the list', () => {
    const state = { lastSeenAt: 0, previous: mark('old'), current: null };
    expect(startVisit(state, VISIT_GAP_MS * 3).previous).toEqual(mark('old'));
  });
});
