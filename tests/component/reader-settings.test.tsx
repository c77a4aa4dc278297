import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { decodeReaderSettings } from '../../src/client/features/reader-settings/lib/reader-settings';
import { SETTINGS_KEY } from '../../src/client/features/reader-settings/store/reader-settings-store';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import { buildLatestPage, buildManifest } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const root = document.documentElement;

function serveHome() {
  serveBundle({
    [bundlePaths.manifest()]: buildManifest(),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
  });
}

/** A system colour scheme the test can switch, as the reader's OS would at dusk. */
function stubSystemTheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    switchTo(nextDark: boolean) {
      dark = nextDark;
      act(() => {
        for (const listener of listeners) listener();
      });
    },
  };
}

async function openSettings(user: ReturnType<typeof renderApp>['user']) {
  const button = await screen.findByRole('button', { name: '阅读设置' });
  await user.click(button);
  return button;
}

describe('the reading settings', () => {
  it('opens from the header and closes with Escape, returning focus to its button', async () => {
    serveHome();
    const { user } = renderApp('/');

    const button = await openSettings(user);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: '字号' })).toBeVisible();
    expect(screen.getByRole('group', { name: '主题' })).toBeVisible();

    await user.click(screen.getByRole('radio', { name: '大' }));
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('group', { name: '字号' })).not.toBeInTheDocument();
  });

  it('offers four font sizes, applies the chosen one, and remembers it', async () => {
    serveHome();
    const { user, unmount } = renderApp('/');
    await openSettings(user);

    const sizes = within(screen.getByRole('group', { name: '字号' })).getAllByRole('radio');
    expect(sizes.map((radio) => radio.getAttribute('value'))).toEqual([
      'small',
      'medium',
      'large',
      'xlarge',
    ]);
    expect(screen.getByRole('radio', { name: '标准' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: '特大' }));
    expect(root.dataset.fontSize).toBe('xlarge');
    unmount();
    delete root.dataset.fontSize;

    renderApp('/');
    await screen.findByRole('button', { name: '阅读设置' });
    expect(root.dataset.fontSize).toBe('xlarge');
  });

  it('switches to the dark theme and back, and remembers the choice', async () => {
    stubSystemTheme(false);
    serveHome();
    const { user } = renderApp('/');
    await openSettings(user);
    expect(screen.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    expect(root.dataset.theme).toBe('light');

    await user.click(screen.getByRole('radio', { name: '深色' }));
    expect(root.dataset.theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({ theme: 'dark' });

    await user.click(screen.getByRole('radio', { name: '浅色' }));
    expect(root.dataset.theme).toBe('light');
  });

  it('follows the system theme, also when it changes while the page is open', async () => {
    const system = stubSystemTheme(true);
    serveHome();
    renderApp('/');
    await screen.findByRole('button', { name: '阅读设置' });
    expect(root.dataset.theme).toBe('dark');

    system.switchTo(false);
    expect(root.dataset.theme).toBe('light');
  });

  it('keeps a chosen theme whatever the system does', async () => {
    const system = stubSystemTheme(false);
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ fontSize: 'small', theme: 'dark' }));
    serveHome();
    renderApp('/');
    await screen.findByRole('button', { name: '阅读设置' });

    system.switchTo(true);
    system.switchTo(false);
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.fontSize).toBe('small');
  });

  it('falls back to the defaults for stored settings it does not understand', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ fontSize: 'huge', theme: 'dark' }));
    serveHome();
    const { user } = renderApp('/');
    await openSettings(user);

    expect(screen.getByRole('radio', { name: '标准' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '深色' })).toBeChecked();
    expect(screen.queryByRole('region', { name: '数据保存提示' })).not.toBeInTheDocument();
  });

  it('has one 长辈模式 switch that takes the largest size, and is remembered', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ fontSize: 'small', theme: 'dark' }));
    serveHome();
    const { user, unmount } = renderApp('/');
    await openSettings(user);
    const elder = screen.getByRole('switch', { name: '长辈模式' });
    expect(elder).not.toBeChecked();
    expect(root.dataset.elder).toBeUndefined();

    await user.click(elder);
    expect(elder).toBeChecked();
    expect(root.dataset.elder).toBe('');
    // The size waits at 特大 while the mode is on; the chosen size comes back after.
    expect(screen.getByRole('radio', { name: '特大' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '小' })).toBeDisabled();
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({
      elder: true,
      fontSize: 'small',
      theme: 'dark',
    });
    unmount();
    delete root.dataset.elder;

    const again = renderApp('/');
    await openSettings(again.user);
    expect(screen.getByRole('switch', { name: '长辈模式' })).toBeChecked();
    expect(root.dataset.elder).toBe('');
    await again.user.click(screen.getByRole('switch', { name: '长辈模式' }));
    expect(root.dataset.elder).toBeUndefined();
    expect(screen.getByRole('radio', { name: '小' })).toBeChecked();
  });

  it('reads settings saved before 长辈模式 existed as complete, with the mode off', () => {
    expect(decodeReaderSettings({ fontSize: 'large', theme: 'dark' })).toEqual({
      value: { fontSize: 'large', theme: 'dark', elder: false },
      complete: true,
    });
    expect(decodeReaderSettings({ fontSize: 'large', theme: 'dark', elder: 'yes' })).toEqual({
      value: { fontSize: 'large', theme: 'dark', elder: false },
      complete: false,
    });
  });
});
