import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { cardFileName } from '../../../src/client/features/share-card/lib/card-file-name';
import {
  excerptOf,
  layoutShareCard,
  type CardLayout,
  type ShareCardContent,
} from '../../../src/client/features/share-card/lib/card-layout';
import { qrSvgPath } from '../../../src/client/lib/qr-svg-path';

/** A stand-in for a canvas's measure: Chinese one em of the font's size, ASCII half an em. */
function measure(text: string, font: string): number {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 16);
  let width = 0;
  for (const char of text) width += (char.charCodeAt(0) < 0x80 ? 0.5 : 1) * size;
  return width;
}

function buildContent(overrides: Partial<ShareCardContent> = {}): ShareCardContent {
  return {
    title: '市教育局召开全市中小学校长工作会议',
    source: 'jyj.example.gov.cn',
    date: '2024年11月23日',
    excerpt: '会议总结了上一学年的工作，部署了新学年的重点任务。'.repeat(20),
    url: 'https://reader.example.com/#/article/0a2241cdcdeec69d',
    siteName: '教育资讯阅读器',
    ...overrides,
  };
}

const PAD = 80;

function textsOf(layout: CardLayout, font: RegExp): string[] {
  return layout.texts.filter((text) => font.test(text.font)).map((text) => text.text);
}

describe('the share card layout', () => {
  it('sets the title, source and date, the text, and the QR caption, inside the margins', () => {
    const layout = layoutShareCard(buildContent(), 'sans-serif', measure);
    const all = layout.texts.map((text) => text.text).join('\n');
    expect(all).toContain('市教育局召开全市中小学校长工作会议'.slice(0, 5));
    expect(all).toContain('jyj.example.gov.cn  ·  2024年11月23日');
    expect(all).toContain('扫码阅读全文');
    for (const text of layout.texts) {
      expect(text.x).toBeGreaterThanOrEqual(PAD);
      expect(text.x + measure(text.text, text.font)).toBeLessThanOrEqual(layout.width - PAD);
      expect(text.y).toBeGreaterThanOrEqual(PAD);
    }
    expect(layout.qr.x + layout.qr.size).toBeLessThanOrEqual(layout.width - PAD);
    expect(layout.qr.y + layout.qr.size).toBeLessThanOrEqual(layout.height - PAD);
  });

  it('fills the room above the QR code with whole lines of the text, ending in an ellipsis', () => {
    const layout = layoutShareCard(buildContent(), 'sans-serif', measure);
    const body = layout.texts.filter((text) => text.font.startsWith('400 40px'));
    expect(body.length).toBeGreaterThan(5);
    const last = body.at(-1);
    expect(last?.text.endsWith('…')).toBe(true);
    // Nothing of the text runs into the footer with the QR code.
    for (const line of body) expect(line.y + 40).toBeLessThanOrEqual(layout.qr.y);
  });

  it('wraps a long title to four lines at most, never starting a line with a comma', () => {
    const title = '关于进一步做好，义务教育阶段学生作业管理，和课后服务工作的通知，'.repeat(4);
    const layout = layoutShareCard(buildContent({ title }), 'sans-serif', measure);
    const lines = textsOf(layout, /^700 60px/);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
  });

  it('leaves out the meta line when neither source nor date is known', () => {
    const layout = layoutShareCard(
      buildContent({ source: null, date: null }),
      'sans-serif',
      measure,
    );
    expect(textsOf(layout, /^400 32px/).some((text) => text.includes('·'))).toBe(false);
  });

  it('uses the font family it is given for every text', () => {
    const family = '"PingFang SC", "Noto Sans CJK SC", sans-serif';
    const layout = layoutShareCard(buildContent(), family, measure);
    for (const text of layout.texts) expect(text.font.endsWith(family)).toBe(true);
  });
});

describe('the excerpt on a card', () => {
  it('joins the first paragraphs and stops at the length asked for', () => {
    expect(excerptOf(['  第一段。 ', '', '第二段。'], 100)).toBe('第一段。第二段。');
    expect(excerptOf(['Hello', 'world'], 100)).toBe('Hello world');
    expect(excerptOf(['一二三四五六七八九十'], 4)).toBe('一二三四');
    expect(excerptOf([])).toBe('');
  });
});

describe('the card file name', () => {
  it('is the title without characters a file system refuses', () => {
    expect(cardFileName('关于“双减”的通知：2024/11')).toBe('关于“双减”的通知：2024 11.png');
    expect(cardFileName('a\u0000b<c>d|e?')).toBe('a b c d e.png');
    expect(cardFileName('...隐藏...')).toBe('隐藏.png');
  });

  it('is cut to forty characters, and has a name even for an empty title', () => {
    expect(cardFileName('字'.repeat(100))).toBe(`${'字'.repeat(40)}.png`);
    expect(cardFileName('  ///  ')).toBe('分享卡片.png');
  });
});

/** The SVG path's rectangles painted into an RGBA image, `scale` pixels a module. */
function rasterize({ size, path }: { size: number; path: string }, scale: number) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.set([0, 0, 0, 255], at);
      }
    }
  }
  return { pixels, width };
}

describe('the printed QR code', () => {
  it('is a path that a QR reader decodes to the address', () => {
    const url = 'https://jyj.example.gov.cn/news/2024/11/23/content_12345.html?from=列表';
    const qr = qrSvgPath(url);
    expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    const { pixels, width } = rasterize(qr, 4);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });
});
