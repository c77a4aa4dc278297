import type { Region, RegionTable } from '../../src/domain/bundle/region-table.ts';
import type { SearchDoc } from '../../src/domain/search/query/search-types.ts';
import { TOPICS } from '../../src/domain/tagging/topics/topic-vocabulary.ts';
import { random } from '../../tests/support/random.ts';

/** Picks from a list, earlier entries more often (roughly Zipf), as words are in real text. */
export function pickSkewed<T>(rand: () => number, list: readonly T[]): T {
  const i = Math.floor(list.length * rand() ** 2.2);
  return list[Math.min(i, list.length - 1)] as T;
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;

// The bench's own phrasing of education news: short stock phrases, recombined at random.
const SUBJECTS = [
  '教育局',
  '教委',
  '教育厅',
  '各中小学',
  '幼儿园',
  '职业院校',
  '高校',
  '全体教师',
  '学生代表',
  '家长委员会',
  '校长',
  '班主任',
];
const VERBS = [
  '召开',
  '举办',
  '开展',
  '推进',
  '部署',
  '落实',
  '组织',
  '启动',
  '完善',
  '加强',
  '深化',
  '探索',
  '实施',
  '表彰',
  '培训',
];
const OBJECTS = [
  '工作会议',
  '专项行动',
  '主题活动',
  '经验交流会',
  '现场推进会',
  '培训班',
  '评选活动',
  '督导检查',
  '调研活动',
  '改革试点',
  '示范项目',
  '结对帮扶',
];
const MANNERS = ['扎实', '全面', '持续', '积极', '深入', '切实', '有序', '稳步'];
const OPENERS = [
  '同时',
  '此外',
  '据悉',
  '会上',
  '会议指出',
  '下一步',
  '近年来',
  '截至目前',
  '活动中',
  '据了解',
];
const UNITS = ['所学校', '名教师', '场活动', '万元', '个项目', '人次', '名学生', '个班级'];
const TITLE_FRAMES = [
  (p: string, v: string, t: string, o: string) => `${p}${v}${t}${o}`,
  (p: string, v: string, t: string, o: string) => `${p}:${v}“${t}”${o}`,
  (p: string, _v: string, t: string, o: string) => `${p}多措并举抓好${t}${o}`,
  (p: string, v: string, t: string) => `${v}${t} ${p}在行动`,
];

interface Place {
  region: Region;
  /** How the text writes it: full name, short form or parent + full name. */
  written: string[];
}

function places(table: RegionTable): Place[] {
  const strip = (name: string) =>
    name.replace(/(壮族|回族|维吾尔)?(自治区|自治州|特别行政区|省|市|区|县)$/u, '');
  return table
    .all()
    .filter((r) => r.level !== 'province' || r.code.length === 2)
    .map((region) => {
      const short = strip(region.name);
      const parent = region.parent ? table.get(region.parent)?.name : undefined;
      const written = [region.name];
      if (short.length >= 2) written.push(short);
      if (parent) written.push(`${parent}${region.name}`);
      return { region, written };
    });
}

/**
 * A deterministic corpus of `count` items in the style of the seeds: 3 in 4 articles of 6–10
 * paragraphs, the rest teasers with a title only, sometimes truncated. Every place name comes from
 * the divisions table and every topic word from the vocabulary; the rest is stock phrases.
 */
export function generateCorpus(count: number, table: RegionTable, seed = 20241123): SearchDoc[] {
  const rand = random(seed);
  const all = places(table);
  // A fixed shuffle makes some places common and most rare, as in real news.
  const weighted = all.map((p, i) => ({ p, k: random(i + seed)() }));
  weighted.sort((a, b) => a.k - b.k);
  const placeOrder = weighted.map((w) => w.p);
  const topicTerms = TOPICS.flatMap((topic) => topic.terms.map((term) => ({ topic, term })));
  const day0 = Date.UTC(2018, 0, 1);

  const phrase = () => {
    const place = pickSkewed(rand, placeOrder);
    const term = pickSkewed(rand, topicTerms);
    return { place, term };
  };
  const sentence = (place: Place, topicWord: string) => {
    const n = 1 + Math.floor(rand() * 900);
    return `${pick(rand, OPENERS)},${pick(rand, place.written)}${pick(rand, SUBJECTS)}${pick(rand, MANNERS)}${pick(rand, VERBS)}${topicWord}${pick(rand, OBJECTS)},共${n}${pick(rand, UNITS)}参与。`;
  };

  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const { place, term } = phrase();
    const frame = pick(rand, TITLE_FRAMES);
    let title = frame(
      pick(rand, place.written),
      pick(rand, VERBS),
      term.term.text,
      pick(rand, OBJECTS),
    );
    const teaser = rand() < 0.25;
    if (teaser && rand() < 0.5) title = title.slice(0, 10 + Math.floor(rand() * 4));
    const regions = new Set<string>();
    for (
      let r: Region | undefined = place.region;
      r;
      r = r.parent ? table.get(r.parent) : undefined
    ) {
      regions.add(r.code);
    }
    const topics = new Set([term.topic.id]);
    const body: string[] = [];
    if (!teaser) {
      const paragraphs = 6 + Math.floor(rand() * 5);
      for (let p = 0; p < paragraphs; p++) {
        const sentences = 3 + Math.floor(rand() * 4);
        let text = '';
        for (let s = 0; s < sentences; s++) {
          const local = rand() < 0.7 ? place : phrase().place;
          const word = rand() < 0.6 ? term.term.text : pickSkewed(rand, topicTerms).term.text;
          text += sentence(local, word);
        }
        body.push(text);
      }
    }
    const date =
      rand() < 0.03
        ? null
        : new Date(day0 + Math.floor(rand() * 2500) * 86_400_000).toISOString().slice(0, 10);
    docs.push({
      id: i.toString(16).padStart(16, '0'),
      kind: teaser ? 'teaser' : 'article',
      title,
      paragraphs: body,
      date,
      regions: [...regions].sort(),
      topics: [...topics],
    });
  }
  return docs;
}
