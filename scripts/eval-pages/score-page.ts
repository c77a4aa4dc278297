import type { SeedRecord } from '../../src/compiler/seed-record.ts';
import { linesOf } from '../../src/compiler/spilled-lines.ts';
import { fullWidthPunctuation } from '../../src/domain/text/cjk-punctuation.ts';
import { chromeIn } from './page-chrome.ts';

/** One entry of the labelled set's `labels.json` (its README gives the label rules). */
export interface PageLabel {
  file: string;
  url: string | null;
  title: string | null;
  date: string | null;
  province: string | null;
  place: string | null;
  topics: string[];
  kind: 'article' | 'no-headline' | 'not-article';
  /** Reposts of one story share it; null for a page no other page repeats. */
  story: string | null;
}

type FieldId =
  | 'headline'
  | 'derived'
  | 'date'
  | 'no-date'
  | 'province'
  | 'place'
  | 'topic'
  | 'clean'
  | 'kept'
  | 'rejected';

/** The scored fields in table order; each scores only the pages its label applies to. */
export const FIELDS: { id: FieldId; name: string }[] = [
  { id: 'headline', name: 'headline, exact' },
  { id: 'derived', name: 'no headline → derived' },
  { id: 'date', name: 'publication date' },
  { id: 'no-date', name: 'no date where none' },
  { id: 'province', name: 'province' },
  { id: 'place', name: 'prefecture / county' },
  { id: 'topic', name: 'a labelled topic' },
  { id: 'clean', name: 'body free of page chrome' },
  { id: 'kept', name: 'articles kept' },
  { id: 'rejected', name: 'non-articles rejected' },
];

export interface FieldScore {
  field: FieldId;
  right: boolean;
  want: string;
  got: string;
}

export interface PageOutcome {
  file: string;
  fields: FieldScore[];
  crash: string | null;
}

// The compiler writes the punctuation of Chinese text full-width (`广西：…`) where the labels
// keep the page's half-width marks: both sides pass through that same rule before comparing.
const punctuated = (value: string | null) => (value === null ? null : fullWidthPunctuation(value));

const show = (value: string | null | undefined) => (value == null ? '–' : `"${value}"`);

/** Scores what the compiler made of one page against its label. */
export function scorePage(label: PageLabel, record: SeedRecord): PageOutcome {
  const seed = record.input?.seed ?? null;
  const crash = record.input
    ? null
    : (record.diagnostics.find((d) => d.severity === 'error')?.message ?? null);
  const rejected = seed === null || seed.title === null || seed.notArticle !== null;
  const fields: FieldScore[] = [];
  const score = (field: FieldId, right: boolean, want: string, got: string) =>
    fields.push({ field, right, want, got });

  if (label.kind === 'not-article') {
    score(
      'rejected',
      rejected,
      'rejected',
      rejected ? 'rejected' : `article ${show(seed.title?.text)}`,
    );
    return { file: label.file, fields, crash };
  }
  score(
    'kept',
    !rejected,
    'an article',
    rejected ? `rejected: ${seed?.notArticle ?? 'no title'}` : 'an article',
  );

  const title = seed?.title?.text ?? null;
  const derived = seed?.titleDerived ?? false;
  if (label.kind === 'article') {
    score(
      'headline',
      punctuated(title) === punctuated(label.title) && !derived,
      show(label.title),
      `${show(title)}${derived ? ' (derived)' : ''}`,
    );
  } else {
    score(
      'derived',
      title === null || derived,
      'a derived headline',
      `${show(title)}${derived ? ' (derived)' : ''}`,
    );
  }

  const date = seed?.publishedAt ?? null;
  if (label.date) score('date', date === label.date, label.date, show(date));
  else score('no-date', date === null, '–', show(date));

  const best = record.analysis?.regions[0];
  const province = best?.chain[0]?.name ?? null;
  const place = best && best.chain.length > 1 ? (best.chain.at(-1)?.name ?? null) : null;
  if (label.province)
    score('province', province === label.province, label.province, show(province));
  if (label.place) score('place', place === label.place, label.place, show(place));

  const topics = record.analysis?.topics.map((t) => t.name) ?? [];
  score(
    'topic',
    topics.some((t) => label.topics.includes(t)),
    label.topics.join(' '),
    topics.join(' ') || '–',
  );

  const chrome = chromeIn(linesOf(seed?.paragraphs ?? []));
  score(
    'clean',
    chrome.length === 0,
    'no chrome',
    chrome.map((c) => `${c.kind}: ${c.line}`).join('; '),
  );
  return { file: label.file, fields, crash };
}
