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
}

const t = (weight: TopicTerm['weight'], ...texts: string[]): TopicTerm[] =>
  texts.map((text) => ({ text, weight }));

/**
 * The education topics readers browse by, with the words that signal each. docs/search-design.md
 * explains the weights; add a topic here and it is tagged on the next compile. Ids never change
 * once published, since bookmarked search URLs carry them.
 */
export const TOPICS: readonly Topic[] = [
  {
    id: 'party-building',
    name: '党建',
    terms: [
      ...t(3, '党建', '党的建设'),
      ...t(2, '党组织', '党支部', '党委', '主题党日', '三会一课', '党员教师', '基层党组织'),
      ...t(1, '党员', '党课'),
    ],
  },
  {
    id: 'moral-education',
    name: '德育与思政',
    terms: [
      ...t(3, '德育', '思政', '思想政治'),
      ...t(2, '立德树人', '社会主义核心价值观', '爱国主义教育', '理想信念', '红色教育'),
      ...t(1, '国旗下讲话', '主题班会'),
    ],
  },
  {
    id: 'teachers',
    name: '教师队伍与师德师风',
    terms: [
      ...t(3, '教师队伍', '师德师风', '师德'),
      ...t(2, '教师培训', '名师', '班主任', '骨干教师', '校长培训', '教师发展', '教师招聘'),
      ...t(1, '教师'),
    ],
  },
  {
    id: 'admissions',
    name: '招生考试',
    terms: [
      ...t(3, '招生考试', '高考', '中考'),
      ...t(2, '招生', '录取', '考生', '志愿填报', '招考', '研究生考试'),
      ...t(1, '考试', '考场'),
    ],
  },
  {
    id: 'graduate-employment',
    name: '高校毕业生就业',
    terms: [
      ...t(3, '毕业生就业', '就业创业'),
      ...t(2, '高校毕业生', '招聘会', '就业指导', '双选会', '创业'),
      ...t(1, '就业', '岗位'),
    ],
  },
  {
    id: 'double-reduction',
    name: '双减与课后服务',
    terms: [
      ...t(3, '双减', '课后服务'),
      ...t(2, '作业负担', '校外培训', '减负', '课后托管', '作业管理'),
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
      ...t(2, '运动会', '足球', '篮球', '羽毛球', '体质健康', '健身', '体育课', '田径'),
      ...t(1, '运动', '比赛'),
    ],
  },
  {
    id: 'safety',
    name: '安全教育',
    terms: [
      ...t(3, '安全教育', '校园安全'),
      ...t(2, '防溺水', '消防', '交通安全', '应急演练', '食品安全', '防欺凌', '安全隐患'),
      ...t(1, '安全'),
    ],
  },
  {
    id: 'epidemic',
    name: '疫情防控',
    terms: [...t(3, '疫情防控', '防疫'), ...t(2, '疫情', '新冠', '肺炎', '核酸', '抗疫', '返校')],
  },
  {
    id: 'vocational',
    name: '职业教育',
    terms: [
      ...t(3, '职业教育', '职教'),
      ...t(2, '职业院校', '中职', '高职', '产教融合', '技能大赛', '职业技能', '校企合作'),
    ],
  },
  {
    id: 'preschool',
    name: '学前教育',
    terms: [...t(3, '学前教育', '幼儿园'), ...t(2, '幼儿', '托育', '保教', '学前')],
  },
  {
    id: 'rural',
    name: '乡村教育',
    terms: [
      ...t(3, '乡村教育', '乡村学校', '农村教育'),
      ...t(2, '乡村教师', '农村学校', '留守儿童', '教育帮扶', '支教', '乡村振兴'),
      ...t(1, '乡村', '农村'),
    ],
  },
  {
    id: 'integrity',
    name: '廉政与纪律',
    terms: [
      ...t(3, '廉政', '党风廉政', '廉洁'),
      ...t(2, '纪律', '纪检', '警示教育', '作风建设', '违纪', '问责', '党纪', '纪委'),
    ],
  },
  {
    id: 'mental-health',
    name: '心理健康',
    terms: [...t(3, '心理健康'), ...t(2, '心理辅导', '心理咨询', '心理危机'), ...t(1, '心理')],
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
    id: 'compulsory-education',
    name: '义务教育',
    terms: [
      ...t(3, '义务教育'),
      ...t(2, '中小学', '均衡发展', '集团化办学', '控辍保学', '课堂教学'),
      ...t(1, '小学', '初中'),
    ],
  },
  {
    id: 'labour-education',
    name: '劳动教育',
    terms: [...t(3, '劳动教育'), ...t(2, '劳动实践', '研学实践', '研学')],
  },
  {
    id: 'digital-education',
    name: '教育信息化',
    terms: [
      ...t(3, '教育信息化', '智慧教育', '教育数字化'),
      ...t(2, '信息化', '智慧校园', '在线教育', '数字化', '人工智能'),
    ],
  },
  {
    id: 'arts',
    name: '美育',
    terms: [...t(3, '美育'), ...t(2, '艺术教育', '合唱', '美术', '音乐', '书法', '艺术展演')],
  },
  {
    id: 'special-education',
    name: '特殊教育',
    terms: [...t(3, '特殊教育', '特教'), ...t(2, '残疾儿童', '融合教育', '送教上门')],
  },
];

/** A topic by id. */
export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
