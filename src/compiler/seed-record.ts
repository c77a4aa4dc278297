import { linkedSeed, type LinkedSeed, type SeedInput } from './catalog/build-catalog.ts';
import { decodeSeed } from './decode-seed.ts';
import type { Diagnostic } from './diagnostic.ts';
import { htmlToSeedText, isHtmlSeedFile } from './html-seed/html-to-seed-text.ts';
import { foldItemText, type FoldedItemText } from '../domain/tagging/fold-item.ts';
import { countTraditional } from '../domain/text/traditional-to-simplified.ts';
import { spamWords } from './parse/page-furniture.ts';
import { tagItem, type ItemAnalysis, type TaggedText } from '../domain/tagging/tag-item.ts';
import { storyYears, type StoryDoc } from '../domain/stories/group-stories.ts';
import { storyFingerprint } from '../domain/stories/story-fingerprint.ts';
import { tagAndCountItem, type PackedWords } from './item-tags.ts';
import { parseSeed, type ParseOptions } from './parse/parse-seed.ts';
import { keywordText, type KeywordInput } from '../domain/tagging/topics/extract-keywords.ts';

/** Seeds above this size are reported and not read: no article page is that long. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/**
 * One seed file as found on disk: its path as reported in diagnostics, and its bytes, or why it
 * could not be read (too large, no permission…).
 */
export type SeedSource = { file: string; bytes: Uint8Array } | { file: string; unreadable: string };

/**
 * All a compile needs of one seed, worked out from that seed alone: its parse, its diagnostics and
 * what its article's text is about. Plain data, so it crosses from a worker thread as it is.
 */
export interface SeedRecord {
  file: string;
  input: SeedInput | null;
  diagnostics: Diagnostic[];
  /** Places and topics of the seed's article; null when the seed gives no article. */
  analysis: ItemAnalysis | null;
  /** The article's candidate keywords counted; null until counted, or when there is no article. */
  words: PackedWords | null;
  /** What the keywords are counted from while they are not (`keywordText`), else null. */
  lead: KeywordInput | null;
  /** What grouping reposts into stories reads of the article; null when there is no article. */
  story: StoryDoc | null;
}

// A report that opens with 本报讯 is the paper's own: its 来源 names where the story happens.
const OWN_REPORT = /^(?:本报讯|本報訊|本报|本報)/;

/** The text the seed's article is tagged by. */
export function articleText(seed: LinkedSeed): TaggedText | null {
  if (!seed.title) return null;
  const { paragraphs } = seed;
  return {
    title: seed.title.text,
    titleDerived: seed.titleDerived,
    paragraphs,
    host: seed.source?.host ?? null,
    outlet: seed.sourceName && OWN_REPORT.test(paragraphs[0] ?? '') ? seed.sourceName : null,
  };
}

/**
 * The seed's text: its decoded bytes, or for an HTML page (`.html`, `.htm`) the seed text its
 * article becomes, so that one parser reads both.
 */
function seedText(source: SeedSource): { text: string } | { error: string } {
  if (!('bytes' in source)) return { error: source.unreadable };
  const decoded = decodeSeed(source.bytes);
  return 'text' in decoded && isHtmlSeedFile(source.file) ? htmlToSeedText(decoded.text) : decoded;
}

/**
 * Decodes, parses and tags one seed; a seed that cannot be read becomes a diagnostic, never an
 * exception. Its keywords are counted too unless `countWords` is false (they are then counted
 * later, see `countItemWords`). The lines of an HTML seed are those of the text made from it, so
 * its findings quote the line they are about. `options.today` is the build day (`buildDay()`).
 */
export function parseSource(
  source: SeedSource,
  countWords = true,
  options: ParseOptions = {},
): SeedRecord {
  const { file } = source;
  const decoded = seedText(source);
  if ('error' in decoded) {
    return {
      file,
      input: null,
      diagnostics: [{ file, line: 1, severity: 'error', message: decoded.error }],
      analysis: null,
      words: null,
      lead: null,
      story: null,
    };
  }
  const parsed = parseSeed(decoded.text, options);
  const seed = linkedSeed(parsed);
  const text = articleText(seed);
  const folded = text && foldItemText(text);
  const tagged = !text
    ? { analysis: null, words: null }
    : countWords
      ? tagAndCountItem(text, folded ?? undefined)
      : { analysis: tagItem(text, folded ?? undefined), words: null };
  const quote = isHtmlSeedFile(file) ? extractedLineQuote(decoded.text) : null;
  return {
    file,
    input: { file, seed },
    diagnostics: parsed.problems.map((p) => ({
      file,
      ...p,
      message: quote ? `${p.message} ${quote(p.line)}` : p.message,
    })),
    ...tagged,
    lead: text && !tagged.words ? keywordText(text) : null,
    story: text && folded && tagged.analysis ? storyDocOf(text, folded, tagged.analysis) : null,
  };
}

// More than this share of characters changed by folding: the copy is in traditional characters.
const TRADITIONAL_SHARE = 0.05;

/** What grouping reposts reads of an article (docs/stories.md). */
function storyDocOf(text: TaggedText, folded: FoldedItemText, analysis: ItemAnalysis): StoryDoc {
  // Two spam words make a spam line (a news sentence may name one: 整治校园周边棋牌室).
  const spam = folded.paragraphs.map((p) => spamWords(p) >= 2);
  const body = folded.paragraphs.filter((_, i) => !spam[i]);
  const original = text.paragraphs.join('');
  const changed = countTraditional(original);
  return {
    fingerprint: storyFingerprint(body),
    places: analysis.regions
      .filter((r) => r.source === 'text')
      .map((r) => r.chain.map((c) => c.code)),
    years: storyYears(body),
    junk: spam.filter(Boolean).length + (changed > original.length * TRADITIONAL_SHARE ? 1 : 0),
  };
}

const QUOTED_CHARACTERS = 30;

/**
 * Says which line of the text made from an HTML page a finding is about, since its line number
 * counts lines of that text, not of the markup: `(line 3 of the text read from the page: "…")`.
 */
function extractedLineQuote(text: string): (line: number) => string {
  const lines = text.split('\n');
  return (line) => {
    const quoted = lines[line - 1] ?? '';
    const shown =
      quoted.length > QUOTED_CHARACTERS ? `${quoted.slice(0, QUOTED_CHARACTERS)}…` : quoted;
    return `(line ${line} of the text read from the page: "${shown}")`;
  };
}
