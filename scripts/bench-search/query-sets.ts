import type { RegionTable } from '../../src/domain/bundle/region-table.ts';
import type { SearchDoc } from '../../src/domain/search/query/search-types.ts';
import { TOPICS } from '../../src/domain/tagging/topics/topic-vocabulary.ts';
import type { BenchQuery } from './engines.ts';
import { random } from '../../tests/support/random.ts';

/** The query classes the issue asks to time. */
export type QueryClass = '2-char' | '4-char' | 'region' | 'topic' | 'multi-term';

/** Queries drawn from the corpus itself, so that most find something, some find a lot. */
export function querySets(
  docs: readonly SearchDoc[],
  seed: number,
  table: RegionTable,
  prepare: (text: string) => BenchQuery,
  perClass: number,
): Record<QueryClass, BenchQuery[]> {
  const rand = random(seed);
  const sample = (length: number) => {
    for (;;) {
      const doc = docs[Math.floor(rand() * docs.length)];
      const text = rand() < 0.5 ? doc?.title : doc?.paragraphs.join('');
      if (!text || text.length < length) continue;
      const at = Math.floor(rand() * (text.length - length + 1));
      const s = text.slice(at, at + length);
      if (/^\p{Script=Han}+$/u.test(s)) return s;
    }
  };
  const provinces = table
    .children(null)
    .map((r) =>
      r.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u, ''),
    );
  const prefectures = table
    .all()
    .filter((r) => r.level === 'prefecture')
    .map((r) => r.name);
  const topicWords = TOPICS.flatMap((t) =>
    t.terms.filter((term) => term.weight === 3).map((term) => term.text),
  );
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const n = (f: () => string) => Array.from({ length: perClass }, f).map(prepare);
  return {
    '2-char': n(() =>
      rand() < 0.3 ? pick(['教育', '学生', '防控', '党建', '双减', '学校']) : sample(2),
    ),
    '4-char': n(() =>
      rand() < 0.3 ? pick(['近视防控', '课后服务', '师德师风', '职业教育']) : sample(4),
    ),
    region: n(() => (rand() < 0.6 ? pick(provinces) : pick(prefectures))),
    topic: n(() => pick(topicWords)),
    'multi-term': n(() =>
      rand() < 0.5
        ? `${pick(provinces)} ${pick(topicWords)}`
        : `${sample(2)} ${sample(2)} ${sample(2)}`,
    ),
  };
}
