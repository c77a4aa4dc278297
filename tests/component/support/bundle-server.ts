import { vi } from 'vitest';
import { bundleRootUrl } from '../../../src/client/lib/fetch-bundle-file';

/** A canned answer that is not a well-formed JSON file. */
export type Fault =
  | { fault: 'status'; status: number }
  | { fault: 'text'; body: string }
  | { fault: 'network' }
  | { fault: 'hang' };

export const respond = {
  status: (status: number): Fault => ({ fault: 'status', status }),
  text: (body: string): Fault => ({ fault: 'text', body }),
  networkFailure: (): Fault => ({ fault: 'network' }),
  /** Never answers; the request ends only when the client aborts it. */
  hang: (): Fault => ({ fault: 'hang' }),
};

export type Answer = Fault | object;

function isFault(answer: Answer): answer is Fault {
  return 'fault' in answer;
}

/**
 * Stubs `fetch` at the network edge: each bundle path (`manifest.json`, `items/<id>.json`,
 * `search/title/h3.bin`) answers with its JSON, its bytes, a fault, or 404 when absent. Answers can be changed mid-test, for
 * example to let a retry succeed.
 */
export function serveBundle(files: Record<string, Answer>) {
  const answers = new Map<string, Answer>(Object.entries(files));
  const requested: string[] = [];
  const root = bundleRootUrl().href;

  const fetchStub = vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    const path = url.startsWith(root) ? decodeURIComponent(url.slice(root.length)) : url;
    requested.push(path);
    const answer = answers.get(path);
    if (answer === undefined) return Promise.resolve(new Response('Not Found', { status: 404 }));
    if (answer instanceof Uint8Array) return Promise.resolve(new Response(answer.slice()));
    if (!isFault(answer)) return Promise.resolve(Response.json(answer));
    switch (answer.fault) {
      case 'status':
        return Promise.resolve(new Response('Server error', { status: answer.status }));
      case 'text':
        return Promise.resolve(new Response(answer.body, { status: 200 }));
      case 'network':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'hang':
        return new Promise((_, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        });
    }
  });
  vi.stubGlobal('fetch', fetchStub);

  return {
    /** Changes what a path answers from now on. */
    set(path: string, answer: Answer) {
      answers.set(path, answer);
    },
    /** Bundle paths fetched so far, in order. */
    requested,
  };
}
