import { pinyin } from 'pinyin-pro';

/** How a word is typed in pinyin: all syllables (`kaizhou`) and their initials (`kz`). */
export interface PinyinKeys {
  full: string;
  initials: string;
}

/**
 * The toneless pinyin of a Chinese word, read as a word so polyphones come out right (重庆 is
 * chongqing, not zhongqing). Uses pinyin-pro, so it belongs to build time: the client ships the
 * resulting lexicon, not the ~300 KB dictionary.
 */
export function pinyinKeys(word: string): PinyinKeys {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.toLowerCase().replace(/[^a-z]/g, ''),
  );
  return {
    full: syllables.join(''),
    initials: syllables.map((s) => s.charAt(0)).join(''),
  };
}
