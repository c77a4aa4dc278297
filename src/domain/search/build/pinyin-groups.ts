import { RegionTable, type CompactRegionTable } from '../../bundle/region-table.ts';
import { RegionLexicon } from '../../tagging/regions/region-lexicon.ts';
import { PinyinLexicon, type CompactPinyinLexicon } from '../../text/pinyin-lexicon.ts';
import {
  encodeShardGroup,
  gramRoute,
  pinyinGroupFile,
  regionBucket,
  searchShardKeys,
  type SearchManifest,
} from '../format/index-format.ts';
import {
  decodePostingsShard,
  encodePostingsShard,
  type BodyPresence,
  type PostingsShard,
  type ShardEntry,
} from '../format/postings-shard.ts';
import { gramsOf } from '../query/match-grams.ts';
import { pinyinGroupTerms } from '../query/prepare-query.ts';

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x61 + i));

/** Every term of `PINYIN_GROUP_LETTERS` (2) letters: `aa` … `zz`. */
export const letterPairs = (): string[] => LETTERS.flatMap((a) => LETTERS.map((b) => a + b));

/**
 * The pinyin groups of an index (`SearchManifest.pinyinGroups`): for each two letters that spell
 * words, a file with copies of the title entries of every literal the letters may stand for and
 * of the documents of every region they name. The terms are worked out as the client prepares
 * them (`pinyinGroupTerms`), from the lexicons it loads (`regions`, `pinyin`), so a group holds
 * all its term reads; `shards` are the index's files, from which the entries are copied.
 */
export function pinyinGroupFiles(
  manifest: SearchManifest,
  shards: ReadonlyMap<string, Uint8Array>,
  regions: CompactRegionTable,
  pinyin: CompactPinyinLexicon,
): Map<string, Uint8Array> {
  const places = new RegionLexicon(RegionTable.fromJSON(regions));
  const readings = PinyinLexicon.fromJSON(pinyin);
  const expanders = {
    regionsNamed: (term: string) => places.regionsNamed(term),
    wordsForPinyin: readings.wordsFor.bind(readings),
    pinyinGroups: true,
  };
  const decoded = new Map<string, PostingsShard>();
  const shard = (key: string): PostingsShard => {
    let found = decoded.get(key);
    if (!found) {
      const bytes = shards.get(key);
      if (!bytes) throw new Error(`No search shard ${key} to copy into a pinyin group.`);
      decoded.set(key, (found = decodePostingsShard(bytes)));
    }
    return found;
  };
  const own = new Set(manifest.own.title);
  const files = new Map<string, Uint8Array>();
  for (const letters of letterPairs()) {
    const terms = pinyinGroupTerms(letters, expanders);
    if (terms.length === 0) continue;
    const grams = [...new Set(terms.flatMap((t) => t.literals.flatMap(gramsOf)))].sort();
    const codes = [...new Set(terms.flatMap((t) => t.regions))].sort();
    const title = grams.flatMap((gram): ShardEntry[] => {
      const from = shard(searchShardKeys.title(gramRoute(gram, 'title', manifest, own)));
      const postings = from.get(gram);
      const body = presence(from.bodyDocs(gram));
      // A gram in no title and no body is left out, as its own bucket leaves it out: none.
      return postings || body.length > 0 ? [[gram, postings, body]] : [];
    });
    const documents = codes.flatMap((code): ShardEntry[] => {
      const postings = shard(searchShardKeys.regions(regionBucket(code, manifest))).get(code);
      return postings ? [[code, postings]] : [];
    });
    files.set(
      pinyinGroupFile(letters),
      encodeShardGroup([encodePostingsShard(title), encodePostingsShard(documents)]),
    );
  }
  return files;
}

/** A title shard's body counts per chunk back as the body presence it was written from. */
function presence(counts: readonly number[] | null): BodyPresence {
  const out: [number, number][] = [];
  counts?.forEach((docs, chunk) => {
    if (docs > 0) out.push([chunk, docs]);
  });
  return out;
}
