import { weighted as t, type Topic } from './topic.ts';

/** School stages, groups of learners and programmes (`TOPICS`, second part). */
export const STAGES_AND_GROUPS_TOPICS: readonly Topic[] = [
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
