import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/client/features/bookmarks/lib/bookmark';
import {
  decodeStoredBookmarks,
  encodeBookmarkFile,
  parseBookmarkFile,
} from '../../../src/client/features/bookmarks/lib/bookmark-file';
import { mergeBookmarks } from '../../../src/client/features/bookmarks/lib/merge-bookmarks';
import { buildBookmark, buildBookmarkFile } from '../support/builders';

const text = (value: unknown) => JSON.stringify(value);

describe('reading a bookmark file', () => {
  it('reads back exactly what was exported', () => {
    const bookmarks = [buildBookmark(), buildBookmark({ kind: 'teaser', date: null })];
    const file = encodeBookmarkFile(bookmarks, new Date('2024-11-23T08:00:00Z'));

    expect(file.exportedAt).toBe('2024-11-23T08:00:00.000Z');
    expect(parseBookmarkFile(text(file))).toEqual({ ok: true, bookmarks });
  });

  it('ignores fields it does not know, so files from later versions of a record still import', () => {
    const bookmark = buildBookmark();
    const result = parseBookmarkFile(text(buildBookmarkFile([{ ...bookmark, note: '备注' }])));

    expect(result).toEqual({ ok: true, bookmarks: [bookmark] });
  });

  it('keeps one record per item, the one saved later', () => {
    const older = buildBookmark({ id: 'abc', title: '旧标题', savedAt: '2024-01-01T00:00:00Z' });
    const newer = buildBookmark({ id: 'abc', title: '新标题', savedAt: '2024-06-01T00:00:00Z' });

    expect(parseBookmarkFile(text(buildBookmarkFile([older, newer])))).toEqual({
      ok: true,
      bookmarks: [newer],
    });
  });

  it.each([
    ['text that is not JSON', '{"format":', '文件内容不是有效的 JSON。'],
    ['a JSON file of something else', text({ name: 'package' }), '这不是本阅读器导出的收藏文件。'],
    ['an array', text([buildBookmark()]), '这不是本阅读器导出的收藏文件。'],
    [
      'a file from a newer format',
      text({ ...buildBookmarkFile([]), version: 2 }),
      '文件来自更新版本的阅读器（格式第 2 版），当前版本无法读取。',
    ],
    [
      'a file without a list',
      text({ ...buildBookmarkFile([]), bookmarks: {} }),
      '文件中没有收藏列表。',
    ],
  ])('refuses %s, saying why', (_, content, reason) => {
    expect(parseBookmarkFile(content)).toEqual({ ok: false, reason });
  });

  it.each([
    ['an id that could not name an item', { id: '../manifest' }, '第 2 条收藏的编号无效。'],
    ['an unknown kind', { kind: 'video' }, '第 2 条收藏的类型无效。'],
    ['an empty title', { title: '  ' }, '第 2 条收藏缺少标题。'],
    ['a date in another format', { date: '2024/11/23' }, '第 2 条收藏的日期格式不对。'],
    ['a time that is not a time', { savedAt: '昨天' }, '第 2 条收藏的收藏时间无效。'],
  ])('refuses the whole file when one record has %s, naming the record', (_, change, reason) => {
    const file = buildBookmarkFile([buildBookmark(), { ...buildBookmark(), ...change }]);

    expect(parseBookmarkFile(text(file))).toEqual({ ok: false, reason });
  });
});

describe('reading the stored bookmarks', () => {
  it('keeps the readable records of a partly damaged list and says it is incomplete', () => {
    const good = buildBookmark();
    const decoded = decodeStoredBookmarks(buildBookmarkFile([good, { id: 5 }, 'garbage']));

    expect(decoded).toEqual({ value: [good], complete: false });
  });

  it('finds nothing usable in something that is not a bookmark list', () => {
    expect(decodeStoredBookmarks({ bookmarks: [] })).toBeNull();
    expect(decodeStoredBookmarks(null)).toBeNull();
  });
});

describe('merging imported bookmarks', () => {
  it('adds what is new and keeps the local record of what is already bookmarked', () => {
    const local = buildBookmark({ id: 'same', title: '本地标题' });
    const other = buildBookmark();
    const imported = [buildBookmark({ id: 'same', title: '文件中的标题' }), other];

    expect(mergeBookmarks([local], imported)).toEqual({
      bookmarks: [local, other],
      added: 1,
      alreadyThere: 1,
    });
  });
});

describe('ordering bookmarks', () => {
  it('lists the newest first, and of two saved in the same moment the later saved first', () => {
    const first = buildBookmark({ savedAt: '2024-01-01T00:00:00.000Z' });
    const sameTimeA = buildBookmark({ savedAt: '2024-03-01T00:00:00.000Z' });
    const sameTimeB = buildBookmark({ savedAt: '2024-03-01T00:00:00.000Z' });
    const middle = buildBookmark({ savedAt: '2024-02-01T00:00:00.000Z' });

    expect(newestFirst([first, sameTimeA, sameTimeB, middle])).toEqual([
      sameTimeB,
      sameTimeA,
      middle,
      first,
    ]);
  });
});
