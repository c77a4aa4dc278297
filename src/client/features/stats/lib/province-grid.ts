/**
 * China's 34 provincial-level divisions as a tile grid: one equal square each, in its rough
 * geographic place (the layout data journalism uses for maps where every place should be seen
 * at the same size; no boundary shapes to get wrong). Written here by hand from the capitals'
 * rough longitude (column, west to east) and latitude (row, north to south), nudged so that
 * neighbours stay neighbours: 7 columns by 8 rows.
 */

/** One tile: the division's GB/T 2260 code, full name, the short name a tile shows, its cell. */
export interface ProvinceTile {
  code: string;
  name: string;
  short: string;
  row: number;
  col: number;
}

export const GRID_COLUMNS = 7;
export const GRID_ROWS = 8;

const tile = (code: string, name: string, short: string, row: number, col: number) => ({
  code,
  name,
  short,
  row,
  col,
});

/** Every provincial-level division, north to south, west to east. */
export const PROVINCE_GRID: readonly ProvinceTile[] = [
  tile('23', '黑龙江省', '黑龙江', 0, 6),
  tile('15', '内蒙古自治区', '内蒙古', 1, 3),
  tile('11', '北京市', '北京', 1, 4),
  tile('21', '辽宁省', '辽宁', 1, 5),
  tile('22', '吉林省', '吉林', 1, 6),
  tile('65', '新疆维吾尔自治区', '新疆', 2, 0),
  tile('62', '甘肃省', '甘肃', 2, 1),
  tile('64', '宁夏回族自治区', '宁夏', 2, 2),
  tile('14', '山西省', '山西', 2, 3),
  tile('13', '河北省', '河北', 2, 4),
  tile('12', '天津市', '天津', 2, 5),
  tile('63', '青海省', '青海', 3, 1),
  tile('61', '陕西省', '陕西', 3, 2),
  tile('41', '河南省', '河南', 3, 3),
  tile('37', '山东省', '山东', 3, 4),
  tile('54', '西藏自治区', '西藏', 4, 0),
  tile('51', '四川省', '四川', 4, 1),
  tile('50', '重庆市', '重庆', 4, 2),
  tile('42', '湖北省', '湖北', 4, 3),
  tile('34', '安徽省', '安徽', 4, 4),
  tile('32', '江苏省', '江苏', 4, 5),
  tile('31', '上海市', '上海', 4, 6),
  tile('53', '云南省', '云南', 5, 1),
  tile('52', '贵州省', '贵州', 5, 2),
  tile('43', '湖南省', '湖南', 5, 3),
  tile('36', '江西省', '江西', 5, 4),
  tile('33', '浙江省', '浙江', 5, 5),
  tile('45', '广西壮族自治区', '广西', 6, 2),
  tile('44', '广东省', '广东', 6, 3),
  tile('35', '福建省', '福建', 6, 4),
  tile('71', '台湾省', '台湾', 6, 5),
  tile('46', '海南省', '海南', 7, 2),
  tile('82', '澳门特别行政区', '澳门', 7, 3),
  tile('81', '香港特别行政区', '香港', 7, 4),
];
