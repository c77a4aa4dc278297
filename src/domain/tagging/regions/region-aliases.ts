import type { Region } from '../../bundle/region-table.ts';

/**
 * How a name was derived: the official name, its common short form, an abbreviation, or the name
 * it had before a rename (a county that became a city or district keeps being written so).
 */
export type AliasKind = 'full' | 'short' | 'abbreviation' | 'former';

/** A name under which a region is written. */
export interface RegionAlias {
  text: string;
  code: string;
  kind: AliasKind;
  /**
   * The name is also an ordinary word or a generic name (朝阳 "morning sun", 城区 "urban area"),
   * or a single character before its 县 (义县, 费县: 嘉义县, 经费县级): it only counts when the
   * text also names the region's province or prefecture.
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
  // 来宾 "guests" (各位来宾), 白银 "silver", 阿里 (the company), 大堂 "lobby", 离岛 "outlying
  // island": prefectures and districts whose short form a ceremony or a business story uses.
  '来宾',
  '白银',
  '阿里',
  '大堂',
  '离岛',
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

// A banner named after its wing and position, 科尔沁右翼前旗, is written 科右前旗.
const WING_BANNER = /^(.)[^左右]*([左右])翼([前中后])旗$/u;
// A banner with a position after a long name, 土默特左旗 or 乌拉特前旗, is written 土左旗, 乌前旗.
const POSITION_BANNER = /^(.)..+([左右前中后])旗$/u;
// 东乌珠穆沁旗 and 西乌珠穆沁旗 are written 东乌旗 and 西乌旗.
const SIDE_BANNER = /^([东西])(.)...+旗$/u;

/**
 * Every name a region goes by, derived from its official name: 广西壮族自治区 → 广西, 开州区 →
 * 开州, 锡林郭勒盟 → 锡盟, 克孜勒苏柯尔克孜自治州 → 克孜勒苏, 克孜勒苏州, 克州, 科尔沁右翼前旗 →
 * 科右前旗, and the names from before a rename (江宁区 → 江宁县, 开州区 → 开县). Nothing shorter
 * than two characters, which would be a word, not a name.
 */
export function regionAliases(region: Region): RegionAlias[] {
  const { name, code, level } = region;
  const out = new Map<string, RegionAlias>();
  const add = (text: string, kind: AliasKind, weakAnyway = false) => {
    if (text.length < 2 || out.has(text)) return;
    const generic = GENERIC.test(text) && (kind !== 'full' || text.length <= 2);
    const weak =
      weakAnyway ||
      generic ||
      (kind !== 'full' && ORDINARY_WORDS.has(text)) ||
      // 义县, 费县: one character and its 县 are too often the end of one word and the start of
      // the next (嘉义县, 经费县级).
      (text.length === 2 && level !== 'province' && (kind === 'full' || kind === 'former'));
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
  if (suffix.endsWith('旗')) addBannerAbbreviations(name, base, add);
  if (level === 'county' && (suffix === '市' || suffix === '区')) {
    // A county that became a city or a district: 东宁县 (东宁市), 綦江县 (綦江区), and 开县 for
    // 开州区, whose 州 came with the rename.
    if (base.length === 2 && base.endsWith('州')) {
      add(`${base.slice(0, 1)}县`, 'former');
    } else if (base.length >= 2) {
      add(`${base}县`, 'former');
      if (suffix === '区') add(`${base}市`, 'former');
    }
  }
  // A prefecture that was a 地区 before it became a city: 毕节地区 (毕节市).
  if (level === 'prefecture' && suffix === '市' && base.length >= 2) add(`${base}地区`, 'former');
  return [...out.values()];
}

function addBannerAbbreviations(
  name: string,
  base: string,
  add: (text: string, kind: AliasKind, weakAnyway?: boolean) => void,
): void {
  const wing = WING_BANNER.exec(name);
  if (wing) return add(`${wing[1]}${wing[2]}${wing[3]}旗`, 'abbreviation');
  const position = POSITION_BANNER.exec(name);
  if (position) return add(`${position[1]}${position[2]}旗`, 'abbreviation');
  const side = SIDE_BANNER.exec(name);
  if (side) return add(`${side[1]}${side[2]}旗`, 'abbreviation');
  // 准格尔旗 → 准旗, 莫力达瓦达斡尔族自治旗 → 莫旗: common, but several banners share a first
  // character and one character + 旗 is often a word's end and 旗 (标准旗帜), so it needs support.
  if (base.length >= 3 && !/[左右前中后]$/u.test(base)) {
    add(`${base.slice(0, 1)}旗`, 'abbreviation', true);
  }
}
