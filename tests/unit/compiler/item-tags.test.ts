import { describe, expect, it } from 'vitest';
import { linkedSeed } from '../../../src/compiler/catalog/build-catalog.ts';
import { packWords, unpackWords } from '../../../src/compiler/item-tags.ts';
import { parseSeed } from '../../../src/compiler/parse/parse-seed.ts';
import { articleText } from '../../../src/compiler/seed-record.ts';
import { tagItem, teaserText } from '../../../src/domain/tagging/tag-item.ts';

const places = (title: string, paragraphs: string[] = [], host: string | null = null) =>
  tagItem({ title, paragraphs, host }).regions.map((r) => r.chain.map((c) => c.name));

describe('the places the compiler tags an item with', () => {
  it('reads Taiwan’s counties in traditional characters', () => {
    expect(places('臺東縣偏鄉小學獲贈繪本')[0]).toEqual(['台湾省', '台东县']);
  });

  it('takes a government host as a hint, and nothing from any other host', () => {
    expect(places('全市中小学开学', [], 'jw.cq.gov.cn')).toEqual([['重庆市']]);
    expect(places('全市中小学开学', [], 'jw.cq.example.cn')).toEqual([]);
  });

  it('puts the city a story is about before the districts it names', () => {
    const tags = places('宜昌召开全市教育工作会议', [
      '宜昌市教育局部署新学期工作。',
      '会上，夷陵区、点军区作交流发言。',
    ]);
    expect(tags[0]).toEqual(['湖北省', '宜昌市']);
  });

  it('tags a teaser from its title alone', () => {
    expect(tagItem(teaserText('开州区推进课后服务')).regions[0]?.code).toBe('500154');
  });
});

describe('a local paper’s own report', () => {
  const seed = (lead: string) =>
    parseSeed(
      [
        '消息来源:《德阳日报》2018年5月25日第2版',
        lead,
        '原文链接:https://a.example.cn/1.html',
      ].join('\n'),
    );
  const best = (lead: string) => {
    const text = articleText(linkedSeed(seed(lead)));
    return text && tagItem(text).regions[0]?.chain.map((c) => c.name);
  };

  it('happens where its paper is, when it says 本报讯', () => {
    expect(best('本报讯 日前，全国职业院校技能大赛在天津落幕，我院选手获得三项一等奖。')).toEqual([
      '四川省',
      '德阳市',
    ]);
  });

  it('takes no place from the paper of a report that is not its own', () => {
    expect(best('日前，全国职业院校技能大赛在天津落幕，各地选手获得多项一等奖。')).toEqual([
      '天津市',
    ]);
  });
});

describe('counted words between threads', () => {
  it('are packed and unpacked in order', () => {
    const counts = new Map([
      ['开州', 4],
      ['ai', 1],
      ['近视防控', 3],
    ]);
    expect([...unpackWords(packWords(counts))]).toEqual([...counts]);
    expect(unpackWords(packWords(new Map())).size).toBe(0);
  });
});
