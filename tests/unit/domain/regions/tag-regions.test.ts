import { describe, expect, it } from 'vitest';
import { chinaDivisions } from '../../../../src/domain/regions/china-divisions.ts';
import { HostRegions } from '../../../../src/domain/regions/host-regions.ts';
import { RegionLexicon } from '../../../../src/domain/regions/region-lexicon.ts';
import {
  RegionTagger,
  regionCodesOf,
  type RegionTagInput,
} from '../../../../src/domain/regions/tag-regions.ts';
import { pinyinKeys } from '../../../../src/domain/search/pinyin-keys.ts';

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
    const tags = tagger.tag({ title: '重庆:开州区推进课后服务', body: ['重庆市教委'] });
    expect(tags.map((t) => t.code)).toEqual(['500154']);
    expect(tags[0]?.score).toBe(3 + 3 + 1);
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

  it('tags them when their province or prefecture is named too', () => {
    expect(chains('北京朝阳开展课后服务')).toEqual(['北京市 › 朝阳区']);
    expect(chains({ title: '朝阳区中小学', body: ['长春市教育局'] })).toEqual([
      '吉林省 › 长春市 › 朝阳区',
    ]);
  });
});

describe('names shared by several places', () => {
  it('picks the one whose province the text names', () => {
    expect(chains({ title: '江北区教师培训', body: ['重庆市教委'] })).toEqual(['重庆市 › 江北区']);
    expect(chains({ title: '江北区教师培训', body: ['宁波市'] })).toEqual([
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
      body: ['会上,广东省和四川省代表发言。'],
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
