import type { Region } from './division-table.ts';

/** How a name was derived: the official name, its common short form, or an abbreviation. */
export type AliasKind = 'full' | 'short' | 'abbreviation';

/** A name under which a region is written. */
export interface RegionAlias {
  text: string;
  code: string;
  kind: AliasKind;
  /**
   * The name is also an ordinary word or a generic name (朝阳 "morning sun", 城区 "urban area"):
   * it only counts when the text also names the region's province or prefecture.
   */
  weak: boolean;
}

// The 56 nationalities, as they appear inside names of autonomous areas (壮族, 维吾尔, 柯尔克孜…).
// This is a list of peoples, not of places: it finds where the place part of 黔东南苗族侗族自治州
// ends.
const NATIONALITIES = [
  '汉',
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);

/**
 * Short forms that are also everyday words. Written out because no dataset says which place
 * names double as vocabulary; each stays a region when the text also names its province.
 */
const ORDINARY_WORDS = new Set([
  '和平',
  '朝阳',
  '前进',
  '友谊',
  '东方',
  '新华',
  '长安',
  '红旗',
  '向阳',
  '光明',
  '胜利',
  '团结',
  '民主',
  '建设',
  '新兴',
  '太平',
  '安宁',
  '青山',
  '白云',
  '城关',
  '江南',
  '江北',
  '河东',
  '河西',
  '铁东',
  '铁西',
  '平安',
  '和顺',
  '振兴',
  '兴安',
  '东风',
  '合作',
  '复兴',
  '永和',
  '泰山',
  '庐山',
  '石门',
  '大方',
  '安康',
  '中山',
  '乐业',
  '新建',
  '东至',
  '南部',
  '南海',
  '东海',
  '西湖',
  '凤凰',
  '清河',
  '大观',
  '金山',
  '安定',
  '长治',
  '富裕',
  '榆树',
  '桃源',
  '仁和',
  '通道',
  '会同',
  '共和',
  '互助',
  '同仁',
  '无极',
  '兴隆',
  '青龙',
  '安平',
  '故城',
  '新市',
  '大通',
  '永安',
  '长城',
  '宁安',
]);

/** Names that are generic on their own: directions and words for "district" or "town". */
const GENERIC = /^[东南西北中上下前后新老旧城区郊矿市县镇乡]+$/u;

function stripNationalities(name: string): string {
  // From the third character: the place part is never shorter than two (内蒙古, 西藏 keep theirs).
  for (let i = 2; i < name.length; i++) {
    if (NATIONALITIES.some((n) => name.startsWith(n, i))) return name.slice(0, i);
  }
  return name;
}

const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '省',
  '市',
  '盟',
  '区',
  '县',
  '旗',
];

/**
 * Every name a region goes by, derived from its official name: 广西壮族自治区 → 广西, 开州区 →
 * 开州, 锡林郭勒盟 → 锡盟, 克孜勒苏柯尔克孜自治州 → 克孜勒苏, 克孜勒苏州, 克州. Nothing shorter
 * than two characters, which would be a word, not a name.
 */
export function regionAliases(region: Region): RegionAlias[] {
  const { name, code } = region;
  const out = new Map<string, RegionAlias>();
  const add = (text: string, kind: AliasKind) => {
    if (text.length < 2 || out.has(text)) return;
    const generic = GENERIC.test(text) && (kind !== 'full' || text.length <= 2);
    const weak = generic || (kind !== 'full' && ORDINARY_WORDS.has(text));
    out.set(text, { text, code, kind, weak });
  };
  add(name, 'full');
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return [...out.values()];
  const stem = name.slice(0, -suffix.length);
  // Only autonomous areas carry a people's name; 六盘水市 must keep its 水.
  const base = suffix.startsWith('自治') ? stripNationalities(stem) : stem;
  add(base, 'short');
  if (suffix === '自治州') {
    add(`${base}州`, 'short');
    // Xinjiang writes its long transliterated prefecture names as one character + 州: 克州, 博州.
    if (base.length >= 4 && code.startsWith('65')) add(`${base.slice(0, 1)}州`, 'abbreviation');
  }
  if (suffix === '盟' && base.length >= 3) add(`${base.slice(0, 1)}盟`, 'abbreviation');
  if (suffix === '自治县' || suffix === '自治旗') add(`${base}${suffix.slice(-1)}`, 'short');
  return [...out.values()];
}
