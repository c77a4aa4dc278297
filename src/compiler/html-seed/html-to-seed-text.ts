import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { blockLines, tidyText } from './block-lines.ts';
import { chooseTitle, isoDateIn, readHeadMetadata, type HeadMetadata } from './page-metadata.ts';
import { stripPageChrome } from './strip-page-chrome.ts';

/** The seed text an HTML page becomes, or why it gives none. */
export type HtmlSeedText = { text: string } | { error: string };

/** Whether a seed file is a saved web page rather than its text: `.html` or `.htm`. */
export const isHtmlSeedFile = (file: string) => /\.html?$/i.test(file);

// linkedom takes about a quarter of a second to load: a compile of text seeds, and each worker
// thread, should not pay that, so both libraries load on the first HTML seed.
const require = createRequire(import.meta.url);
let libraries: {
  parseHTML: typeof Linkedom.parseHTML;
  Readability: typeof ReadabilityModule.Readability;
} | null = null;
function loadLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    parseHTML: (require('linkedom') as typeof Linkedom).parseHTML,
    Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
  };
  return libraries;
}

// Readability gives up on a candidate below this many characters and tries again with looser
// rules; its default (500) is counted in Latin letters, and Chinese says as much in a fifth.
const CHAR_THRESHOLD = 100;
// A date and source line is short, and says what its values are: `发布时间:2024-05-10 来源:某某`.
const META_LABEL = /(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|发布)\s*[:：]/;
const META_LONGEST = 160;
const HEADINGS_READ = 20;

// What may stay in a head; anything else there is the page's body, as a browser reads it.
const HEAD_ELEMENTS = new Set([
  'BASE',
  'LINK',
  'META',
  'NOSCRIPT',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
]);

/**
 * Parses a page into a document with an `<html>`, a head and a body, whatever the markup.
 * linkedom nests elements as the markup says and builds none that are missing, unlike a browser:
 * a fragment (`<p>…`) would have no body, and a page whose `</head>` is missing would have its
 * text in the head, where Readability (which reads the body) fails. So text outside the body is
 * moved into it, keeping its order.
 */
function parsePage(parseHTML: typeof Linkedom.parseHTML, html: string): Document | null {
  const whole = (markup: string) => {
    const { document } = parseHTML(markup);
    const root = document.documentElement as Element | null;
    return root?.tagName.toUpperCase() === 'HTML' ? document : null;
  };
  // No closing tags are added: in a `<title>` or `<textarea>` left open they would become text.
  const document =
    (/<html[\s>]/i.test(html)
      ? whole(html)
      : /<(?:head|body)[\s>]/i.test(html)
        ? whole(`<html>${html}`)
        : null) ?? whole(`<html><head></head><body>${html}`);
  if (!document) return null;
  const { head, body } = document;
  const strays = [...head.childNodes].filter(
    (node) => node.nodeType !== 1 || !HEAD_ELEMENTS.has((node as Element).tagName.toUpperCase()),
  );
  // Markup after `</html>` lands beside the root element, and a stray `<body>` beside the body.
  const root = document.documentElement;
  const outside = (parent: Node, inside: Node) =>
    [...parent.childNodes].filter(
      (node) => node !== inside && node !== head && node.nodeType !== 10, // 10: the doctype
    );
  const follows = (node: Node) => (body.compareDocumentPosition(node) & 4) !== 0; // FOLLOWING
  const [aroundRoot, aroundBody] = [outside(document, root), outside(root, body)];
  body.prepend(
    ...strays,
    ...aroundRoot.filter((node) => !follows(node)),
    ...aroundBody.filter((node) => !follows(node)),
  );
  body.append(...aroundBody.filter(follows), ...aroundRoot.filter(follows));
  return document;
}

// linkedom's parse slows with the square of the nesting depth (150 000 nested <div>s, 750 KB,
// take it 8 s); counting tags before parsing bounds it. Article pages hold a few thousand.
const MAX_TAGS = 50_000;
const TAG_START = /<[a-z]/gi;

/** How many start tags the markup holds, without parsing it. */
function countTags(html: string): number {
  let count = 0;
  TAG_START.lastIndex = 0;
  while (TAG_START.exec(html)) count++;
  return count;
}

