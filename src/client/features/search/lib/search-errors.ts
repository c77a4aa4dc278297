import {
  HttpStatusError,
  InvalidJsonError,
  NetworkError,
  TimeoutError,
  VersionMismatchError,
} from '../../../lib/fetch-bundle-file';

/** An error as it crosses from the worker: classes do not survive `postMessage`, data does. */
export type SerializedError =
  | { kind: 'http'; path: string; status: number }
  | { kind: 'network' | 'timeout' | 'invalid-json'; path: string }
  | { kind: 'version'; path: string; expected: number; received: unknown }
  | { kind: 'abort' }
  | { kind: 'other'; message: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof HttpStatusError) {
    return { kind: 'http', path: error.path, status: error.status };
  }
  if (error instanceof VersionMismatchError) {
    return {
      kind: 'version',
      path: error.path,
      expected: error.expected,
      received: error.received,
    };
  }
  if (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof InvalidJsonError
  ) {
    return { kind: error.kind, path: error.path };
  }
  if (error instanceof Error && error.name === 'AbortError') return { kind: 'abort' };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The same error on this side, so that the page describes it as it describes any data error. */
export function deserializeError(error: SerializedError): Error {
  switch (error.kind) {
    case 'http':
      return new HttpStatusError(error.path, error.status);
    case 'network':
      return new NetworkError(error.path);
    case 'timeout':
      return new TimeoutError(error.path);
    case 'invalid-json':
      return new InvalidJsonError(error.path);
    case 'version':
      return new VersionMismatchError(error.path, error.expected, error.received);
    case 'abort':
      return new DOMException('The search was superseded.', 'AbortError');
    case 'other':
      return new Error(error.message);
  }
}
