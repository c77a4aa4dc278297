import { describe, expect, it } from 'vitest';
import { chinaDivisions } from '../../../../src/domain/regions/china-divisions.ts';
import { RegionTable } from '../../../../src/domain/regions/division-table.ts';
import { regionAliases } from '../../../../src/domain/regions/region-aliases.ts';

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
    ['500154', ['开州区', '开州']],
    ['371422', ['宁津县', '宁津']],
    ['6530', ['克孜勒苏柯尔克孜自治州', '克孜勒苏', '克孜勒苏州', '克州']],
    ['5326', ['文山壮族苗族自治州', '文山', '文山州']],
    ['1525', ['锡林郭勒盟', '锡林郭勒', '锡盟']],
    ['5202', ['六盘水市', '六盘水']],
    ['420528', ['长阳土家族自治县', '长阳', '长阳县']],
  ])('derives the names of %s', (code, expected) => {
    expect(aliases(code)).toEqual(expected);
  });

  it('marks ordinary words and generic names as weak', () => {
    expect(aliases('110105')).toEqual(['朝阳区', '朝阳?']);
    expect(aliases('140302')).toEqual(['城区?']);
  });

  it('keeps Xinjiang’s one-character abbreviation to Xinjiang', () => {
    expect(aliases('5328')).not.toContain('西州');
  });
});