// Readability's work grows with the number of elements times their nesting depth, and it
// recurses: 500 nested <div>s take it seconds, 5000 overflow the stack. Real article pages stay
// far below both limits; a page beyond them is read without Readability, from its own text.
const READABILITY_MAX_DEPTH = 128;
const READABILITY_MAX_ELEMENTS = 30_000;

/** Whether Readability can read the page in reasonable time: neither too deep nor too large. */
function withinReadabilityLimits(body: Element): boolean {
  let elements = 0;
  let depth = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    if (node.nodeType === 1) elements++;
    if (elements > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return false;
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return true;
}

/** The page's date and source line: the first one below the headline, else the first one. */
function findMetaLine(lines: readonly string[], title: string | null): string | null {
  const isMeta = (line: string) =>
    line.length <= META_LONGEST && META_LABEL.test(line) && isoDateIn(line) !== null;
  const below = title ? lines.findIndex((line) => line.includes(title)) : -1;
  return lines.slice(Math.max(below, 0)).find(isMeta) ?? lines.find(isMeta) ?? null;
}

/** A date and source line made from the head's meta tags, for pages that print none. */
function metaLineFromHead(head: HeadMetadata, publishedTime: string | null): string | null {
  const date = head.date ?? (publishedTime ? isoDateIn(publishedTime) : null);
  const parts = [date && `发布时间:${date}`, head.source && `来源:${head.source}`];
  return parts.filter(Boolean).join(' ') || null;
}

/** `htmlToSeedText` without the guard around the libraries. */
function extract(html: string): HtmlSeedText {
  if (countTags(html) > MAX_TAGS) {
    return {
      error: `The HTML page has more than ${MAX_TAGS} tags, more than an article page holds; skipped.`,
    };
  }
  const { parseHTML, Readability } = loadLibraries();
  const document = parsePage(parseHTML, html);
  if (!document) return { error: 'The HTML page could not be parsed into a document; skipped.' };
  const head = readHeadMetadata(document);
  stripPageChrome(document);
  const pageLines = blockLines(document.body);
  const headings = [
    ...document.body.querySelectorAll('h1'),
    ...document.body.querySelectorAll('h2'),
  ]
    .slice(0, HEADINGS_READ)
    .map((heading) => blockLines(heading).join(' '))
    .filter(Boolean);

  const article = withinReadabilityLimits(document.body)
    ? new Readability<Node>(document, {
        charThreshold: CHAR_THRESHOLD,
        serializer: (node) => node,
      }).parse()
    : null;
  const title = chooseTitle(head.title ?? (tidyText(article?.title ?? '') || null), headings);
  const articleLines = article?.content ? blockLines(article.content) : [];
  // Readability found nothing it calls an article (a very short page): the page's own text,
  // chrome removed, is read instead, and the text parser drops what is furniture.
  const body = articleLines.length > 0 ? articleLines : pageLines;
  const metaLine =
    findMetaLine(pageLines, title) ?? metaLineFromHead(head, article?.publishedTime ?? null);

  const lines = [
    ...(title ? [title] : []),
    ...(metaLine ? [metaLine] : []),
    // Readability often keeps the headline in the article: the text says it once.
    ...body.filter((line) => line !== metaLine && line !== title),
  ];
  if (lines.length === 0) return { error: 'The HTML page holds no readable text; skipped.' };
  if (head.url) lines.push(`原文链接:${head.url}`);
  return { text: lines.join('\n') };
}

/**
 * Turns a saved web page into seed text for `parseSeed`: its headline, its date and source
 * line, one line per paragraph of the article Mozilla Readability finds, and `原文链接:` with the
 * page's canonical address. Only text leaves: no markup, scripts, navigation, asides, footers,
 * ads or share bars. A page that cannot be read at all gives an error, never an exception.
 */
export function htmlToSeedText(html: string): HtmlSeedText {
  try {
    return extract(html);
  } catch (error) {
    // A guard around two third-party libraries fed arbitrary markup: whatever they throw is a
    // finding about this one seed, as for any unreadable file.
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `The HTML page could not be read (${reason.slice(0, 120)}); skipped.` };
  }
}
