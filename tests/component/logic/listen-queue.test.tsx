import { describe, expect, it } from 'vitest';
import {
  chineseVoices,
  isChineseVoice,
} from '../../../src/client/features/listen/player/chinese-voices';
import {
  MAX_QUEUE_LENGTH,
  type QueueEntry,
} from '../../../src/client/features/listen/lib/listen-queue';
import { parseQueueEntries } from '../../../src/client/features/listen/lib/listen-queue-file';
import { listenScript } from '../../../src/client/features/listen/lib/listen-script';
import { createListenStore } from '../../../src/client/features/listen/store/listen-store';
import { STORAGE_KEYS } from '../../../src/client/lib/storage/storage-keys';
import { memoryStorage } from '../support/storage';

const KEY = STORAGE_KEYS.listening;
const target = (id: string, title = `文章${id}`) => ({ id, title, date: '2024-11-23' });
const ids = (queue: readonly QueueEntry[]) => queue.map((entry) => entry.id);

function listenStore(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const store = createListenStore(storage, { now: () => new Date('2024-11-23T08:00:00Z') });
  return { storage, store, queue: () => ids(store.getSnapshot().value.queue) };
}

describe('the listening queue', () => {
  it('adds articles at the end once each, and saves them', () => {
    const { storage, store, queue } = listenStore();
    store.add(target('a'));
    store.add(target('b'));
    store.add(target('a'));

    expect(queue()).toEqual(['a', 'b']);
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as { queue: QueueEntry[] };
    expect(saved.queue[0]).toEqual({
      id: 'a',
      title: '文章a',
      date: '2024-11-23',
      addedAt: '2024-11-23T08:00:00.000Z',
    });
  });

  it('toggles, removes and moves entries, and keeps them in place at either end', () => {
    const { store, queue } = listenStore();
    for (const id of ['a', 'b', 'c']) store.add(target(id));
    store.move('c', -1);
    expect(queue()).toEqual(['a', 'c', 'b']);
    store.move('a', -1);
    store.move('b', 1);
    expect(queue()).toEqual(['a', 'c', 'b']);
    store.toggle(target('c'));
    expect(queue()).toEqual(['a', 'b']);
    store.toggle(target('c'));
    store.remove('a');
    expect(queue()).toEqual(['b', 'c']);
  });

  it('takes a finished article out and names the first one left as next', () => {
    const { store, queue } = listenStore();
    for (const id of ['a', 'b', 'c']) store.add(target(id));

    expect(store.finish('b')?.id).toBe('a');
    expect(queue()).toEqual(['a', 'c']);
    // An article read from outside the queue goes on with the queue's first.
    expect(store.finish('zzz')?.id).toBe('a');
    expect(store.finish('a')?.id).toBe('c');
    expect(store.finish('c')).toBeNull();
    expect(queue()).toEqual([]);
  });

  it('stops growing at its limit', () => {
    const { store, queue } = listenStore();
    for (let i = 0; i < MAX_QUEUE_LENGTH + 5; i++) store.add(target(`id${i}`));
    expect(queue()).toHaveLength(MAX_QUEUE_LENGTH);
  });

  it('imports entries it does not have after its own, in the file order', () => {
    const { store, queue } = listenStore();
    store.add(target('a'));
    const incoming = parseQueueEntries([
      { ...target('b'), addedAt: '2024-01-01T00:00:00Z' },
      { ...target('a', '别处的标题'), addedAt: '2024-01-01T00:00:00Z' },
      { ...target('c'), addedAt: '2024-01-01T00:00:00Z' },
    ]);
    if (typeof incoming === 'string') throw new Error(incoming);

    expect(store.importQueue(incoming)).toBe(2);
    expect(queue()).toEqual(['a', 'b', 'c']);
    expect(store.getSnapshot().value.queue[0]?.title).toBe('文章a');
  });

  it('remembers the speed and voice, and refuses a speed it does not offer', () => {
    const { storage, store } = listenStore();
    store.setRate(1.5);
    store.setRate(7);
    store.setVoice('voice-uri');

    const reopened = createListenStore(storage).getSnapshot().value;
    expect(reopened.rate).toBe(1.5);
    expect(reopened.voice).toBe('voice-uri');
  });

  it('keeps the readable entries of a damaged queue and sets the original aside', () => {
    const damaged = JSON.stringify({
      format: 'edu-news-reader/listening',
      version: 1,
      queue: [{ ...target('a'), addedAt: '2024-01-01T00:00:00Z' }, { id: '../x' }],
      rate: 'fast',
      voice: null,
    });
    const { storage, store, queue } = listenStore({ [KEY]: damaged });

    expect(queue()).toEqual(['a']);
    expect(store.getSnapshot().value.rate).toBe(1);
    expect(store.getSnapshot().status.unreadable?.copies).toBe(1);
    const aside = [...storage.data.keys()].find((key) => key.startsWith(`${KEY}:unreadable:`));
    expect(aside && storage.getItem(aside)).toBe(damaged);
  });

  it('sets aside a queue of a newer format instead of overwriting it', () => {
    const newer = JSON.stringify({ format: 'edu-news-reader/listening', version: 2, queue: [] });
    const { storage, store } = listenStore({ [KEY]: newer });
    store.add(target('a'));

    expect(store.getSnapshot().status.unreadable?.copies).toBe(1);
    expect([...storage.data.values()]).toContain(newer);
  });
});

