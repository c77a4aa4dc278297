import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function browserSaysOnline(): boolean {
  try {
    return navigator.onLine;
  } catch {
    // A stand-in for navigator (a test double, an embedding) may not have the getter's receiver;
    // unknown counts as online, since the notice is for when the browser is sure.
    return true;
  }
}

/**
 * Whether the browser says it has a network. It can only be sure of being offline: "online" may
 * still mean a network that reaches nothing, which the data requests report themselves.
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(subscribe, browserSaysOnline, () => true);
}
