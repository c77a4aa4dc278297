import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes `dir` if a signal stops the process (Ctrl-C in a terminal, a cancelled CI job) or it
 * exits before the compile is done: both skip every `finally`, and a compile's spilled paragraphs
 * are the size of its corpus's text. When no one else listens for the signal, the process then
 * ends as the signal would have ended it. Returns what undoes this, for a normal end.
 */
export function removeOnSignal(dir: string): () => void {
  const remove = () => {
    stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', remove);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', remove);
  return stop;
}
