/** A term that signals a topic, with how strongly: 3 names the topic, 1 merely hints at it. */
export interface TopicTerm {
  text: string;
  weight: 1 | 2 | 3;
}

/** One education topic of the vocabulary. */
export interface Topic {
  /** Stable id used in URLs (`?topic=myopia`) and in the index. */
  id: string;
  /** The label readers see. */
  name: string;
  terms: readonly TopicTerm[];
  /**
   * The id of a broader topic this one is part of: each hit counts for both, so filtering by
   * 招生考试 also finds 高考 news.
   */
  within?: string;
}

const t = (weight: TopicTerm['weight'], ...texts: string[]): TopicTerm[] =>
  texts.map((text) => ({ text, weight }));

/**
 * The education topics readers browse by, with the words that signal each. docs/search-design.md
 * explains the weights; add a topic here and it is tagged on the next compile. Ids never change
 * once published, since bookmarked search URLs carry them: a topic that was split keeps its id for
 * the part that kept its name (`teachers` is now 教师队伍 only, 师德师风 is `teacher-ethics`).
 *
 * Terms are matched on folded text (simplified, no spaces), longest first, so a longer term
 * claims its characters from a shorter one: 有偿补课 counts for 师德师风, not also 补课 for 校外
 * 培训. Traditional-only words (偏鄉, 收生, 霸凌) are listed in their folded, simplified form.
 */
