import { AxeBuilder } from '@axe-core/playwright';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  listenScript,
  type ScriptSentence,
} from '../../src/client/features/listen/lib/listen-script.ts';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import {
  bundlePaths,
  type Article,
  type ItemFile,
  type LatestPage,
} from '../../src/domain/bundle/bundle.ts';
import { generateSeeds } from '../support/generate-seeds.ts';
import { buildSite } from './support/build-site.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

/** What the scripted speech synthesis recorded, read back from the page. */
interface SpeechLog {
  spoken: { text: string; rate: number; voice: string | null }[];
  cancels: number;
  current: string | null;
}

interface FakeVoice {
  name: string;
  lang: string;
}

declare global {
  interface Window {
    speechLog: SpeechLog;
    /** Ends the sentence being spoken, as a voice does when it is done. */
    finishSentence: () => void;
    /** Makes the voices appear, as Chromium does a moment after load (`voiceschanged`). */
    loadVoices: (voices: FakeVoice[]) => void;
    /** Ends every sentence by itself until one with this text is spoken. */
    runUntil: (text: string | null) => void;
  }
}

/**
 * A speech synthesis under the test's control, installed before the page's own scripts run:
 * `getVoices` answers what the test says, `speak` records each utterance and speaks until the
 * test ends it, `cancel` interrupts the current one as Chromium does (an `interrupted` error).
 */
function installFakeSpeech(initialVoices: FakeVoice[]) {
  const log: SpeechLog = { spoken: [], cancels: 0, current: null };
  let voices = initialVoices.map((v) => ({
    ...v,
    voiceURI: v.name,
    localService: true,
    default: false,
  }));
  let current: FakeUtterance | null = null;
  let runUntilText: string | null = null;

  class FakeUtterance {
    text: string;
    rate = 1;
    lang = '';
    voice: { name: string } | null = null;
    onend: ((event: unknown) => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    onstart: ((event: unknown) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }

  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(utterance: FakeUtterance) {
      log.spoken.push({
        text: utterance.text,
        rate: utterance.rate,
        voice: utterance.voice?.name ?? null,
      });
      current = utterance;
      log.current = utterance.text;
      utterance.onstart?.({});
      if (runUntilText !== null && utterance.text !== runUntilText) {
        setTimeout(() => window.finishSentence(), 0);
      }
    },
    cancel() {
      log.cancels++;
      const interrupted = current;
      current = null;
      log.current = null;
      interrupted?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
  });

  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
  });
  window.speechLog = log;
  window.finishSentence = () => {
    const done = current;
    current = null;
    log.current = null;
    done?.onend?.({});
  };
  window.loadVoices = (next) => {
    voices = next.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
    synth.dispatchEvent(new Event('voiceschanged'));
  };
  window.runUntil = (text) => {
    runUntilText = text;
  };
}

const CHINESE = [{ name: '婷婷', lang: 'zh-CN' }];

let site: Site;
let dist: string;
/** Two articles of the generated corpus, with what is read of each. */
let first: Article;
let second: Article;
let firstScript: ScriptSentence[];

async function readItem(id: string): Promise<Article> {
  const file = JSON.parse(
    await readFile(path.join(dist, 'data', bundlePaths.item(id)), 'utf8'),
  ) as ItemFile;
  if (file.item.kind !== 'article') throw new Error(`${id} is not an article.`);
  return file.item;
}

beforeAll(async () => {
  // A few generated articles: the queue needs more than the one article of seeds/.
  const seedsDir = path.join(inject('runDir'), 'listen-seeds');
  await mkdir(seedsDir, { recursive: true });
  for (const { file, text } of generateSeeds(12, 7)) {
    await writeFile(path.join(seedsDir, file), text);
  }
  dist = path.join(inject('runDir'), 'dist-listen');
  await buildSite({ outDir: dist, seedsDir });
  site = await openSite();
  site.serveFrom(dist);
  const page = JSON.parse(
    await readFile(path.join(dist, 'data', bundlePaths.latestArticlesPage('head')), 'utf8'),
  ) as LatestPage;
  const articles = page.items.filter((item) => item.kind === 'article');
  const [a, b] = articles;
  if (!a || !b) throw new Error('The generated corpus has fewer than two articles.');
  first = await readItem(a.id);
  second = await readItem(b.id);
  firstScript = listenScript(first);
});

afterAll(async () => {
  await site.close();
});

async function openWithSpeech(
  voices: FakeVoice[],
  { theme = 'light' }: { theme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext();
  await context.addInitScript(installFakeSpeech, voices);
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEYS.settings,
    JSON.stringify({ fontSize: 'medium', theme }),
  ] as const);
  const page = await site.newPage(context);
  return { context, page };
}

const log = (page: Page) => page.evaluate(() => window.speechLog);
const spokenTexts = async (page: Page) => (await log(page)).spoken.map((s) => s.text);
const highlighted = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-spoken-sentence]')?.textContent ?? null);
const player = (page: Page) => page.getByRole('region', { name: '朗读' });

async function startListening(page: Page, article: Article) {
  await openRoute(page, site, `/article/${article.id}`);
  await page
    .getByRole('group', { name: '文章操作' })
    .getByRole('button', { name: '朗读', exact: true })
    .click();
}

