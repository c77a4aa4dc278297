import { describe, expect, it } from 'vitest';
import { chinaDivisions } from '../../../../../src/domain/tagging/regions/china-divisions.ts';
import { HostRegions } from '../../../../../src/domain/tagging/regions/host-regions.ts';
import {
  institutionAt,
  isLinkList,
  isQualifierGap,
  isSurname,
} from '../../../../../src/domain/tagging/regions/name-context.ts';
import { RegionLexicon } from '../../../../../src/domain/tagging/regions/region-lexicon.ts';
import {
  RegionTagger,
  regionCodesOf,
  type RegionTagInput,
} from '../../../../../src/domain/tagging/regions/tag-regions.ts';
import { pinyinKeys } from '../../../../../src/domain/text/pinyin-keys.ts';

const lexicon = new RegionLexicon(chinaDivisions());
const tagger = new RegionTagger(lexicon, { hosts: new HostRegions(lexicon.table, pinyinKeys) });

/** The tags of an item as `省 › 市 › 县` strings, best first. */
const chains = (input: RegionTagInput | string) =>
  tagger
    .tag(typeof input === 'string' ? { title: input } : input)
    .map((t) => t.chain.map((r) => r.name).join(' › '));

describe('full names and chains', () => {
  it('tags a county with its whole chain, skipping the placeholder rows of the dataset', () => {
    expect(chains('开州区聚焦“三力”抓牢抓实中小学党建工作')).toEqual(['重庆市 › 开州区']);
    expect(chains('巴中市平梁小学:以“...')).toEqual(['四川省 › 巴中市']);
  });

  it('reads the longest name at each point', () => {
    expect(chains('黑龙江省教育厅')).toEqual(['黑龙江省']);
    expect(chains('重庆市开州区教委')).toEqual(['重庆市 › 开州区']);
  });

  it('folds a province named beside one of its places into that place', () => {
    const tags = tagger.tag({ title: '重庆:开州区推进课后服务', paragraphs: ['重庆市教委'] });
    expect(tags.map((t) => t.code)).toEqual(['500154']);
    // Title 重庆 and 开州区, then 重庆市 in the lead (the body's first paragraph).
    expect(tags[0]?.score).toBe(3 + 3 + 2);
    expect(regionCodesOf(tags)).toEqual(['50', '500154']);
  });

  it('reads traditional characters', () => {
    expect(chains('開州區教育')).toEqual(['重庆市 › 开州区']);
  });
});

describe('short forms and abbreviations', () => {
  it.each([
    ['开州教育系统', '重庆市 › 开州区'],
    ['广西:做好近视防控工作', '广西壮族自治区'],
    ['疫情下的宁津健身器材', '山东省 › 德州市 › 宁津县'],
    ['克州教育系统多措并举', '新疆维吾尔自治区 › 克孜勒苏柯尔克孜自治州'],
    ['黔东南州乡村教师培训', '贵州省 › 黔东南苗族侗族自治州'],
    ['锡盟开展安全教育', '内蒙古自治区 › 锡林郭勒盟'],
    ['延边州双语教育', '吉林省 › 延边朝鲜族自治州'],
    ['内蒙古高校毕业生就业', '内蒙古自治区'],
  ])('recognises %s', (title, chain) => {
    expect(chains(title)).toEqual([chain]);
  });

  it('does not read a short form out of the middle of a word', () => {
    expect(chains('普通化学实验课')).toEqual([]);
    expect(chains('创新余热利用')).toEqual([]);
  });

  it('never shortens a name to one character', () => {
    expect(lexicon.lookup('渝')).toEqual([]);
    expect(chains('沙场点兵')).toEqual([]);
  });
});

describe('ordinary words that are also place names', () => {
  it('does not tag them on their own', () => {
    expect(chains('朝阳产业助力和平发展')).toEqual([]);
    expect(chains('东方红小学开展合作学习')).toEqual([]);
    expect(chains('城区学校与郊区学校结对')).toEqual([]);
  });

  it('include the short forms of some prefectures and districts', () => {
    expect(chains('各位来宾齐聚一堂')).toEqual([]);
    expect(chains('广西来宾：职业教育活动周启动')).toEqual(['广西壮族自治区 › 来宾市']);
    expect(chains('酒店大堂设咨询台')).toEqual([]);
  });

  it('tags them when their province or prefecture is named too', () => {
    expect(chains('北京朝阳开展课后服务')).toEqual(['北京市 › 朝阳区']);
    expect(chains({ title: '朝阳区中小学', paragraphs: ['长春市教育局'] })).toEqual([
      '吉林省 › 长春市 › 朝阳区',
    ]);
  });
});

