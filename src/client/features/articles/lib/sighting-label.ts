import type { SightingList } from '../../../../domain/bundle/bundle';

/** The names the source site gives its lists, as readers saw them there. */
export const sightingListLabel: Record<SightingList, string> = {
  latest: '最新加入',
  hot: '热门资讯',
  prev: '上一篇',
  next: '下一篇',
};

/** Sidebar lists are 列表; neighbour links are 链接 — “在《某文》页面的‘上一篇’链接中”. */
export function sightingPlace(list: SightingList): string {
  const kind = list === 'latest' || list === 'hot' ? '列表' : '链接';
  return `“${sightingListLabel[list]}”${kind}`;
}