describe('the queue in a bookmark file', () => {
  it('reads a valid list strictly, one entry per article', () => {
    const entry = { ...target('a'), addedAt: '2024-01-01T00:00:00Z' };
    expect(parseQueueEntries([entry, { ...entry, title: '重复' }])).toEqual([entry]);
  });

  it.each([
    ['not a list', {}, '文件中的稍后听列表无效。'],
    [
      'a bad id',
      [{ ...target('../x'), addedAt: '2024-01-01T00:00:00Z' }],
      '稍后听列表第 1 篇的编号无效。',
    ],
    [
      'no title',
      [{ ...target('a', ' '), addedAt: '2024-01-01T00:00:00Z' }],
      '稍后听列表第 1 篇缺少标题。',
    ],
    [
      'a bad date',
      [{ ...target('a'), date: '23/11/2024', addedAt: '2024-01-01T00:00:00Z' }],
      '稍后听列表第 1 篇的日期格式不对。',
    ],
    ['a bad time', [{ ...target('a'), addedAt: 'soon' }], '稍后听列表第 1 篇的加入时间无效。'],
  ])('refuses %s, saying which entry', (_, value, reason) => {
    expect(parseQueueEntries(value)).toBe(reason);
  });
});

describe('what is read of an article', () => {
  it('reads the title, then each sentence of each paragraph, with its place', () => {
    const script = listenScript({
      title: '开学通知',
      paragraphs: ['第一句。第二句！', '', '第三句'],
    });
    expect(script).toEqual([
      { text: '开学通知', paragraph: -1, start: 0, end: 4 },
      { text: '第一句。', paragraph: 0, start: 0, end: 4 },
      { text: '第二句！', paragraph: 0, start: 4, end: 8 },
      { text: '第三句', paragraph: 2, start: 0, end: 3 },
    ]);
  });
});

describe('choosing a Chinese voice', () => {
  const voice = (name: string, lang: string, localService = true) =>
    ({ name, lang, localService, voiceURI: name, default: false }) as SpeechSynthesisVoice;

  it('knows a Chinese voice by any way its language is written', () => {
    for (const lang of ['zh-CN', 'zh_TW', 'zh-HK', 'cmn-Hans-CN', 'yue-HK', 'ZH-cn', 'zh']) {
      expect(isChineseVoice({ lang })).toBe(true);
    }
    for (const lang of ['en-US', 'ja-JP', 'zu-ZA', ''])
      expect(isChineseVoice({ lang })).toBe(false);
  });

  it('offers mainland voices first, those on the device before network ones', () => {
    const voices = [
      voice('English', 'en-US'),
      voice('Taiwan', 'zh-TW'),
      voice('Online', 'zh-CN', false),
      voice('Local', 'zh-CN'),
    ];
    expect(chineseVoices(voices).map((v) => v.name)).toEqual(['Local', 'Online', 'Taiwan']);
  });
});