describe('names shared by several places', () => {
  it('picks the one whose province the text names', () => {
    expect(chains({ title: '江北区教师培训', paragraphs: ['重庆市教委'] })).toEqual([
      '重庆市 › 江北区',
    ]);
    expect(chains({ title: '江北区教师培训', paragraphs: ['宁波市'] })).toEqual([
      '浙江省 › 宁波市 › 江北区',
    ]);
  });

  it('picks the one the source site’s host points at', () => {
    expect(chains({ title: '江北区教师培训', host: 'jw.cq.gov.cn' })).toEqual(['重庆市 › 江北区']);
    expect(chains({ title: '江北区教师培训', host: 'www.ningbo.gov.cn' })).toEqual([
      '浙江省 › 宁波市 › 江北区',
    ]);
  });

  it('tags nothing when nothing tells them apart', () => {
    expect(chains('江北区教师培训')).toEqual([]);
    expect(chains('鼓楼区教师培训')).toEqual([]);
  });

  it('prefers the province when one of the candidates is a province', () => {
    expect(chains('吉林出台新政策')).toEqual(['吉林省']);
    expect(chains('海南推进职业教育')).toEqual(['海南省']);
  });

  it('falls back to the common ancestor of candidates in one province', () => {
    expect(chains('桥西区义务教育')).toEqual(['河北省']);
  });
});

describe('the host', () => {
  it('maps government hosts to regions by pinyin', () => {
    const hosts = new HostRegions(lexicon.table, pinyinKeys);
    expect(hosts.regionsOf('jw.cq.gov.cn')).toEqual(['50']);
    expect(hosts.regionsOf('www.kaizhou.gov.cn')).toEqual(['500154']);
    expect(hosts.regionsOf('jyt.henan.gov.cn')).toEqual(['41']);
    // hn is 河南, 湖南 and 海南 at once, so it says nothing.
    expect(hosts.regionsOf('www.hn.gov.cn')).toEqual([]);
    expect(hosts.regionsOf('www.moe.gov.cn')).toEqual([]);
  });

  it('tags the host’s region only when the text names no place', () => {
    expect(tagger.tag({ title: '全市中小学开学', host: 'jw.cq.gov.cn' })).toEqual([
      expect.objectContaining({ code: '50', source: 'host' }),
    ]);
    expect(chains({ title: '永川区多措并举', host: 'jw.cq.gov.cn' })).toEqual(['重庆市 › 永川区']);
  });
});

describe('weighing title and body', () => {
  it('ranks a place in the title above places only in the body, then by code', () => {
    const tags = tagger.tag({
      title: '广西:做好近视防控工作',
      paragraphs: ['会上,广东省和四川省代表发言。'],
    });
    expect(tags.map((t) => [t.chain.at(-1)?.name, t.inTitle])).toEqual([
      ['广西壮族自治区', true],
      ['广东省', false],
      ['四川省', false],
    ]);
  });

  it('tags a teaser from its truncated title', () => {
    expect(chains('2024年永川区教育工...')).toEqual(['重庆市 › 永川区']);
  });
});

describe('query expansion', () => {
  it('finds the regions a term names', () => {
    expect(lexicon.regionsNamed('重庆')).toEqual(['50']);
    expect(lexicon.regionsNamed('开州')).toEqual(['500154']);
    expect(lexicon.regionsNamed('广西壮族自治区')).toEqual(['45']);
    expect(lexicon.regionsNamed('教育')).toEqual([]);
  });
});

describe('names to mark inside a region', () => {
  it('lists the names of a region and of every place inside it, weak names left out', () => {
    const names = lexicon.namesWithin('500154');
    expect(names).toContain('开州区');
    expect(names).toContain('开州');
    expect(names).not.toContain('重庆');
    const chongqing = lexicon.namesWithin('50');
    expect(chongqing).toEqual(expect.arrayContaining(['重庆', '重庆市', '开州区', '永川区']));
    expect(chongqing).not.toContain('四川');
    expect(lexicon.namesWithin('unknown')).toEqual([]);
  });

  it('gives, for every region, exactly the names whose place lies inside it, in lexicon order', () => {
    // The definition, name by name: what the index built once must agree with.
    const table = lexicon.table;
    const byDefinition = (code: string) =>
      lexicon
        .names()
        .filter((name) =>
          lexicon.lookup(name).some((a) => !a.weak && table.contains(code, a.code)),
        );
    for (const code of ['50', '500154', '45', '11', '4401', '110105']) {
      expect(lexicon.namesWithin(code)).toEqual(byDefinition(code));
    }
  });
});