describe('listening to an article (朗读)', () => {
  it('reads the title and then each sentence in order, marking the one being read', async () => {
    // No voices at first, as in Chromium before its voiceschanged.
    const { context, page } = await openWithSpeech([]);
    await startListening(page, first);
    await expect.poll(() => player(page).textContent()).toContain('正在查找中文语音');
    expect(await spokenTexts(page)).toEqual([]);
    await page.evaluate((voices) => window.loadVoices(voices), CHINESE);

    const sentences = firstScript.slice(0, 5);
    expect(sentences[0]?.paragraph).toBe(-1);
    for (const [index, sentence] of sentences.entries()) {
      await expect
        .poll(() => spokenTexts(page))
        .toEqual(sentences.slice(0, index + 1).map((s) => s.text));
      await expect.poll(() => highlighted(page)).toBe(sentence.text);
      const inTitle = await page.locator('h1 [data-spoken-sentence]').count();
      expect(inTitle).toBe(sentence.paragraph === -1 ? 1 : 0);
      await page.evaluate(() => window.finishSentence());
    }
    const last = (await log(page)).spoken.at(-1);
    expect(last).toMatchObject({ voice: '婷婷', rate: 1 });
    await context.close();
  });

  it('pauses, resumes, skips either way and changes speed, which sets the utterance rate', async () => {
    const { context, page } = await openWithSpeech(CHINESE);
    await startListening(page, first);
    const [title, one, two] = firstScript.map((s) => s.text);
    await expect.poll(() => spokenTexts(page)).toEqual([title]);

    const controls = player(page).getByRole('group', { name: '朗读控制' });
    await controls.getByRole('button', { name: '暂停' }).click();
    await expect.poll(async () => (await log(page)).current).toBeNull();
    await expect.poll(() => player(page).textContent()).toContain('已暂停');
    expect(await highlighted(page)).toBe(title);

    await controls.getByRole('button', { name: '继续' }).click();
    await expect.poll(() => spokenTexts(page)).toEqual([title, title]);

    await controls.getByRole('button', { name: '下一句' }).click();
    await expect.poll(() => spokenTexts(page)).toEqual([title, title, one]);
    await controls.getByRole('button', { name: '下一句' }).click();
    await expect.poll(async () => (await log(page)).current).toBe(two);
    await expect.poll(() => highlighted(page)).toBe(two);
    await controls.getByRole('button', { name: '上一句' }).click();
    await expect.poll(async () => (await log(page)).current).toBe(one);

    await controls.getByLabel('速度').selectOption('1.5');
    await expect
      .poll(async () => (await log(page)).spoken.at(-1))
      .toEqual({
        text: one,
        rate: 1.5,
        voice: '婷婷',
      });
    await page.evaluate(() => window.finishSentence());
    await expect
      .poll(async () => (await log(page)).spoken.at(-1))
      .toEqual({
        text: two,
        rate: 1.5,
        voice: '婷婷',
      });
    // The speed is remembered.
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { rate?: number },
      STORAGE_KEYS.listening,
    );
    expect(stored.rate).toBe(1.5);
    await context.close();
  });

  it('goes on with the next article of the listening queue at the end of one', async () => {
    const { context, page } = await openWithSpeech(CHINESE);
    await openRoute(page, site, '/');
    // Queued from the list rows, first the one to be read now, then the next.
    for (const article of [first, second]) {
      const toggle = page.getByRole('button', { name: `稍后听《${article.title}》` }).first();
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    }

    await startListening(page, first);
    await page.evaluate((title) => window.runUntil(title), second.title);
    await page.waitForURL(`**/#/article/${second.id}`);
    await expect.poll(() => highlighted(page)).toBe(second.title);
    const spoken = await spokenTexts(page);
    expect(spoken).toEqual([...firstScript.map((s) => s.text), second.title]);
    // The article heard is out of the queue; the next one is what is left.
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { queue?: { id: string }[] },
      STORAGE_KEYS.listening,
    );
    expect(stored.queue?.map((entry) => entry.id)).toEqual([second.id]);
    await context.close();
  });

  it.each([
    ['no voices at all', [], '没有可用的语音'],
    ['only an English voice', [{ name: 'Samantha', lang: 'en-US' }], '没有中文语音'],
  ])('says so and plays nothing with %s', async (_, voices, words) => {
    const { context, page } = await openWithSpeech(voices);
    await startListening(page, first);
    const alert = player(page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(words);
    expect(await alert.textContent()).toContain('添加中文语音');
    expect(await player(page).textContent()).not.toContain('正在朗读');
    expect(await player(page).getByRole('button', { name: '暂停' }).count()).toBe(0);
    expect(await spokenTexts(page)).toEqual([]);
    expect(await highlighted(page)).toBeNull();
    await context.close();
  });

  it('takes the place of the action bar on a phone rather than covering it, and holds focus', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(installFakeSpeech, CHINESE);
    const page = await site.newPage(context);
    await startListening(page, first);
    await player(page).getByRole('button', { name: '暂停' }).waitFor();

    expect(await page.getByRole('group', { name: '文章操作' }).isVisible()).toBe(false);
    const box = await player(page).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '朗读',
    );
    await player(page).getByRole('button', { name: '关闭朗读' }).click();
    await expect.poll(() => page.getByRole('group', { name: '文章操作' }).isVisible()).toBe(true);
    expect(await spokenTexts(page)).toEqual([firstScript[0]?.text]);
    expect((await log(page)).current).toBeNull();
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations with the player open (%s)',
    async (theme) => {
      const { context, page } = await openWithSpeech(
        [...CHINESE, { name: '美嘉', lang: 'zh-TW' }],
        { theme },
      );
      await startListening(page, first);
      await expect.poll(() => highlighted(page)).toBe(firstScript[0]?.text);
      await page.evaluate(() => window.finishSentence());
      await expect.poll(() => highlighted(page)).toBe(firstScript[1]?.text);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const found = results.violations.flatMap((v) =>
        v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`),
      );
      expect(found).toEqual([]);
      await context.close();
    },
  );
});