export const TOPICS: readonly Topic[] = [
  {
    id: 'party-building',
    name: '党建',
    terms: [
      ...t(3, '党建', '党的建设'),
      ...t(
        2,
        '党组织',
        '党支部',
        '党总支',
        '党组',
        '主题党日',
        '三会一课',
        '党员教师',
        '基层党组织',
        '党史学习',
        '全面从严治党',
        '党的二十大',
        '建党',
        '党课',
        // The party committee's leading group for education (区委/县委教育工作领导小组).
        '教育工作领导小组',
      ),
      // 党委 opens many a government line (乡党委、政府), so it only hints.
      ...t(1, '党员', '党委', '七一'),
    ],
  },
  {
    id: 'integrity',
    name: '廉政',
    terms: [
      ...t(3, '廉政', '党风廉政', '廉洁', '清廉'),
      ...t(
        2,
        '纪检',
        '纪委',
        '监察',
        '警示教育',
        '作风建设',
        '违纪',
        '党纪',
        '反腐',
        '腐败',
        '八项规定',
        '四风',
        '礼品礼金',
        '违规收受',
      ),
      ...t(1, '纪律', '问责'),
    ],
  },
  {
    id: 'moral-education',
    name: '德育',
    terms: [
      ...t(3, '德育', '思政', '思想政治'),
      ...t(
        2,
        '立德树人',
        '社会主义核心价值观',
        '爱国主义教育',
        '理想信念',
        '红色教育',
        '红色基因',
        '文明礼仪',
        '养成教育',
        '感恩教育',
        '品格教育',
        '道德与法治',
        '法治教育',
        '仪式教育',
        '成人礼',
        '少先队',
        '新时代好少年',
      ),
      // School ceremonies are where schools hold much of their moral education.
      ...t(1, '国旗下讲话', '主题班会', '升旗仪式', '毕业典礼', '开学典礼', '感恩', '品德'),
    ],
  },
  {
    id: 'teachers',
    name: '教师队伍',
    terms: [
      ...t(3, '教师队伍', '师资队伍'),
      ...t(
        2,
        '教师培训',
        '名师',
        '骨干教师',
        '青年教师',
        '新教师',
        '优秀教师',
        '校长培训',
        '教师发展',
        '教师招聘',
        '招聘教师',
        '特岗教师',
        '教师编制',
        '教师资格',
        '交流轮岗',
        '县管校聘',
        '教师节',
        '师资',
        '教学能手',
      ),
      ...t(1, '教师', '教职工', '班主任'),
    ],
  },
  {
    id: 'teacher-ethics',
    name: '师德师风',
    terms: [
      ...t(3, '师德师风', '师德'),
      ...t(2, '师风', '有偿补课', '为人师表', '四有好老师', '教师职业行为', '从教行为'),
      ...t(1, '教书育人'),
    ],
  },
  {
    id: 'admissions',
    name: '招生考试',
    terms: [
      ...t(3, '招生考试', '中考'),
      ...t(
        2,
        '招生',
        '录取',
        '考生',
        '志愿填报',
        '招考',
        '研究生考试',
        '分数线',
        '小升初',
        '新生入学',
        '入学登记',
        '入学报名',
        '入学申请',
        '入学政策',
        '入学条件',
        '新生报名',
        // Hong Kong's words for admission and school-place allocation.
        '收生',
        '派位',
      ),
      // 入学 hints; 深入学习 and 纳入学校 are read as 深入 and 纳入 (NOT_TOPIC_TERMS).
      ...t(1, '考试', '考场', '招收', '入学'),
    ],
  },
  {
    id: 'gaokao',
    name: '高考',
    within: 'admissions',
    terms: [...t(3, '高考', '普通高校招生'), ...t(2, '选考', '艺考', '本科批', '一本线')],
  },
  {
    id: 'graduate-employment',
    name: '高校毕业生就业',
    terms: [
      ...t(3, '毕业生就业', '就业创业'),
      ...t(2, '高校毕业生', '招聘会', '就业指导', '双选会', '创业', '稳就业'),
      ...t(1, '就业', '岗位', '求职'),
    ],
  },
  {
    id: 'double-reduction',
    name: '双减',
    terms: [...t(3, '双减'), ...t(2, '作业负担', '课业负担', '减负', '作业管理', '作业总量')],
  },
  {
    id: 'after-school',
    name: '课后服务',
    terms: [
      ...t(3, '课后服务'),
      ...t(2, '课后托管', '延时服务', '托管服务', '弹性离校', '四点半课堂', '晚托', '午托'),
    ],
  },
  {
    id: 'off-campus-tutoring',
    name: '校外培训',
    terms: [
      ...t(3, '校外培训'),
      ...t(2, '培训机构', '学科类培训', '补习班', '辅导班', '违规培训', '隐形变异'),
      ...t(1, '补课', '培训班', '补习'),
    ],
  },
  {
    id: 'myopia',
    name: '近视防控',
    terms: [...t(3, '近视防控', '近视'), ...t(2, '视力', '护眼', '用眼卫生', '眼健康')],
  },
  {
    id: 'sports',
    name: '体育',
    terms: [
      ...t(3, '体育'),
      ...t(
        2,
        '运动会',
        '足球',
        '篮球',
        '排球',
        '羽毛球',
        '乒乓球',
        '体质健康',
        '健身',
        '田径',
        '大课间',
        '体质测试',
        '跳绳',
        '武术',
      ),
      ...t(1, '运动', '比赛'),
    ],
  },
  {
    id: 'safety',
    name: '安全教育',
    terms: [
      ...t(3, '安全教育', '校园安全'),
      ...t(
        2,
        '防溺水',
        '溺水',
        '消防',
        '交通安全',
        '应急演练',
        '疏散演练',
        '食品安全',
        '防欺凌',
        '欺凌',
        '霸凌',
        '安全隐患',
        '安全管理',
        '安全工作',
        '安全生产',
        '安全防范',
        '防震',
        '禁毒',
        '反诈',
        '诈骗',
        '校舍安全',
        '平安校园',
        '隐患排查',
        '暑期安全',
        '假期安全',
      ),
      ...t(1, '安全'),
    ],
  },
  {
    id: 'nutrition',
    name: '营养改善',
    terms: [
      ...t(3, '营养改善', '营养餐'),
      ...t(2, '营养午餐', '营养早餐', '营养健康', '膳食', '食堂', '供餐', '陪餐'),
      ...t(1, '营养', '午餐', '食材', '用餐', '就餐'),
    ],
  },
  {
    id: 'epidemic',
    name: '疫情防控',
    terms: [
      ...t(3, '疫情防控', '防疫'),
      ...t(2, '疫情', '新冠', '肺炎', '核酸', '抗疫', '消杀', '传染病'),
      ...t(1, '返校', '复学'),
    ],
  },
  {
    id: 'vocational',
    name: '职业教育',
    terms: [
      ...t(3, '职业教育', '职教'),
      ...t(
        2,
        '职业院校',
        '职业学校',
        '职业学院',
        '职业技术学院',
        '中职',
        '高职',
        '职专',
        '职校',
        '技工学校',
        '技师学院',
        '产教融合',
        '技能大赛',
        '职业技能',
        '校企合作',
      ),
      ...t(1, '实训'),
    ],
  },
  {
    id: 'preschool',
    name: '学前教育',
    terms: [
      ...t(3, '学前教育'),
      // 幼儿园 is a strong term, yet many notices list "各中小学、幼儿园": two mentions are not
      // enough, a title or three mentions are.
      ...t(2, '幼儿园', '幼儿', '托育', '保育员'),
    ],
  },
  {
    id: 'compulsory-education',
    name: '义务教育',
    terms: [
      ...t(3, '义务教育'),
      ...t(
        2,
        '均衡发展',
        '优质均衡',
        '集团化办学',
        '控辍保学',
        '就近入学',
        '划片',
        '大班额',
        '一年级新生',
      ),
      // 中小学 is in nearly every item of education news, so it only hints.
      ...t(1, '中小学', '小学', '初中', '适龄儿童', '课堂教学'),
    ],
  },
  {
    id: 'family-education',
    name: '家庭教育',
    terms: [
      ...t(3, '家庭教育', '家校共育'),
      // Not 家教: 国家教育 and 专家教授 hold it.
      ...t(2, '家校合作', '家校社', '家长学校', '亲子', '家风'),
      // Not 家长: every enrolment notice and safety letter addresses parents.
      ...t(1, '家校'),
    ],
  },
  {
    id: 'mental-health',
    name: '心理健康',
    terms: [
      ...t(3, '心理健康', '心育'),
      ...t(
        2,
        '心理辅导',
        '心理咨询',
        '心理危机',
        '心理卫生',
        '心理疏导',
        '心理测评',
        '心理教师',
        '心理课',
        '抑郁',
      ),
      ...t(1, '心理', '心灵', '情绪'),
    ],
  },
  {
    id: 'rural',
    name: '乡村教育',
    terms: [
      ...t(3, '乡村教育', '乡村学校', '农村教育'),
      ...t(
        2,
        '乡村教师',
        '农村学校',
        '乡镇学校',
        '村小',
        '教学点',
        '留守儿童',
        '教育帮扶',
        '支教',
        '送教下乡',
        '乡村振兴',
        // Taiwan's word for remote rural areas.
        '偏乡',
      ),
      ...t(1, '乡村', '农村', '山区', '偏远'),
    ],
  },
  {
    id: 'ethnic-education',
    name: '民族教育',
    terms: [
      ...t(3, '民族教育'),
      ...t(
        2,
        '民族团结',
        '少数民族',
        '双语教育',
        '民族地区',
        '民族学校',
        '民族中学',
        '民族小学',
        '国家通用语言',
        '中华民族共同体意识',
        '内地西藏班',
        '内地新疆班',
        // Taiwan's indigenous peoples and their languages.
        '原住民',
        '族语',
      ),
      ...t(1, '民族文化'),
    ],
  },
  {
    id: 'student-aid',
    name: '学生资助',
    terms: [
      ...t(3, '学生资助'),
      ...t(
        2,
        '助学金',
        '助学贷款',
        '奖助学金',
        '家庭经济困难学生',
        '困难学生',
        '贫困学生',
        '两免一补',
        '免学费',
        '生活补助',
        '雨露计划',
      ),
      // 资助 alone also funds projects, and Hong Kong's 资助学校 are a kind of school.
      ...t(1, '资助', '奖学金', '补助'),
    ],
  },
  {
    id: 'inspection',
    name: '教育督导',
    terms: [
      ...t(3, '教育督导'),
      // Not 督查: any office's spot check is one, the education inspectorate's work is 督导.
      ...t(2, '督导', '督学', '督政', '挂牌督导'),
    ],
  },
  {
    id: 'higher-education',
    name: '高等教育',
    terms: [
      ...t(3, '高等教育', '双一流'),
      ...t(2, '高校', '本科', '学科建设', '研究生'),
      ...t(1, '大学', '学院'),
    ],
  },
  {
    id: 'labour-education',
    name: '劳动教育',
    terms: [
      ...t(3, '劳动教育'),
      // Not 研学 alone: 教研学习 holds it.
      ...t(2, '劳动实践', '研学实践', '研学旅行', '劳动课', '劳动技能', '家务劳动'),
      ...t(1, '劳动'),
    ],
  },
  {
    id: 'digital-education',
    name: '教育信息化',
    terms: [
      ...t(3, '教育信息化', '智慧教育', '教育数字化'),
      ...t(
        2,
        '信息化',
        '智慧校园',
        '智慧课堂',
        '在线教育',
        '线上教学',
        '数字化',
        '人工智能',
        '网络学习空间',
        '数字教育资源',
        '数字资源',
        // Taiwan's word for digital learning.
        '数位学习',
      ),
      // Network and data security are a school's IT work, not safety education.
      ...t(1, '信息技术', '网络安全', '数据安全', '多媒体'),
    ],
  },
  {
    id: 'arts',
    name: '美育',
    terms: [
      ...t(3, '美育'),
      ...t(2, '艺术教育', '合唱', '美术', '音乐', '书法', '舞蹈', '艺术展演', '艺术节', '戏曲'),
    ],
  },
  {
    id: 'special-education',
    name: '特殊教育',
    terms: [
      ...t(3, '特殊教育', '特教'),
      ...t(
        2,
        '残疾儿童',
        '特殊儿童',
        '融合教育',
        '送教上门',
        '随班就读',
        '孤独症',
        '自闭症',
        '培智',
        '盲校',
        '聋校',
      ),
      ...t(1, '残疾'),
    ],
  },
];

