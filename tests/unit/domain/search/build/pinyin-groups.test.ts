import { describe, expect, it } from 'vitest';
import { RegionTable } from '../../../../../src/domain/bundle/region-table.ts';
import { buildSearchIndex } from '../../../../../src/domain/search/build/build-search-index.ts';
import { letterPairs } from '../../../../../src/domain/search/build/pinyin-groups.ts';
import { searchFilesFromIndex } from '../../../../../src/domain/search/build/search-files.ts';
import {
  gramRoute,
  pinyinGroupFile,
  regionBucket,
  searchShardKeys,
  shardFile,
  shardsOfFile,
} from '../../../../../src/domain/search/format/index-format.ts';
import { decodePostingsShard } from '../../../../../src/domain/search/format/postings-shard.ts';
import { gramsOf } from '../../../../../src/domain/search/query/match-grams.ts';
import { pinyinGroupTerms } from '../../../../../src/domain/search/query/prepare-query.ts';
import { SearchClient } from '../../../../../src/domain/search/query/search-client.ts';
import type { SearchDoc } from '../../../../../src/domain/search/query/search-types.ts';
import { RegionLexicon } from '../../../../../src/domain/tagging/regions/region-lexicon.ts';
import { chinaDivisions } from '../../../../../src/domain/tagging/regions/china-divisions.ts';
import { PinyinLexicon } from '../../../../../src/domain/text/pinyin-lexicon.ts';
import { pinyinKeys } from '../../../../../src/domain/text/pinyin-keys.ts';

// Places whose pinyin starts alike (开州 kaizhou, 开封 kaifeng, 喀什 kashi, 凯里 kaili…), so that
// two letters stand for several of them; each with the codes an item tagged there carries.
const places = [
  { name: '开州区', codes: ['50', '500154'] },
  { name: '开封市', codes: ['41', '4102'] },
  { name: '喀什地区', codes: ['65', '6531'] },
  { name: '康定市', codes: ['51', '513301'] },
  { name: '凯里市', codes: ['52', '522601'] },
  { name: '开平市', codes: ['44', '440783'] },
  { name: '克拉玛依市', codes: ['65', '6502'] },
  { name: '昆明市', codes: ['53', '5301'] },
  { name: '九江市', codes: ['36', '3604'] },
  { name: '嘉兴市', codes: ['33', '3304'] },
];

const docs: SearchDoc[] = Array.from({ length: 160 }, (_, i) => {
  const place = places[i % places.length] ?? places[0];
  const other = places[(i * 7 + 3) % places.length]?.name ?? '';
  return {
    id: `d${i}`,
    kind: i % 5 ? 'article' : 'teaser',
    // Some items are tagged with a place their text never names: only its region finds them.
    title: `${i % 7 ? (place?.name ?? '') : ''}第${i}期教育简报`,
    paragraphs: i % 5 && i % 7 ? [`${other}的学校开展近视防控`, `第${i}段`] : [],
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
    regions: place?.codes ?? [],
    topics: [],
  };
});

// Small chunks and buckets: the groups copy entries from many buckets and body counts of many chunks.
const index = buildSearchIndex(docs, {
  chunkSize: 32,
  bodyFileBytes: 0,
  bucketBytes: 200,
  titleBucketBytes: 200,
});
const files = searchFilesFromIndex(index, new Map(), chinaDivisions(), pinyinKeys);
const tables = JSON.parse(JSON.stringify({ regions: files.regions, pinyin: files.pinyin })) as {
  regions: typeof files.regions;
  pinyin: typeof files.pinyin;
};

/** A client over the files, with or without the groups, recording each file it fetches. */
function clientOf(pinyinGroups: boolean, fetched: string[] = []) {
  return new SearchClient({ manifest: { ...files.manifest, pinyinGroups }, ...tables }, (file) => {
    fetched.push(file);
    const bytes = files.shards.get(file);
    if (!bytes) throw new Error(`No search file ${file}`);
    return bytes;
  });
}

const pairs = letterPairs();

describe('pinyin groups', () => {
  const places = new RegionLexicon(RegionTable.fromJSON(tables.regions));
  const readings = PinyinLexicon.fromJSON(tables.pinyin);
  const expanders = {
    regionsNamed: (term: string) => places.regionsNamed(term),
    wordsForPinyin: readings.wordsFor.bind(readings),
    pinyinGroups: true,
  };

  it('has a file for each two letters that spell a word, and the manifest says so', () => {
    expect(files.manifest.pinyinGroups).toBe(true);
    const grouped = pairs.filter((letters) => files.shards.has(pinyinGroupFile(letters)));
    expect(grouped).toEqual(pairs.filter((l) => pinyinGroupTerms(l, expanders).length > 0));
    expect(grouped).toEqual(expect.arrayContaining(['ka', 'kz', 'kf', 'ks', 'jx', 'km']));
    expect(grouped).not.toContain('vv');
  });

  it('copies the title entries and region documents of its terms from their own shards', () => {
    const shard = (key: string) => decodePostingsShard(files.shards.get(key) ?? new Uint8Array());
    let copied = 0;
    for (const letters of pairs) {
      const file = pinyinGroupFile(letters);
      const bytes = files.shards.get(file);
      if (!bytes) continue;
      const parts = new Map(shardsOfFile(file, bytes));
      for (const key of parts.keys()) expect(shardFile(key, files.manifest)).toBe(file);
      const title = decodePostingsShard(parts.get(searchShardKeys.pinyinTitle(letters)) ?? bytes);
      const regions = decodePostingsShard(
        parts.get(searchShardKeys.pinyinRegions(letters)) ?? bytes,
      );
      const terms = pinyinGroupTerms(letters, expanders);
      for (const gram of new Set(terms.flatMap((t) => t.literals.flatMap(gramsOf)))) {
        const own = shard(searchShardKeys.title(gramRoute(gram, 'title', files.manifest)));
        expect(title.get(gram)).toEqual(own.get(gram));
        expect(title.bodyDocs(gram) ?? []).toEqual(own.bodyDocs(gram) ?? []);
        copied++;
      }
      for (const code of new Set(terms.flatMap((t) => t.regions))) {
        const own = shard(searchShardKeys.regions(regionBucket(code, files.manifest)));
        expect(regions.get(code)).toEqual(own.get(code));
        copied++;
      }
    }
    expect(copied).toBeGreaterThan(100);
  });

  it('answers every two-letter query as the buckets do, reading no bucket', async () => {
    // Letters without a group take the path every other term takes.
    for (const letters of pairs.filter((l) => files.shards.has(pinyinGroupFile(l)))) {
      for (const text of [letters, `${letters} 教育`, `-${letters} 简报`, `${letters} 近视`]) {
        // Fresh clients: once counting has read the meta shard, it answers regions instead.
        const grouped = clientOf(true);
        const plain = clientOf(false);
        for (const [page, complete] of [
          [1, false],
          [2, false],
          [3, false],
          [1, true],
        ] as const) {
          const request = { text, filters: {}, page };
          expect(await grouped.search(request, { complete })).toEqual(
            await plain.search(request, { complete }),
          );
        }
      }
    }
    const fetched: string[] = [];
    const result = await clientOf(true, fetched).search({ text: 'ka', filters: {}, page: 1 });
    expect(result.hits).toHaveLength(20);
    expect(fetched).toContain('pinyin/ka');
    expect(fetched.filter((f) => /^(?:title|regions)\//.test(f))).toEqual([]);
  });
});
