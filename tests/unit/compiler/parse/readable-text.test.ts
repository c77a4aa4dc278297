import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../../src/compiler/compile-seeds.ts';
import { isReadable } from '../../../../src/compiler/parse/readable-text.ts';
import { readBundle } from '../../../support/read-bundle.ts';
import { seedSource, writeSeed } from '../../../support/write-seed.ts';

describe('telling words from symbols', () => {
  it.each(['通知', '明天停课。', 'Hello, world', '2024年高考', '(完)', '5G'])(
    '"%s" has words',
    (text) => {
      expect(isReadable(text)).toBe(true);
    },
  );

  it.each(['', '!@#$%^&*()', '。。。，，，', '😀😀🎉', '2024-11-23 12:00', '@#$a%^&*()!', '   '])(
    '"%s" has none',
    (text) => {
      expect(isReadable(text)).toBe(false);
    },
  );
});

describe('a seed of symbols', () => {
  const garbage = {
    'symbols.txt': '!@#$%^&*()\n~~~###@@@\n$$$%%%^^^',
    'punctuation.txt': '。。。，，，\n！！！？？？\n、、、',
    'emoji.txt': '😀😀😀\n🎉🎉',
    'symbol-body.txt': writeSeed({ title: '开州区召开教育工作会议', paragraphs: ['@@@@', '####'] }),
  };

  it('publishes no article, and says why with its file and line', async () => {
    const real = writeSeed({ title: '关于国庆节放假的通知', paragraphs: ['10月1日至7日放假。'] });
    const result = await compileSeeds([
      ...Object.entries(garbage).map(([file, text]) => seedSource(file, text)),
      seedSource('notice.txt', real),
    ]);
    const bundle = readBundle(result.files);
    expect(bundle.latest.map((item) => item.title)).toEqual(['关于国庆节放假的通知']);
    for (const file of Object.keys(garbage)) {
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          file,
          line: 1,
          message: expect.stringMatching(/^The page is not an article: .*nothing is published/),
        }),
      );
    }
  });

  it('keeps a short notice and a headline-only page as articles', async () => {
    const result = await compileSeeds([
      seedSource('short.txt', writeSeed({ title: '通知', paragraphs: ['明天停课。'] })),
      seedSource('headline.txt', '财政部 教育部关于下达补助经费预算的通知'),
    ]);
    expect(
      readBundle(result.files)
        .latest.map((item) => item.title)
        .sort(),
    ).toEqual(['财政部 教育部关于下达补助经费预算的通知', '通知']);
  });
});