describe('Taiwan, Hong Kong and Macau', () => {
  it('tags their counties, cities and districts, in traditional characters too', () => {
    expect(chains('嘉義縣國中小推動雙語課程')).toEqual(['台湾省 › 嘉义县']);
    expect(chains('臺東縣偏鄉小學獲贈繪本')).toEqual(['台湾省 › 台东县']);
    expect(chains('雲林縣小校整併座談')).toEqual(['台湾省 › 云林县']);
    expect(chains('油尖旺區中學增設學位')).toEqual(['香港特别行政区 › 油尖旺区']);
    expect(chains('香港中學文憑試放榜')).toEqual(['香港特别行政区']);
  });

  it('does not read 义县 out of 嘉义县', () => {
    expect(chains('走訪嘉義縣了解校舍補強')).toEqual(['台湾省 › 嘉义县']);
  });
});

describe('one character and its 县', () => {
  it('needs the province or prefecture named too', () => {
    expect(chains('义县召开教育工作会议')).toEqual([]);
    expect(chains('锦州市义县召开教育工作会议')).toEqual(['辽宁省 › 锦州市 › 义县']);
    expect(
      chains({ title: '义县召开教育工作会议', paragraphs: ['锦州市教育局派员参加。'] })[0],
    ).toBe('辽宁省 › 锦州市 › 义县');
  });

  it('is not read across two words', () => {
    expect(chains({ title: '锦州市教育局', paragraphs: ['统筹经费县级落实'] })).toEqual([
      '辽宁省 › 锦州市',
    ]);
    expect(chains({ title: '河北省教育厅', paragraphs: ['为县域经济作出贡献县里表彰'] })).toEqual([
      '河北省',
    ]);
  });
});

describe('short forms that are not a word of their own', () => {
  it('are not read where the text holds a longer word', () => {
    expect(chains('依托智慧党建平台开展学习')).toEqual([]);
    expect(chains('建平县开展学习')).toEqual(['辽宁省 › 朝阳市 › 建平县']);
  });

  it('are a given name after a surname, unless a place comes right before', () => {
    expect(chains('会议由副校长刘建华主持')).toEqual([]);
    expect(chains('局长王建平作报告')).toEqual([]);
    expect(chains('赵宏伟讲话')).toEqual([]);
    expect(chains('江苏江宁：新建三所学校')).toEqual(['江苏省 › 南京市 › 江宁区']);
    expect(chains('走进宁津，看乡村学校变化')).toEqual(['山东省 › 德州市 › 宁津县']);
    expect(chains('局长王宁津作报告')).toEqual([]);
  });
});

describe('short forms that are everyday words', () => {
  it('need some support when the dictionary knows them as words', () => {
    expect(chains('优化教育资源配置')).toEqual([]);
    expect(chains('桂林资源：山区学校迎来新老师')).toEqual(['广西壮族自治区 › 桂林市 › 资源县']);
    expect(chains('资源县召开教育工作会议')).toEqual(['广西壮族自治区 › 桂林市 › 资源县']);
    // The dictionary knows some places' short forms as words too: they need support as well, or
    // a school or an office after them.
    expect(chains('高州中学开展防疫演练')).toEqual(['广东省 › 茂名市 › 高州市']);
    expect(chains('走进江宁，看乡村学校变化')).toEqual([]);
    expect(chains({ title: '走进江宁，看乡村学校变化', paragraphs: ['南京市教育局供稿'] })[0]).toBe(
      '江苏省 › 南京市 › 江宁区',
    );
  });

  it('need their prefecture when they are common words, their province is not enough', () => {
    expect(chains({ title: '黑龙江高校就业双选会', paragraphs: ['新兴领域岗位需求旺盛'] })).toEqual(
      ['黑龙江省'],
    );
    expect(chains('七台河新兴：课后服务全覆盖')).toEqual(['黑龙江省 › 七台河市 › 新兴区']);
  });

  it('count when a province or prefecture qualifies them', () => {
    expect(chains('长治推进劳动教育')).toEqual([]);
    expect(chains('山西长治推进劳动教育')).toEqual(['山西省 › 长治市']);
  });
});

describe('short forms with nothing to support them', () => {
  it('are dropped when the text names another province’s places in full', () => {
    expect(chains({ title: '蔡甸区召开师德大会', paragraphs: ['会上宁津经验受到关注。'] })).toEqual(
      ['湖北省 › 武汉市 › 蔡甸区'],
    );
  });
});

describe('banners and former names', () => {
  it('reads a banner’s abbreviation', () => {
    expect(chains('科右前旗推进学前教育')).toEqual(['内蒙古自治区 › 兴安盟 › 科尔沁右翼前旗']);
    expect(chains('准旗推进学前教育')).toEqual([]);
    expect(chains('鄂尔多斯准旗推进学前教育')).toEqual(['内蒙古自治区 › 鄂尔多斯市 › 准格尔旗']);
  });

  it('reads a county by its name from before it became a city or district', () => {
    expect(chains('江宁县中小学开学')).toEqual(['江苏省 › 南京市 › 江宁区']);
    expect(chains('东宁县教师培训')).toEqual(['黑龙江省 › 牡丹江市 › 东宁市']);
    expect(chains('重庆开县中小学开学')).toEqual(['重庆市 › 开州区']);
    expect(chains('开县中小学开学')).toEqual([]);
    // A former name that is another place's current name means that place.
    expect(chains('朝阳县中小学开学')).toEqual(['辽宁省 › 朝阳市 › 朝阳县']);
  });
});

