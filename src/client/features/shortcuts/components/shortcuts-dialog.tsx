import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { Shortcut, ShortcutGroup } from '../lib/shortcut-registry';

const GROUP_ORDER: ShortcutGroup[] = ['列表', '文章', '全站'];

interface ShortcutsDialogProps {
  shortcuts: Pick<Shortcut, 'key' | 'keyLabel' | 'description' | 'group'>[];
  onClose: () => void;
}

export function ShortcutsDialog({ shortcuts, onClose }: ShortcutsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    // A modal dialog keeps focus inside and the page inert; where the browser has none (older
    // browsers, jsdom) an open dialog still shows and closes the same way.
    const modal = dialog as Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>>;
    if (modal.showModal) {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    closeRef.current?.focus();
    return () => {
      if (modal.close) dialog.close();
      else dialog.removeAttribute('open');
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault();
      onClose();
    }
  };
  // A click on the backdrop lands on the dialog element itself.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <div className="dialog__body">
        <h2 id="shortcuts-title" className="dialog__title">
          键盘快捷键
        </h2>
        {GROUP_ORDER.map((group) => {
          const inGroup = shortcuts.filter((shortcut) => shortcut.group === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
              <h3 id={`shortcuts-${group}`} className="shortcut-group__title">
                {group}
              </h3>
              <dl className="shortcut-list">
                {inGroup.map((shortcut) => (
                  <div
                    key={`${shortcut.key}-${shortcut.description}`}
                    className="shortcut-list__row"
                  >
                    <dt>
                      <KeyLabel label={shortcut.keyLabel ?? shortcut.key} />
                    </dt>
                    <dd>{shortcut.description}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        <p className="dialog__hint">在输入框中打字时，快捷键不起作用。</p>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </dialog>
  );
}

/** `o 或 Enter` → two keys joined by the word between them. */
function KeyLabel({ label }: { label: string }) {
  const parts = label.split(' 或 ');
  return (
    <>
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ' 或 '}
          <kbd>{part}</kbd>
        </span>
      ))}
    </>
  );
}
