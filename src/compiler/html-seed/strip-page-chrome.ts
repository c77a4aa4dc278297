import { isHidden, isSkipped } from './block-lines.ts';

// Words of class names and ids that sites give their chrome: ads, share bars, breadcrumbs,
// sidebars, footers, menus, comment boxes and the lists of other articles.
const CHROME_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'banner',
  'gg',
  'guanggao',
  'sponsor',
  'share',
  'social',
  'crumb',
  'crumbs',
  'breadcrumb',
  'breadcrumbs',
  'location',
  'weizhi',
  'dqwz',
  'sidebar',
  'side',
  'aside',
  'footer',
  'foot',
  'copyright',
  'banquan',
  'nav',
  'navbar',
  'menu',
  'toolbar',
  'print',
  'comment',
  'comments',
  'related',
  'recommend',
  'hot',
  'latest',
  'login',
  'search',
  'topbar',
]);
// Words that begin such names when sites run words together: `bdsharebuttonbox`, `footerwrap`.
const CHROME_PREFIXES = ['bdshare', 'share', 'advert', 'breadcrumb', 'sidebar', 'footer'];

/** Whether an element's class or id names it as page chrome. */
function namedAsChrome(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names.length < 2) return false;
  return names
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some(
      (word) => CHROME_WORDS.has(word) || CHROME_PREFIXES.some((prefix) => word.startsWith(prefix)),
    );
}

/**
 * The elements that hold the article's headline or body, and every ancestor of them: never
 * removed as chrome, even when a site names the wrapper `main-side` or `content-share`.
 * Each element is marked once, so this is linear in the size of the page.
 */
function articleHolders(document: Document): Set<Node> {
  const holders = new Set<Node>();
  for (const element of document.querySelectorAll('h1, article, main, [itemprop="articleBody"]')) {
    let node: Node | null = element;
    while (node && !holders.has(node)) {
      holders.add(node);
      node = node.parentNode;
    }
  }
  return holders;
}

/**
 * Removes from the page's body what is never the article (scripts, forms, frames, navigation,
 * asides, footers, hidden elements, elements named as ads, share bars, breadcrumbs, sidebars
 * or menus, and comments), so that neither Readability nor the search for the date line ever
 * sees it. Walks without recursion.
 */
export function stripPageChrome(document: Document): void {
  const holders = articleHolders(document);
  const doomed: ChildNode[] = [];
  const root = document.documentElement;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    // Comments show nothing, and one whose text holds `-->` (a CDATA section read as HTML) is
    // written back that way: Readability, which writes the page out and parses it again on a
    // second try, then read a different page each time and never stopped.
    if (node.nodeType === 8) doomed.push(node as ChildNode);
    if (node.nodeType === 1) {
      const element = node as Element;
      // The head stays whole: Readability reads the title and meta tags from it.
      if (element !== document.head) {
        const chrome =
          isSkipped(element) ||
          (!holders.has(element) && (isHidden(element) || namedAsChrome(element)));
        if (chrome) doomed.push(element);
        else descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  for (const element of doomed) element.remove();
}
