import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useReaderSettings } from '../hooks/use-reader-settings';
import { FONT_SIZES, THEMES } from '../lib/reader-settings';
import { useReaderSettingsStore } from '../store/reader-settings-store';

/** The header's 阅读设置 button and the panel it opens: font size, theme and 长辈模式 (last, so the
 * everyday choices come first in the Tab order). */
export function ReaderSettingsMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // A click anywhere else closes the panel, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="settings-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="header-button__icon" aria-hidden="true">
          Aa
        </span>
        <span className="header-button__text">阅读设置</span>
      </button>
      <div id={panelId} className="settings-panel" hidden={!open}>
        <ReaderSettingsForm />
      </div>
    </div>
  );
}

function ReaderSettingsForm() {
  const { fontSize, theme, elder } = useReaderSettings();
  const store = useReaderSettingsStore();
  const name = useId();
  return (
    <>
      <Segmented
        legend="字号"
        name={`${name}-font-size`}
        options={FONT_SIZES}
        value={elder ? 'xlarge' : fontSize}
        disabled={elder}
        onChange={(value) => store.setFontSize(value)}
      />
      <Segmented
        legend="主题"
        name={`${name}-theme`}
        options={THEMES}
        value={theme}
        onChange={(value) => store.setTheme(value)}
      />
      <label className="elder-switch">
        <input
          type="checkbox"
          role="switch"
          checked={elder}
          aria-describedby={`${name}-elder-hint`}
          onChange={(event) => store.setElder(event.currentTarget.checked)}
        />
        <span className="elder-switch__label">长辈模式</span>
      </label>
      <p id={`${name}-elder-hint`} className="elder-switch__hint">
        最大字号、宽行距、大按钮、高对比，不用动画
      </p>
    </>
  );
}

interface SegmentedProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  /** 长辈模式 holds the font size at its largest: the choice shows, but waits. */
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** One setting as a row of radio buttons that look like a segmented control. */
function Segmented<T extends string>({
  legend,
  name,
  options,
  value,
  disabled = false,
  onChange,
}: SegmentedProps<T>) {
  return (
    <fieldset className="segmented" disabled={disabled}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
