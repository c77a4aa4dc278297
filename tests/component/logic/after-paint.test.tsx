import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../../src/client/hooks/use-after-paint';

function Probe({ seen }: { seen: boolean[] }) {
  seen.push(useAfterPaint());
  return null;
}

describe('useAfterPaint', () => {
  it('is false in the render that puts the component on screen, true once that frame is painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const seen: boolean[] = [];
    render(<Probe seen={seen} />);
    expect(seen).toEqual([false]);

    // The frame's callbacks run before it is painted: still nothing.
    act(() => frames.forEach((callback) => callback(performance.now())));
    expect(seen).toEqual([false]);
    // The task after it comes once the frame is on screen.
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    expect(seen.at(-1)).toBe(true);
  });

  it('does nothing once the component is gone before its frame', async () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const seen: boolean[] = [];
    const { unmount } = render(<Probe seen={seen} />);
    unmount();
    expect(cancel).toHaveBeenCalled();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(seen).toEqual([false]);
  });
});
