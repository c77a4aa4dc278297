import type { Decoded } from '../../../lib/storage/persisted-store';
import { decodeQueueEntries, encodeQueueEntries, type QueueEntry } from './listen-queue';

/** What listening keeps in the browser: the queue, and the speed and voice last chosen. */
export interface ListenState {
  queue: readonly QueueEntry[];
  /** Speech rate, one of `SPEECH_RATES`. */
  rate: number;
  /** The chosen voice's `voiceURI`; null: the first Chinese voice there is. */
  voice: string | null;
}

export const LISTEN_STATE_FORMAT = 'edu-news-reader/listening';
export const LISTEN_STATE_VERSION = 1;

/** The speeds offered; 0.75–2× is what people follow comfortably in Chinese. */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_RATE = 1;

export const EMPTY_LISTEN_STATE: ListenState = { queue: [], rate: DEFAULT_RATE, voice: null };

export function isSpeechRate(value: unknown): value is number {
  return typeof value === 'number' && (SPEECH_RATES as readonly number[]).includes(value);
}

export function encodeListenState(state: ListenState) {
  return {
    format: LISTEN_STATE_FORMAT,
    version: LISTEN_STATE_VERSION,
    queue: encodeQueueEntries(state.queue),
    rate: state.rate,
    voice: state.voice,
  };
}

/**
 * Reads the stored state leniently: a bad speed or voice falls back to the default, bad queue
 * entries are dropped (and the store keeps the original text aside). Null when the text is not
 * this format of this version at all.
 */
export function decodeListenState(json: unknown): Decoded<ListenState> | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  if (record.format !== LISTEN_STATE_FORMAT || record.version !== LISTEN_STATE_VERSION) return null;
  const { entries, complete } = decodeQueueEntries(record.queue);
  const voice =
    typeof record.voice === 'string' && record.voice.length <= 500 ? record.voice : null;
  return {
    value: { queue: entries, rate: isSpeechRate(record.rate) ? record.rate : DEFAULT_RATE, voice },
    complete,
  };
}
