export type ShortcutGroup = '列表' | '文章' | '全站';

export interface Shortcut {
  /** `KeyboardEvent.key`: `j`, `/`, `?`. */
  key: string;
  /** How the key is shown in the help, when it differs from `key` (`o 或 Enter`). */
  keyLabel?: string;
  description: string;
  group: ShortcutGroup;
  /** True when it acted; false when it does not apply right now, letting an earlier one try. */
  run: (event: KeyboardEvent) => boolean;
}

export interface ShortcutRegistry {
  /** Adds a shortcut; returns the function that removes it. */
  register: (shortcut: Shortcut) => () => void;
  /** Runs the newest applicable shortcut for the key; true when one handled it. */
  dispatch: (event: KeyboardEvent) => boolean;
  /** What the help lists: one line per key and description, in registration order. */
  list: () => Pick<Shortcut, 'key' | 'keyLabel' | 'description' | 'group'>[];
}

/**
 * Shortcuts come and go with the components that offer them (the search box will register `/`),
 * so the help always lists exactly what works on the current page.
 */
export function createShortcutRegistry(): ShortcutRegistry {
  const shortcuts: Shortcut[] = [];
  return {
    register(shortcut) {
      shortcuts.push(shortcut);
      return () => {
        const index = shortcuts.indexOf(shortcut);
        if (index >= 0) shortcuts.splice(index, 1);
      };
    },
    dispatch(event) {
      for (let i = shortcuts.length - 1; i >= 0; i--) {
        const shortcut = shortcuts[i];
        if (shortcut?.key === event.key && shortcut.run(event)) return true;
      }
      return false;
    },
    list() {
      const seen = new Set<string>();
      return shortcuts
        .filter(({ key, description }) => {
          const id = `${key}\n${description}`;
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        })
        .map(({ key, keyLabel, description, group }) => ({ key, keyLabel, description, group }));
    },
  };
}
