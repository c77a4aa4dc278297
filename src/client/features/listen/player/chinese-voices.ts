import { useEffect, useState } from 'react';

export type VoiceStatus =
  | { kind: 'unsupported' }
  | { kind: 'checking' }
  | { kind: 'none'; others: number }
  | { kind: 'ready'; voices: SpeechSynthesisVoice[] };

/**
 * How long to wait for the voice list before saying there is no Chinese voice. Chromium gives
 * an empty list at first and fills it a moment later (`voiceschanged`); a browser with no voices
 * at all never fires the event. A later event still updates the answer.
 */
const VOICE_WAIT_MS = 3_000;

/** `zh-CN`, `zh_TW`, `cmn-Hans-CN`, `yue-HK`: the languages a Chinese voice reports. */
export function isChineseVoice(voice: Pick<SpeechSynthesisVoice, 'lang'>): boolean {
  const lang = voice.lang.replace(/_/g, '-').toLowerCase();
  return /^(zh|cmn|yue)(-|$)/.test(lang);
}

/** Mainland Mandarin first (the text is simplified Chinese), then voices on the device. */
export function chineseVoices(all: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice[] {
  const rank = (voice: SpeechSynthesisVoice) => {
    const lang = voice.lang.replace(/_/g, '-').toLowerCase();
    const mainland = lang === 'zh-cn' || lang.startsWith('cmn-hans') || lang === 'zh-hans-cn';
    return (mainland ? 0 : 2) + (voice.localService ? 0 : 1);
  };
  return all
    .filter(isChineseVoice)
    .map((voice, index) => ({ voice, index }))
    .sort((a, b) => rank(a.voice) - rank(b.voice) || a.index - b.index)
    .map(({ voice }) => voice);
}

function statusOf(synth: SpeechSynthesis, waited: boolean): VoiceStatus {
  const all = synth.getVoices();
  const voices = chineseVoices(all);
  if (voices.length > 0) return { kind: 'ready', voices };
  if (all.length === 0 && !waited) return { kind: 'checking' };
  return { kind: 'none', others: all.length };
}

/** The browser's Chinese voices, following `voiceschanged`. */
export function useChineseVoices(): { status: VoiceStatus; recheck: () => void } {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [status, setStatus] = useState<VoiceStatus>(() =>
    synth ? statusOf(synth, false) : { kind: 'unsupported' },
  );
  useEffect(() => {
    if (!synth) return;
    let waited = false;
    const onChange = () => setStatus(statusOf(synth, waited));
    synth.addEventListener('voiceschanged', onChange);
    const timer = setTimeout(() => {
      waited = true;
      onChange();
    }, VOICE_WAIT_MS);
    return () => {
      synth.removeEventListener('voiceschanged', onChange);
      clearTimeout(timer);
    };
  }, [synth]);
  return { status, recheck: () => synth && setStatus(statusOf(synth, true)) };
}
