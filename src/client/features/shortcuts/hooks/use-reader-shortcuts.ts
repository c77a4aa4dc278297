import {
  BOOKMARK_BUTTON_SELECTOR,
  LIST_ENTRY_SELECTOR,
  LIST_PRIMARY_SELECTOR,
  PAGE_BOOKMARK_SELECTOR,
} from '../../../lib/keyboard-targets';
import { useOpenShortcutsHelp, useShortcut } from '../components/shortcuts-provider';
import { stepIndex } from '../lib/list-navigation';

function entries(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(LIST_ENTRY_SELECTOR)];
}

function focusedEntry(): HTMLElement | null {
  return document.activeElement?.closest<HTMLElement>(LIST_ENTRY_SELECTOR) ?? null;
}

function move(step: 1 | -1): boolean {
  const all = entries();
  const current = focusedEntry();
  const next = all[stepIndex(current ? all.indexOf(current) : -1, all.length, step)];
  const link = next?.querySelector<HTMLElement>(LIST_PRIMARY_SELECTOR);
  if (!link) return false;
  // Focusing scrolls the entry into view and shows the focus ring: the ring is the cursor.
  link.focus();
  return true;
}

function press(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  element.click();
  return true;
}

/** The site-wide keys: walk lists, open, bookmark, and show the help. */
export function useReaderShortcuts(): void {
  const openHelp = useOpenShortcutsHelp();
  useShortcut({ key: 'j', description: '下一条', group: '列表', run: () => move(1) });
  useShortcut({ key: 'k', description: '上一条', group: '列表', run: () => move(-1) });
  useShortcut({
    key: 'o',
    keyLabel: 'o 或 Enter',
    description: '打开选中的条目',
    group: '列表',
    run: () => press(focusedEntry()?.querySelector<HTMLElement>(LIST_PRIMARY_SELECTOR)),
  });
  useShortcut({
    key: 'b',
    description: '收藏或取消收藏（选中的条目，或当前文章）',
    group: '文章',
    run: () =>
      press(
        focusedEntry()?.querySelector<HTMLElement>(BOOKMARK_BUTTON_SELECTOR) ??
          document.querySelector<HTMLElement>(PAGE_BOOKMARK_SELECTOR),
      ),
  });
  useShortcut({
    key: '?',
    description: '显示快捷键',
    group: '全站',
    run: () => {
      openHelp();
      return true;
    },
  });
}
