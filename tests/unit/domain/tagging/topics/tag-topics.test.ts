import { describe, expect, it } from 'vitest';
import {
  buildKeywordModel,
  extractKeywords,
} from '../../../../../src/domain/tagging/topics/extract-keywords.ts';
import {
  ASIDE_ALWAYS_PARAGRAPHS,
  ASIDE_MIN_PARAGRAPHS,
  HEADLINE_MAX_CHARS,
  TopicTagger,
} from '../../../../../src/domain/tagging/topics/tag-topics.ts';
import {
  NOT_TOPIC_TERMS,
  spunForms,
  TOPICS,
} from '../../../../../src/domain/tagging/topics/topic-vocabulary.ts';

const tagger = new TopicTagger();
const ids = (title: string, paragraphs: string[] = []) =>
  tagger.tag({ title, paragraphs }).map((t) => t.id);

describe('the topic vocabulary', () => {
  it('gives every topic a unique id, a unique name and at least one strong term', () => {
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    expect(new Set(TOPICS.map((t) => t.name)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      expect(topic.name).not.toBe('');
      expect(topic.terms.some((term) => term.weight === 3)).toBe(true);
    }
  });

  it('lists each term under one topic only, so a hit is never counted twice', () => {
    const terms = TOPICS.flatMap((t) => t.terms.map((term) => term.text));
    expect(new Set(terms).size).toBe(terms.length);
    for (const word of NOT_TOPIC_TERMS) expect(terms).not.toContain(word);
  });

  it('places a topic only within a topic of the vocabulary other than itself', () => {
    const all = new Set(TOPICS.map((t) => t.id));
    for (const { id, within } of TOPICS) {
      if (within === undefined) continue;
      expect(all).toContain(within);
      expect(within).not.toBe(id);
    }
  });

  it('keeps every id it ever published, since bookmarked searches carry them', () => {
    const published = [
      'party-building',
      'moral-education',
      'teachers',
      'admissions',
      'graduate-employment',
      'double-reduction',
      'myopia',
      'sports',
      'safety',
      'epidemic',
      'vocational',
      'preschool',
      'rural',
      'integrity',
      'mental-health',
      'higher-education',
      'compulsory-education',
      'labour-education',
      'digital-education',
      'arts',
      'special-education',
    ];
    expect(TOPICS.map((t) => t.id)).toEqual(expect.arrayContaining(published));
  });

  it('names one topic for each keyword of the education-news topic list, none merged', () => {
    const keywords = [
      '招生考试',
      '安全教育',
      '义务教育',
      '高考',
      '教师队伍',
      '学前教育',
      '劳动教育',
      '党建',
      '营养改善',
      '心理健康',
      '家庭教育',
      '乡村教育',
      '近视防控',
      '廉政',
      '职业教育',
      '双减',
      '师德师风',
      '教育信息化',
      '民族教育',
      '疫情防控',
      '高校毕业生就业',
      '学生资助',
      '课后服务',
      '校外培训',
      '体育',
      '特殊教育',
      '教育督导',
      '德育',
    ];
    expect(TOPICS.map((t) => t.name)).toEqual(expect.arrayContaining(keywords));
  });
});

describe('topic tagging', () => {
  it.each([
    ['开州区聚焦“三力”抓牢抓实中小学党建工作', 'party-building'],
    ['市教育局召开党支部书记述职评议会', 'party-building'],
    ['县教育系统召开党风廉政建设推进会', 'integrity'],
    ['思政课建设推进会在我校召开', 'moral-education'],
    ['县教育局举办青年教师教学能力培训', 'teachers'],
    ['全县教师资格考试报名开始', 'teachers'],
    ['全市中小学开展师德师风专题教育', 'teacher-ethics'],
    ['2024年中考报名工作即将开始', 'admissions'],
    ['今年高考首日平稳有序', 'gaokao'],
    ['永川区多措并举促进高校毕业生就业', 'graduate-employment'],
    ['我市全面落实“双减”政策', 'double-reduction'],
    ['全区小学课后服务实现全覆盖', 'after-school'],
    ['教育和市场监管部门联合检查校外培训机构', 'off-campus-tutoring'],
    ['广西:做好近视防控工作', 'myopia'],
    ['校园足球联赛开幕', 'sports'],
    ['学校开展防溺水安全教育', 'safety'],
    ['农村学生营养餐提质扩面', 'nutrition'],
    ['做好秋季学期疫情防控', 'epidemic'],
    ['职业教育产教融合', 'vocational'],
    ['县实验幼儿园秋季招生开始报名', 'preschool'],
    ['义务教育优质均衡发展推进会召开', 'compulsory-education'],
    ['家庭教育指导服务进社区', 'family-education'],
    ['中学生心理健康教育周启动', 'mental-health'],
    ['乡村学校少年宫建设观摩会', 'rural'],
    ['民族团结进步教育进校园', 'ethnic-education'],
    ['秋季学期学生资助政策宣传', 'student-aid'],
    ['县政府教育督导室开展开学专项督导', 'inspection'],
    ['高校“双一流”建设推进会', 'higher-education'],
    ['小学生走进劳动教育实践基地', 'labour-education'],
    ['推进中小学网络学习空间应用', 'digital-education'],
    ['中小学艺术展演活动举行', 'arts'],
    ['县特殊教育学校开展送教上门', 'special-education'],
  ])('tags %s', (title, id) => {
    expect(ids(title)).toContain(id);
  });

  it('keeps the split topics apart: recruiting teachers is not 师德师风, 双减 is not 课后服务', () => {
    expect(ids('县教育局公开招聘教师120名')).toEqual(['teachers']);
    expect(ids('全市中小学开展师德师风专题教育')).toEqual(['teacher-ethics']);
    expect(ids('我市全面落实“双减”政策')).toEqual(['double-reduction']);
    expect(ids('全区小学课后服务实现全覆盖')).toEqual(['after-school']);
  });

  it('counts 高考 for 招生考试 too, which it is part of, but not the other way round', () => {
    expect(ids('今年高考首日平稳有序')).toEqual(['admissions', 'gaokao']);
    expect(ids('2024年中考报名工作即将开始')).toEqual(['admissions']);
  });

  it('reads campus safety beyond 安全教育 itself, but not network security', () => {
    expect(ids('做好寒假安全工作')).toEqual(['safety']);
    expect(ids('校园反诈宣传进课堂')).toEqual(['safety']);
    expect(ids('网络安全宣传周活动启动')).toEqual([]);
  });

  it('recognises synonyms: 思政 and 立德树人 are moral education', () => {
    expect(ids('思政课建设', [])).toEqual(['moral-education']);
    expect(ids('新闻', ['坚持立德树人。', '落实立德树人根本任务。', '立德树人。'])).toEqual([
      'moral-education',
    ]);
  });

  it('reads school words of Hong Kong and Taiwan', () => {
    const hongKong = ['官立中学今年收生不足。', '各校收生情况月底公布。', '中一派位结果公布。'];
    expect(ids('新闻', hongKong)).toEqual(['admissions']);
    expect(ids('偏鄉小校獲贈圖書')).toEqual(['rural']);
    expect(ids('兩所資助中學合併')).toEqual([]);
  });

  it('weighs the title above the body', () => {
    expect(ids('体育', [])).toEqual(['sports']);
    expect(ids('新闻', ['体育'])).toEqual([]);
    const [title] = tagger.tag({ title: '体育', paragraphs: ['体育'] });
    expect(title?.score).toBe(3 * 3 + 3);
  });

  it('reads a "title" longer than a headline as body text, not three times over', () => {
    const lead =
      '今天上午,全市中小学生运动会在市体育中心开幕,来自各区县四十多所学校的两千余名学生报名参加田径、跳远、拔河等十多个项目,赛期共三天,闭幕式将于周五下午举行。';
    expect(lead.length).toBeGreaterThan(HEADLINE_MAX_CHARS);
    const [long] = tagger.tag({ title: lead });
    expect(long).toMatchObject({ id: 'sports', inTitle: false, score: 3 + 2 + 2 });
    expect(tagger.tag({ title: '全市中小学生运动会开幕' })[0]).toMatchObject({
      id: 'sports',
      inTitle: true,
    });
  });

  it('reads the longest term, so 党风廉政 does not also count as 党风', () => {
    expect(tagger.tag({ title: '党风廉政' })).toEqual([
      { id: 'integrity', name: '廉政', score: 9, inTitle: true },
    ]);
  });

  it('does not let one word repeated many times make a topic', () => {
    expect(
      ids(
        '新闻',
        Array.from({ length: 20 }, () => '运动'),
      ),
    ).toEqual([]);
  });

  it('lets hints in the body tip a topic, never make one', () => {
    const hints = ['教师认真备课。', '班主任家访。', '全体教职工参加。', '教师和班主任座谈。'];
    expect(ids('新闻', hints)).toEqual([]);
    expect(ids('新闻', [...hints, '骨干教师上示范课。', '青年教师说课。'])).toEqual(['teachers']);
  });

  it('does not make a family-education item of every notice that addresses parents', () => {
    const notice = ['请家长提前准备材料。', '家长须陪同孩子报到。', '家长签字后交回。'];
    expect(ids('关于秋季开学报到的通知', notice)).not.toContain('family-education');
    expect(ids('家长学校开课', ['亲子共读活动同步开展。'])).toContain('family-education');
  });

  it('does not count words that hold a term across a word boundary', () => {
    expect(ids('期中考试质量分析会召开')).toEqual([]);
    expect(ids('提高考核工作质量')).toEqual([]);
    expect(ids('深入学习贯彻会议精神')).toEqual([]);
    expect(ids('市场监管部门监督学校食堂')).not.toContain('inspection');
    expect(ids('确保教学秩序稳定')).not.toContain('preschool');
    expect(ids('国家教育考试工作会召开')).not.toContain('family-education');
    expect(ids('新生入学报到须知')).toContain('admissions');
  });

  it('drops a topic one paragraph of a long item mentions in passing', () => {
    const aside = '残疾儿童可申请随班就读,也可到特殊教育学校就读或申请送教上门。';
    const guide = [
      '今年小学一年级招生报名于5月开始,招生对象为本学区适龄儿童。',
      '招生范围以学区划分,录取结果在报名结束后公布,录取通知书由学校发放。',
      aside,
      '入学报名材料包括户口簿和房产证明,招生平台提供网上报名。',
      '随迁子女按积分录取,招生计划由区教育局统一公布。',
    ];
    expect(guide.length).toBeGreaterThanOrEqual(ASIDE_MIN_PARAGRAPHS);
    expect(ids('小学一年级招生报名指南', guide)).not.toContain('special-education');
    expect(ids('新闻', [aside])).toContain('special-education');
  });

  it('drops a one-paragraph topic from a long item even when it outscores the rest', () => {
    const aside = '残疾儿童可申请随班就读,也可到特殊教育学校就读或申请送教上门。';
    const steps = ['一、报名时间', '二、报名对象', '三、报名材料', '四、报名方式', '五、咨询电话'];
    const guide = [...steps, '新生报名在网上进行。', aside, '适龄儿童按学区报名。'];
    expect(guide.length).toBeGreaterThanOrEqual(ASIDE_ALWAYS_PARAGRAPHS);
    expect(ids('一年级报名须知', guide)).not.toContain('special-education');
    expect(ids('特殊教育学校一年级报名须知', guide)).toContain('special-education');
  });

  it('keeps each topic of a work report that lists them in one paragraph', () => {
    const report = [
      '全市教育工作会议昨日召开。',
      '会议要求压实校园安全责任,加强教师队伍管理,落实党风廉政建设责任制,并就校园安全、教师队伍、党风廉政三项工作作了分工。',
      '各校校长参加会议。',
      '会议要求狠抓落实。',
    ];
    expect(ids('全市教育工作会议召开', report)).toEqual(
      expect.arrayContaining(['safety', 'teachers', 'integrity']),
    );
  });

  it('tags nothing in text about none of the topics', () => {
    expect(ids('天气晴朗', ['今天天气晴朗。'])).toEqual([]);
  });

  it('reads traditional characters', () => {
    expect(ids('近視防控')).toEqual(['myopia']);
    expect(ids('師德師風建設')).toEqual(['teacher-ethics']);
  });

  it('reads text with pinyin ruby after each character', () => {
    expect(ids('勞(láo)動(dòng)教(jiào)育(yù)實踐')).toEqual(['labour-education']);
    expect(ids('家(jiā)長(zhǎng)學(xué)校(xiào)開課')).toEqual(['family-education']);
  });

  it('reads the forms synonym spinners give the terms, but not their one-word swaps', () => {
    expect(ids('校园食物平安专项检查')).toEqual(['safety']);
    expect(ids('完善特别教育服务机制')).toEqual(['special-education']);
    expect(ids('新春平安', ['祝大家平安。', '平安是福。', '岁岁平安。'])).toEqual([]);
  });
});

describe('spun forms of a term', () => {
  it('swaps each spun word, alone and together', () => {
    expect(spunForms('食品安全')).toEqual(['食品安全', '食品平安', '食物安全', '食物平安']);
    expect(spunForms('特殊教育')).toEqual(['特殊教育', '特别教育']);
  });

  it('leaves a term that is only the spun word, or holds none', () => {
    expect(spunForms('安全')).toEqual(['安全']);
    expect(spunForms('党建')).toEqual(['党建']);
  });
});

describe('keywords', () => {
  const item = {
    title: '开州区聚焦“三力”抓牢抓实中小学党建工作',
    paragraphs: ['开州区教育系统严格落实全面从严治党主体责任,持续聚焦领导力、向心力、推动力建设。'],
  };

  it('picks words of the text, title first, without stopwords', () => {
    const keywords = extractKeywords(item, { limit: 5 });
    expect(keywords).toContain('聚焦');
    expect(keywords).not.toContain('工作');
    expect(keywords.every((k) => k.length >= 2)).toBe(true);
  });

  it('weighs words common across the corpus down', () => {
    const model = buildKeywordModel([
      item,
      { title: '聚焦课后服务', paragraphs: ['聚焦'] },
      { title: '聚焦体育', paragraphs: [] },
    ]);
    const keywords = extractKeywords(item, { model, limit: 3 });
    expect(keywords).not.toContain('聚焦');
  });

  it('is deterministic', () => {
    expect(extractKeywords(item)).toEqual(extractKeywords(item));
  });
});
