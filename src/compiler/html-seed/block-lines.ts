// Elements whose content is never article text: code, embedded documents, controls and the
// page's own chrome. Their text is skipped wherever they sit, even inside the article.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MAP',
  'IMG',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'DIALOG',
  'NAV',
  'ASIDE',
  'FOOTER',
]);

// Elements that start and end a line of text; the rest (a, span, strong, font…) join their
// neighbours, as a browser lays them out.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELL = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

// Both patterns start at a fixed character or run over one class, so no text makes them backtrack.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BLANKS = /\s+/g;
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const CJK_BREAK = new RegExp(`(?<=${CJK})\\n(?=${CJK})`, 'gu');

/** Whether an element is hidden by its own attributes, so a reader never sees its text. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') {
    return true;
  }
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Whether an element's text never belongs to the article, whatever it holds. */
export const isSkipped = (element: Element) => SKIPPED.has(element.tagName.toUpperCase());

/**
 * One text node's text with its blanks collapsed as a browser does, except that a line break
 * between two Chinese characters goes: sites wrap long paragraphs in their source, and Chinese
 * is written without spaces. Blanks between elements stay a space.
 */
function collapseBlanks(raw: string): string {
  const collapsed = raw.replace(BLANKS, (blank) =>
    blank.includes('\n') || blank.includes('\r') ? '\n' : ' ',
  );
  return collapsed.replace(CJK_BREAK, '').replace(/\n/g, ' ');
}

/** Text gathered from markup as one trimmed line, blanks collapsed. */
export function tidyText(raw: string): string {
  return collapseBlanks(raw).replace(/ {2,}/g, ' ').trim();
}

/**
 * The text under `root` as a browser lays it out, one line per block (paragraph, heading, list
 * item, table row, `<br>`), inline elements joined. Scripts, forms, embedded frames, navigation,
 * asides, footers and hidden elements give nothing. Walks without recursion, so no nesting depth
 * can overflow the stack.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const text = tidyText(current);
    if (text) lines.push(text);
    current = '';
  };
  const isBlock = (node: Node) =>
    node.nodeType === ELEMENT_NODE && BLOCK.has((node as Element).tagName.toUpperCase());
  /** Takes in a node's own text; whether to go on into its children. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      current += collapseBlanks(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (BLOCK.has(tag)) flush();
    else if (CELL.has(tag)) current += ' ';
    return !SKIPPED.has(tag) && !isHidden(element);
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (isBlock(node)) flush();
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return lines;
}
