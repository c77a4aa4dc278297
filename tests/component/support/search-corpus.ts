import { buildArticle, buildTeaser } from './builders';

/**
 * A small corpus for search: places at every level (重庆市 › 开州区, 永川区; 广西), topics, a
 * phrase and its scattered words, a teaser. Titles are short and distinct so tests can name them.
 */
export function searchCorpus() {
  const kaizhou = buildArticle({
    title: '开州区聚焦“三力”抓牢抓实中小学党建工作',
    publishedAt: '2022-10-21',
    url: 'http://jw.cq.gov.cn/zwxx_209/bmdt/qxxx/202210/t20221021_11213004.html',
    host: 'jw.cq.gov.cn',
    paragraphs: [
      '开州区教育系统严格落实全面从严治党主体责任，持续聚焦领导力、向心力、推动力“三力”建设。',
      '一是完善管理体制机制。调整中小学校党组织隶属关系，推进教育系统基层党组织标准化规范化建设。',
      '二是以党建引领内涵发展，探索打造“党建+课后服务”等品牌10余个。',
    ],
  });
  const yongchuan = buildArticle({
    title: '永川区多措并举促进高校毕业生就业',
    publishedAt: '2023-05-10',
    url: 'http://jw.cq.gov.cn/news/yongchuan.html',
    host: 'jw.cq.gov.cn',
    paragraphs: ['永川区教委联合人社部门举办高校毕业生专场招聘会，提供就业岗位3000余个。'],
  });
  const guangxi = buildArticle({
    title: '广西壮族自治区部署儿童青少年近视防控工作',
    publishedAt: '2024-03-01',
    url: 'http://jyt.gxzf.gov.cn/news/myopia.html',
    host: 'jyt.gxzf.gov.cn',
    paragraphs: ['广西壮族自治区教育厅要求各地落实近视防控措施，保障学生每天户外活动时间。'],
  });
  const afterSchool = buildArticle({
    title: '推进双减工作 课后服务全覆盖',
    publishedAt: '2023-09-01',
    url: null,
    host: null,
    paragraphs: ['全市中小学课后服务实现全覆盖，课后服务时间与家长下班时间相衔接。'],
  });
  const scattered = buildArticle({
    title: '做好学生课后托管',
    publishedAt: '2021-04-02',
    url: null,
    host: null,
    paragraphs: ['学校开放图书馆，为家长提供托管服务。'],
  });
  const teaser = buildTeaser({
    title: '省教育厅举办2023年党建培训班',
    truncated: false,
    date: '2024-11-23',
  });
  return { kaizhou, yongchuan, guangxi, afterSchool, scattered, teaser };
}
