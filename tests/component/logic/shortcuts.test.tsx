import { describe, expect, it, vi } from 'vitest';
import { isTypingTarget } from '../../../src/client/features/shortcuts/lib/is-typing-target';
import { stepIndex } from '../../../src/client/features/shortcuts/lib/list-navigation';
import {
  createShortcutRegistry,
  type Shortcut,
} from '../../../src/client/features/shortcuts/lib/shortcut-registry';

describe('moving through a list with j and k', () => {
  it('starts at the top with j and at the bottom with k', () => {
    expect(stepIndex(-1, 5, 1)).toBe(0);
    expect(stepIndex(-1, 5, -1)).toBe(4);
  });

  it('moves one entry at a time and stops at either end', () => {
    expect(stepIndex(2, 5, 1)).toBe(3);
    expect(stepIndex(2, 5, -1)).toBe(1);
    expect(stepIndex(4, 5, 1)).toBe(4);
    expect(stepIndex(0, 5, -1)).toBe(0);
  });

  it('goes nowhere in an empty list', () => {
    expect(stepIndex(-1, 0, 1)).toBe(-1);
  });
});

describe('the shortcut registry', () => {
  const key = (name: string) => new KeyboardEvent('keydown', { key: name });
  const shortcut = (overrides: Partial<Shortcut>): Shortcut => ({
    key: 'x',
    description: '测试',
    group: '全站',
    run: () => true,
    ...overrides,
  });

  it('runs the newest shortcut for a key, falling back to older ones that apply', () => {
    const registry = createShortcutRegistry();
    const older = vi.fn(() => true);
    const newer = vi.fn(() => false);
    registry.register(shortcut({ key: 'b', run: older }));
    registry.register(shortcut({ key: 'b', run: newer }));

    expect(registry.dispatch(key('b'))).toBe(true);
    expect(newer).toHaveBeenCalledOnce();
    expect(older).toHaveBeenCalledOnce();
    expect(registry.dispatch(key('q'))).toBe(false);
  });

  it('is ready for a search box to offer "/" while it is on the page', () => {
    const registry = createShortcutRegistry();
    const input = document.createElement('input');
    document.body.append(input);
    const unregister = registry.register(
      shortcut({
        key: '/',
        description: '搜索',
        run: () => {
          input.focus();
          return true;
        },
      }),
    );

    expect(registry.list()).toEqual([
      { key: '/', keyLabel: undefined, description: '搜索', group: '全站' },
    ]);
    expect(registry.dispatch(key('/'))).toBe(true);
    expect(input).toHaveFocus();

    unregister();
    expect(registry.list()).toEqual([]);
    expect(registry.dispatch(key('/'))).toBe(false);
    input.remove();
  });

  it('lists a shortcut registered twice once', () => {
    const registry = createShortcutRegistry();
    registry.register(shortcut({ key: 'j', description: '下一条' }));
    registry.register(shortcut({ key: 'j', description: '下一条' }));

    expect(registry.list()).toHaveLength(1);
  });
});

describe('telling typing from shortcuts', () => {
  it.each([
    ['a text field', () => document.createElement('input'), true],
    [
      'a search field',
      () => Object.assign(document.createElement('input'), { type: 'search' }),
      true,
    ],
    ['a text area', () => document.createElement('textarea'), true],
    [
      'a radio button',
      () => Object.assign(document.createElement('input'), { type: 'radio' }),
      false,
    ],
    ['a link', () => document.createElement('a'), false],
    ['a button', () => document.createElement('button'), false],
  ])('treats keys in %s as typing: %s', (_, make, typing) => {
    expect(isTypingTarget(make())).toBe(typing);
  });
});
