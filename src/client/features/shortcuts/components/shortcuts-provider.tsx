import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { isTypingTarget } from '../lib/is-typing-target';
import {
  createShortcutRegistry,
  type Shortcut,
  type ShortcutRegistry,
} from '../lib/shortcut-registry';
import { ShortcutsDialog } from './shortcuts-dialog';

interface ShortcutsContextValue {
  registry: ShortcutRegistry;
  openHelp: () => void;
}

const ShortcutsContext = createContext<ShortcutsContextValue | null>(null);

/** Listens for shortcut keys on the whole page and owns the `?` help dialog. */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createShortcutRegistry);
  // The list is taken when the help opens, so it shows what the current page offers.
  const [help, setHelp] = useState<ReturnType<ShortcutRegistry['list']> | null>(null);
  const helpOpen = help !== null;

  useEffect(() => {
    if (helpOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Modified keys belong to the browser and the system; composed keys to an input method.
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing || isTypingTarget(event.target)) return;
      if (registry.dispatch(event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [registry, helpOpen]);

  const [value] = useState<ShortcutsContextValue>(() => ({
    registry,
    openHelp: () => setHelp(registry.list()),
  }));

  return (
    <ShortcutsContext value={value}>
      {children}
      {help && <ShortcutsDialog shortcuts={help} onClose={() => setHelp(null)} />}
    </ShortcutsContext>
  );
}

function useShortcutsContext(): ShortcutsContextValue {
  const value = useContext(ShortcutsContext);
  if (!value) throw new Error('Shortcuts are used outside ShortcutsProvider.');
  return value;
}

export function useOpenShortcutsHelp(): () => void {
  return useShortcutsContext().openHelp;
}

/**
 * Offers a shortcut while the calling component is mounted. `run` may change on every render;
 * the registration follows the latest one without re-registering.
 */
export function useShortcut(shortcut: Shortcut): void {
  const { registry } = useShortcutsContext();
  const latest = useRef(shortcut);
  useEffect(() => {
    latest.current = shortcut;
  });
  const { key, keyLabel, description, group } = shortcut;
  useEffect(
    () =>
      registry.register({
        key,
        keyLabel,
        description,
        group,
        run: (event) => latest.current.run(event),
      }),
    [registry, latest, key, keyLabel, description, group],
  );
}
