import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { htmlToSeedText } from '../../../src/compiler/html-seed/html-to-seed-text.ts';

// Pieces of markup, well and badly formed, so random pages hit the extractor's branches.
const markup = fc.constantFrom(
  '<html>',
  '</html>',
  '<head>',
  '</head>',
  '<body>',
  '</body>',
  '<!DOCTYPE html>',
  '<title>',
  '</title>',
  '<h1>',
  '</h1>',
  '<p>',
  '</p>',
  '<br>',
  '<div class="ad share sidebar">',
  '<div class="article-content">',
  '</div>',
  '<article>',
  '</article>',
  '<nav>',
  '<aside>',
  '<footer>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<span hidden>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<svg><foreignObject>',
  '<link rel="canonical" href="ftp://x">',
  '<link rel="canonical" href="https://example.cn/2024/05/10/a.html">',
  '<meta name="PubDate" content="2024-13-45">',
  '<meta property="og:url" content="http://[::1">',
  '发布时间：2024-05-10 来源：某某',
  '原文链接:',
  '上一篇:',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&lt;script&gt;',
  '<',
  '>',
  '"',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\r',
);
const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), markup);
const page = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

// Each run parses a page with linkedom, runs Readability and compiles: a few ms each.
describe('the HTML extractor on arbitrary input', { timeout: 60_000 }, () => {
  it('never throws, and never fails inside its libraries, on arbitrary markup', () => {
    fc.assert(
      fc.property(page, (html) => {
        const made = htmlToSeedText(html);
        if ('error' in made) expect(made.error).not.toMatch(/could not be/);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('never lets the text of a script out, whatever surrounds it', () => {
    fc.assert(
      fc.property(page, fc.string({ maxLength: 30 }), page, (before, inside, after) => {
        // Text after an open <title> is the title's, even `<script>`, as in a browser; and a
        // `>` ends any tag left open, or `<a<script>` would be one tag, as in a browser.
        fc.pre(!before.includes('<title>'));
        const made = htmlToSeedText(`${before}><script>SECRET_TOKEN ${inside}</script>${after}`);
        if ('text' in made) expect(made.text).not.toContain('SECRET_TOKEN');
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('never throws on arbitrary bytes or markup, and names the file and a line of the text', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      page.map((html) => new TextEncoder().encode(html)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (bytes) => {
        const result = await compileSeeds([{ file: 'x.html', bytes }]);
        for (const d of result.diagnostics) {
          expect(d.file).toBe('x.html');
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
