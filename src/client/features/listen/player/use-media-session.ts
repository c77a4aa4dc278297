import { useEffect, useRef } from 'react';

interface MediaSessionOptions {
  title: string | null;
  source: string | null;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  onNext: () => void;
  onPrevious: () => void;
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack'] as const;

/**
 * The lock screen's and headset's controls, where the browser has the Media Session API: the
 * article's title and source, play and pause, and the next and previous sentence.
 */
export function useMediaSession(options: MediaSessionOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  const { title, source, playing } = options;

  useEffect(() => {
    if (!session) return;
    const handlers: Record<(typeof ACTIONS)[number], () => void> = {
      play: () => latest.current.onPlay(),
      pause: () => latest.current.onPause(),
      nexttrack: () => latest.current.onNext(),
      previoustrack: () => latest.current.onPrevious(),
    };
    for (const action of ACTIONS) {
      try {
        session.setActionHandler(action, handlers[action]);
      } catch {
        // A browser that does not know an action says so by throwing; the others still work.
      }
    }
    return () => {
      for (const action of ACTIONS) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // As above.
        }
      }
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, [session]);

  useEffect(() => {
    if (!session || typeof MediaMetadata === 'undefined') return;
    session.metadata = title
      ? new MediaMetadata({ title, artist: source ?? '', album: '朗读 · 教育资讯阅读器' })
      : null;
  }, [session, title, source]);

  useEffect(() => {
    if (session) session.playbackState = playing ? 'playing' : 'paused';
  }, [session, playing]);
}
