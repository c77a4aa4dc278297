import { describe, expect, it } from 'vitest';
import {
  chinaDivisions,
  outlyingDivisions,
} from '../../../../src/domain/tagging/regions/china-divisions.ts';
import { RegionTable } from '../../../../src/domain/bundle/region-table.ts';
import { regionAliases } from '../../../../src/domain/tagging/regions/region-aliases.ts';

const table = chinaDivisions();
const aliases = (code: string) => {
  const region = table.get(code);
  if (!region) throw new Error(code);
  return regionAliases(region).map((a) => `${a.text}${a.weak ? '?' : ''}`);
};

describe('the divisions table', () => {
  it('holds every province, prefecture and county of the package, plus 香港, 澳门 and 台湾', () => {
    expect(table.children(null)).toHaveLength(34);
    expect(table.get('81')?.name).toBe('香港特别行政区');
    expect(table.all().length).toBeGreaterThan(3000);
  });

  it('hangs counties of placeholder rows from the province', () => {
    expect(table.chain('500154').map((r) => r.name)).toEqual(['重庆市', '开州区']);
    expect(table.chain('419001').map((r) => r.name)).toEqual(['河南省', '济源市']);
    expect(table.all().some((r) => r.name === '市辖区')).toBe(false);
  });

  it('round-trips through its compact JSON, and a subset keeps the ancestors', () => {
    const subset = table.subset(['500154', '371422']);
    expect(subset.all().map((r) => r.code)).toEqual(['37', '3714', '371422', '50', '500154']);
    const copy = RegionTable.fromJSON(
      JSON.parse(JSON.stringify(subset.toJSON())) as ReturnType<RegionTable['toJSON']>,
    );
    expect(copy.all()).toEqual(subset.all());
    expect(copy.contains('37', '371422')).toBe(true);
    expect(copy.contains('50', '371422')).toBe(false);
  });
});

describe('aliases', () => {
  it.each([
    ['45', ['广西壮族自治区', '广西']],
    ['15', ['内蒙古自治区', '内蒙古']],
    ['54', ['西藏自治区', '西藏']],
    ['500154', ['开州区', '开州', '开县?']],
    ['371422', ['宁津县', '宁津']],
    ['6530', ['克孜勒苏柯尔克孜自治州', '克孜勒苏', '克孜勒苏州', '克州']],
    ['5326', ['文山壮族苗族自治州', '文山', '文山州']],
    ['1525', ['锡林郭勒盟', '锡林郭勒', '锡盟']],
    ['5202', ['六盘水市', '六盘水', '六盘水地区']],
    ['420528', ['长阳土家族自治县', '长阳', '长阳县']],
  ])('derives the names of %s', (code, expected) => {
    expect(aliases(code)).toEqual(expected);
  });

  it('marks ordinary words and generic names as weak', () => {
    expect(aliases('110105')).toEqual(['朝阳区', '朝阳?', '朝阳县', '朝阳市']);
    expect(aliases('140302')).toEqual(['城区?']);
  });

  it('keeps Xinjiang’s one-character abbreviation to Xinjiang', () => {
    expect(aliases('5328')).not.toContain('西州');
  });
});

describe('香港, 澳门 and 台湾', () => {
  const names = (code: string) => table.children(code).map((r) => r.name);

  it('holds Taiwan’s counties and cities, Hong Kong’s districts and Macau’s parishes', () => {
    expect(names('71')).toEqual(expect.arrayContaining(['台东县', '嘉义县', '嘉义市', '云林县']));
    expect(names('81')).toEqual(expect.arrayContaining(['油尖旺区', '离岛区', '东区']));
    expect(names('82')).toEqual(expect.arrayContaining(['大堂区', '嘉模堂区']));
    const taidong = table.all().find((r) => r.name === '台东县');
    expect(table.chain(taidong?.code ?? '').map((r) => r.name)).toEqual(['台湾省', '台东县']);
  });

  it('numbers the places below a province in the package’s order, leaving out group names', () => {
    const rows = outlyingDivisions({
      台湾省: { 甲县: ['一乡'], 乙市: ['二区'] },
      香港特别行政区: { 某岛: ['丙区', '丁区（某地）'] },
      别处: { 戊县: [] },
    });
    expect(rows.provinces).toEqual([
      { code: '71', name: '台湾省' },
      { code: '81', name: '香港特别行政区' },
    ]);
    expect(rows.cities.map((c) => [c.code, c.name])).toEqual([
      ['7101', '甲县'],
      ['7102', '乙市'],
      ['8101', '丙区'],
      ['8102', '丁区'],
    ]);
  });
});

describe('more names a place goes by', () => {
  const codeOf = (name: string) => table.all().find((r) => r.name === name)?.code ?? name;
  const named = (name: string) => aliases(codeOf(name));

  it('writes banners by their usual abbreviations', () => {
    expect(named('科尔沁右翼前旗')).toContain('科右前旗');
    expect(named('察哈尔右翼后旗')).toContain('察右后旗');
    expect(named('土默特左旗')).toContain('土左旗');
    expect(named('乌拉特前旗')).toContain('乌前旗');
    expect(named('东乌珠穆沁旗')).toContain('东乌旗');
    // One character and 旗 is shared by several banners and ends words (标准旗帜): weak.
    expect(named('准格尔旗')).toContain('准旗?');
    expect(named('巴林左旗')).not.toContain('巴旗?');
    expect(named('敖汉旗')).toEqual(['敖汉旗', '敖汉']);
  });

  it('keeps the names from before a rename', () => {
    expect(named('东宁市')).toContain('东宁县');
    expect(named('江宁区')).toEqual(expect.arrayContaining(['江宁县', '江宁市']));
    expect(named('毕节市')).toContain('毕节地区');
    expect(named('宁津县')).toEqual(['宁津县', '宁津']);
  });

  it('marks a one-character name with its 县 as weak, not a two-character one', () => {
    expect(named('义县')).toEqual(['义县?']);
    expect(named('宁津县')).not.toContain('宁津县?');
  });
});