describe('the place a story is about', () => {
  const best = (input: RegionTagInput) => chains(input)[0];

  it('is the city when the story names several of its districts', () => {
    expect(
      best({
        title: '宜昌召开全市教育工作会议',
        paragraphs: ['宜昌市教育局部署新学期工作。', '会上，夷陵区、点军区作交流发言。'],
      }),
    ).toBe('湖北省 › 宜昌市');
  });

  it('is the county when the story keeps naming it, its city named once', () => {
    expect(
      best({
        title: '秭归县推进课后服务',
        paragraphs: ['宜昌市秭归县教育局近日出台方案。', '秭归县各校开设托管班。'],
      }),
    ).toBe('湖北省 › 宜昌市 › 秭归县');
  });

  it('is the city holding a list of its counties, even when the city is not named', () => {
    expect(
      best({
        title: '首批劳动教育实践基地名单公布',
        paragraphs: ['夷陵区实验小学', '点军区土城中学', '秭归县茅坪小学'],
      }),
    ).toBe('湖北省 › 宜昌市');
  });

  it('is the province when its cities share the story', () => {
    expect(
      best({ title: '湖北部署秋季开学工作', paragraphs: ['武汉、宜昌、襄阳等地学校做好准备。'] }),
    ).toBe('湖北省');
  });

  it('is not a city named once among others of the province', () => {
    expect(
      best({
        title: '宜昌启动家校共育讲座季',
        paragraphs: ['宜昌市妇联主办。', '讲座还将走进襄阳、荆州、黄冈。'],
      }),
    ).toBe('湖北省 › 宜昌市');
  });

  it('weighs the lead over places at the end of a long body', () => {
    const paragraphs = [
      '宜昌市各校近日开展防溺水教育。',
      '宜昌市教育局组织主题班会。',
      '老师进行家访。',
      '家长签收安全告知书。',
      '友情链接：襄阳新闻网 襄阳教育网 襄阳在线',
    ];
    expect(best({ title: '暑期安全教育', paragraphs })).toBe('湖北省 › 宜昌市');
  });

  it('weighs a row of links like the end of a page, wherever it stands', () => {
    const paragraphs = [
      '宜昌市各校近日开展防溺水教育。',
      '地方频道：|襄阳新闻|襄阳教育|襄阳在线|',
      '宜昌市教育局组织老师进行家访。',
    ];
    expect(best({ title: '暑期安全教育', paragraphs })).toBe('湖北省 › 宜昌市');
  });

  it('passes over a headline whose province the body never names', () => {
    const paragraphs = [
      '佛山市小学一年级报名指南',
      '户籍在佛山市的儿童可报名。',
      '佛山市教育局将公布结果。',
    ];
    expect(best({ title: '嘉兴海宁中考分数线公布', paragraphs })).toBe('广东省 › 佛山市');
    expect(
      best({ title: '嘉兴海宁中考分数线公布', paragraphs: ['海宁市教育局公布分数线。'] }),
    ).toBe('浙江省 › 嘉兴市 › 海宁市');
  });
});

describe('hosts that are not government sites', () => {
  it('say nothing', () => {
    const hosts = new HostRegions(lexicon.table, pinyinKeys);
    expect(hosts.regionsOf('www.maqu.example.cn')).toEqual([]);
    expect(hosts.regionsOf('jw.cq.example.com')).toEqual([]);
    expect(hosts.regionsOf('www.maqu.gov.cn')).toEqual([hosts.regionsOf('www.maqu.gov.cn')[0]]);
    expect(tagger.tag({ title: '全县中小学开学', host: 'www.maqu.example.cn' })).toEqual([]);
  });
});

describe('the characters around a name', () => {
  it('tell a surname, a school or office after a name, and a qualifier’s separator', () => {
    expect(isSurname('刘')).toBe(true);
    expect(isSurname('高')).toBe(false);
    expect(institutionAt('高州中学开学', 2)).toBe(true);
    expect(institutionAt('资源配置', 2)).toBe(false);
    expect(isQualifierGap(':')).toBe(true);
    expect(isQualifierGap('、')).toBe(false);
    expect(isLinkList('友情链接：|甲网|乙网|丙网')).toBe(true);
    expect(isLinkList('成绩|排名|说明')).toBe(false);
  });
});
