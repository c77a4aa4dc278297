import stCharacters from 'opencc-js/dict/STCharacters';

/**
 * Edits a repost makes to a story, and hard negatives that look like reposts and are not: the
 * ground truth `npm run bench:stories` measures grouping against (docs/stories.md). All text
 * here is made up for the tests.
 */

/** The article a seed page shows, before it is written as a seed. */
export interface StoryPage {
  title: string;
  paragraphs: string[];
  host: string;
  date: string;
}

export type RepostEdit =
  'headline' | 'traditional' | 'punctuation' | 'cut' | 'junk-line' | 'junk-place' | 'lead-cut';

export const REPOST_EDITS: readonly RepostEdit[] = [
  'headline',
  'traditional',
  'punctuation',
  'cut',
  'junk-line',
  'junk-place',
  'lead-cut',
];

const toTraditional = new Map(
  stCharacters.split('|').map((pair) => {
    const [from = '', to = ''] = pair.split(' ');
    return [from, to] as const;
  }),
);

/** Simplified text in traditional characters, character by character, as gateways convert. */
export const traditional = (text: string): string =>
  text.replace(/\p{Script=Han}/gu, (c) => toTraditional.get(c) ?? c);

const SPAM = [
  '热门推荐:鸿运棋牌官网入口注册即送体验金',
  '志愿填报一对一咨询请加微信号abc12345',
  '本站所有资讯均来自网络转载如有侵权请联系删除',
  '点击进入高清视频专区免费观看最新热门内容',
];
const JUNK_PLACES = ['某地', '本地', '当地', '鸿运娱乐城'];
const HEADLINE_OPENERS = ['关注|', '【教育资讯】', '转发:', '最新!'];

/**
 * One repost of `page` with the edits named, on `host` and `days` after the original; `pick`
 * chooses among made-up junk. Each edit keeps the story's facts: what makes it another story
 * (a place, a year) is what the hard negatives change instead.
 */
export function repost(
  page: StoryPage,
  edits: readonly RepostEdit[],
  place: string,
  host: string,
  date: string,
  pick: <T>(items: readonly T[]) => T,
): StoryPage {
  let { title, paragraphs } = page;
  for (const edit of edits) {
    switch (edit) {
      case 'headline':
        title = `${pick(HEADLINE_OPENERS)}${place}这样做${title.slice(place.length, place.length + 6)}`;
        break;
      case 'traditional':
        title = traditional(title);
        paragraphs = paragraphs.map(traditional);
        break;
      case 'punctuation':
        paragraphs = paragraphs.map((p) =>
          p
            .replaceAll(',', ', ')
            .replaceAll('。', '. ')
            .replace(/(.)(.)/, '$1 $2'),
        );
        break;
      case 'cut':
        // The mirror kept the first paragraphs only.
        paragraphs = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length * 0.6)));
        break;
      case 'lead-cut':
        paragraphs = paragraphs.length > 2 ? paragraphs.slice(1) : paragraphs;
        break;
      case 'junk-line': {
        const at = Math.min(paragraphs.length, 1);
        paragraphs = [...paragraphs.slice(0, at), pick(SPAM), ...paragraphs.slice(at)];
        break;
      }
      case 'junk-place':
        paragraphs = paragraphs.map((p) => p.replaceAll(place, pick(JUNK_PLACES)));
        break;
    }
  }
  return { title, paragraphs, host, date };
}

/**
 * A notice written from one template for each place it is given: different stories that share
 * all their text but the place, the hard negative grouping must never merge.
 */
export function templateNotice(fullPlace: string, place: string, year: number): StoryPage {
  return {
    title: `${place}${year}年秋季学期公办幼儿园招生公告`,
    paragraphs: [
      `为做好${fullPlace}${year}年秋季学期公办幼儿园招生工作,保障适龄幼儿公平入园,根据上级有关文件精神,结合${place}实际,现将有关事项公告如下。`,
      `一、招生对象。凡${year - 4}年9月1日至${year - 3}年8月31日出生、身体健康、具备正常生活自理能力的适龄幼儿,均可报名。`,
      `二、报名时间。${year}年7月1日至7月10日,每天上午八时至十二时,下午两时半至五时半,逾期不再受理。`,
      '三、报名材料。幼儿户口簿、出生医学证明、预防接种证原件及复印件,监护人身份证原件及复印件,房产证明或租赁合同。',
      '四、录取办法。报名人数未超过计划的全部录取;超过计划的,按照户籍、居住年限依次录取,录取名单在园所公示栏公布。',
      `五、咨询方式。各园所咨询电话在${place}教育局门户网站公布,请家长合理安排时间,不要扎堆报名。`,
    ],
    host: 'www.youeryuan-example.cn',
    date: `${year}-06-30`,
  };
}

/**
 * One article of a series: the same lead sentence as every other one, then its own text. Another
 * hard negative: the lead alone must not group them.
 */
export function seriesArticle(
  number: number,
  place: string,
  body: readonly string[],
  date: string,
): StoryPage {
  return {
    title: `${place}家庭教育大讲堂(第${number}讲)`,
    paragraphs: [
      `为深入推进家校社协同育人,${place}教育局联合妇联、关工委开设家庭教育大讲堂,每月邀请专家为家长授课,线上线下同步直播,至今已累计吸引家长数万人次参与。`,
      ...body,
    ],
    host: 'www.jtjy-example.cn',
    date,
  };
}
