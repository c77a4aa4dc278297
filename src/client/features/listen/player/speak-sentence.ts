// Utterances in flight. Chromium drops an utterance nobody holds on to, and its `end` never
// comes; the set holds each until it ends.
const inFlight = new Set<SpeechSynthesisUtterance>();

export interface SpeakOptions {
  rate: number;
  voice: SpeechSynthesisVoice;
}

/**
 * Speaks one sentence and calls `onEnd` when it is done, or `onError` with the browser's error
 * code. Returns a stop function: it cancels the speech, and neither callback fires after it, so
 * a stopped sentence never moves the reading on (browsers report a cancel as `end` or as an
 * `interrupted` error, each its own way).
 */
export function speakSentence(
  text: string,
  { rate, voice }: SpeakOptions,
  onEnd: () => void,
  onError: (error: string) => void,
): () => void {
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = rate;
  let live = true;
  const settle = () => {
    live = false;
    inFlight.delete(utterance);
  };
  utterance.onend = () => {
    if (!live) return;
    settle();
    onEnd();
  };
  utterance.onerror = (event) => {
    if (!live) return;
    settle();
    if (event.error === 'interrupted' || event.error === 'canceled') return;
    onError(event.error);
  };
  inFlight.add(utterance);
  // A queue left paused or stuck by an earlier page would hold this sentence back.
  if (synth.paused) synth.resume();
  synth.speak(utterance);
  return () => {
    if (!live) return;
    settle();
    synth.cancel();
  };
}