/**
 * Words that hold a topic term across a word boundary: 期中考试 holds 中考, 提高 holds the 高 of
 * 高考, 高校 and 高职, 集中考核 holds 中考, 监督学校 holds 督学. The tagger reads them as words of
 * their own, which count for no topic.
 */
export const NOT_TOPIC_TERMS: readonly string[] = [
  '期中考',
  '提高',
  '集中',
  '监督',
  // The verbs that end in 入 and run into 学习, 学校, 学生: all but 入学 itself.
  '深入',
  '纳入',
  '融入',
  '投入',
  '列入',
  '进入',
  '加入',
  '引入',
];

/**
 * Words synonym spinners (伪原创 tools) swap into copied articles, by the word they replace:
 * 食品安全 comes out as 食物平安. Each term holding a replaced word is also matched in its spun
 * form; a one-word term is not (平安 alone is a greeting, not safety).
 */
export const SPUN_WORDS: readonly (readonly [word: string, spun: string])[] = [
  ['安全', '平安'],
  ['食品', '食物'],
  ['特殊', '特别'],
  ['教师', '教员'],
  ['营养', '养分'],
  ['健康', '康健'],
  ['学校', '黉舍'],
];

/** A term and its spun forms (`SPUN_WORDS`), the term first. */
export function spunForms(term: string): string[] {
  const forms = [term];
  for (const [word, spun] of SPUN_WORDS) {
    for (const form of [...forms]) {
      if (form !== word && form.includes(word)) forms.push(form.replaceAll(word, spun));
    }
  }
  return forms;
}

/** A topic by id. */
export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
