import { BUNDLE_VERSION } from '../../domain/bundle/bundle';

/**
 * How long the reader waits on a data file while nothing arrives before it gives up and offers
 * a retry: not how long the file may take in all, which on a phone depends on what else loads.
 */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Counts every sign of life of this realm's bundle requests: a response's headers, a chunk of a
 * body. A request that has had none of its own for a while is only waiting its turn as long as
 * others are moving: on a slow link a search's count asks for hundreds of files at once, and a
 * timeout counted from each request's start failed the ones still queued behind the others (and
 * at a million documents the meta shard alone takes longer than the timeout on slow 4G).
 */
let linkProgress = 0;

/**
 * The bundle root, resolved against the document so that the same build works at a site root
 * and under any sub-path (Vite's BASE_URL is `./` unless the build was given another base).
 */
export function bundleRootUrl(): URL {
  return new URL(`${import.meta.env.BASE_URL}data/`, document.baseURI);
}

/** The absolute URL of one bundle file, given its path relative to the bundle root. */
export function bundleFileUrl(path: string): URL {
  return new URL(path, bundleRootUrl());
}

/** Everything that can go wrong while loading a bundle file; `message` is shown to readers. */
export abstract class BundleFileError extends Error {
  abstract readonly kind: 'http' | 'network' | 'timeout' | 'invalid-json' | 'version';
  /** The file's path relative to the bundle root. */
  readonly path: string;

  constructor(message: string, path: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}

export class HttpStatusError extends BundleFileError {
  readonly kind = 'http';
  readonly status: number;

  constructor(path: string, status: number) {
    super(
      status === 404
        ? '找不到所需的数据文件（HTTP 404）。'
        : `服务器未能提供数据（HTTP ${status}），请稍后重试。`,
      path,
    );
    this.name = 'HttpStatusError';
    this.status = status;
  }
}

export class NetworkError extends BundleFileError {
  readonly kind = 'network';

  constructor(path: string, options?: ErrorOptions) {
    super('网络连接失败，无法加载数据。请检查网络后重试。', path, options);
    this.name = 'NetworkError';
  }
}

export class TimeoutError extends BundleFileError {
  readonly kind = 'timeout';

  constructor(path: string) {
    super('加载数据超时，请稍后重试。', path);
    this.name = 'TimeoutError';
  }
}

export class InvalidJsonError extends BundleFileError {
  readonly kind = 'invalid-json';

  constructor(path: string, options?: ErrorOptions) {
    super('数据文件格式不正确，无法读取。', path, options);
    this.name = 'InvalidJsonError';
  }
}

export class VersionMismatchError extends BundleFileError {
  readonly kind = 'version';
  readonly expected: number;
  readonly received: unknown;

  constructor(path: string, expected: number, received: unknown) {
    const got =
      typeof received === 'number' ? `收到第 ${received} 版` : '收到的文件没有有效的版本号';
    super(`数据版本不匹配：需要第 ${expected} 版，${got}。请刷新页面。`, path);
    this.name = 'VersionMismatchError';
    this.expected = expected;
    this.received = received;
  }
}

/** A missing file means a missing page (an unknown item id, a page past the end), not a fault. */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof HttpStatusError && error.status === 404;
}

/** Worth retrying on its own: the same request may well succeed a moment later. */
export function isTransientError(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return (
    error instanceof HttpStatusError &&
    (error.status >= 500 || error.status === 408 || error.status === 429)
  );
}

interface FetchBundleFileOptions {
  /** Cancellation from TanStack Query; an aborted request rejects with the abort reason. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * The bundle root the path is relative to: the page's own by default. The search worker has
   * no document to resolve it against, so it is handed the page's.
   */
  root?: string | URL;
}

/**
 * Loads one bundle file and checks its version. Rejects with a `BundleFileError` subclass whose
 * message can be shown as is.
 */
export async function fetchBundleFile<T extends { version: number }>(
  path: string,
  options?: FetchBundleFileOptions,
): Promise<T> {
  const body = await fetchBundleJson(path, options);
  checkVersion(path, body);
  // Only the version is checked: the compiler that wrote the file shares these types.
  return body as T;
}

/** Loads one JSON file of the bundle whose format the caller checks (the search files). */
export async function fetchBundleJson(
  path: string,
  options?: FetchBundleFileOptions,
): Promise<unknown> {
  const text = await fetchBody(path, 'application/json', (response) => response.text(), options);
  return parseJson(path, text);
}

/** Loads one binary file of the bundle (a search shard). */
export async function fetchBundleBytes(
  path: string,
  options?: FetchBundleFileOptions,
): Promise<Uint8Array> {
  const buffer = await fetchBody(
    path,
    'application/octet-stream',
    (response) => response.arrayBuffer(),
    options,
  );
  return new Uint8Array(buffer);
}

/** Every bundle file's request and body read: the one place a failure becomes a `BundleFileError`. */
async function fetchBody<T>(
  path: string,
  accept: string,
  read: (response: Response) => Promise<T>,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, root = bundleRootUrl() }: FetchBundleFileOptions = {},
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Gives up only after `timeoutMs` in which no request of this realm made any progress.
  const watch = () => {
    const seen = linkProgress;
    timer = setTimeout(() => {
      if (linkProgress !== seen) return watch();
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  watch();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  // A caller's cancellation is not a failure to report; the timeout is.
  const failure = (error: unknown): unknown => {
    if (timedOut) return new TimeoutError(path);
    if (signal?.aborted) return error;
    return new NetworkError(path, { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await fetch(new URL(path, root), {
        signal: controller.signal,
        // Without text/html or */* in Accept, dev servers with an SPA fallback answer a missing
        // file with 404 instead of index.html.
        headers: { Accept: accept },
      });
    } catch (error) {
      throw failure(error);
    }
    linkProgress++;
    if (!response.ok) throw new HttpStatusError(path, response.status);
    try {
      return await read(withProgress(response));
    } catch (error) {
      throw failure(error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** The response with its body counted into `linkProgress` chunk by chunk as it is read. */
function withProgress(response: Response): Response {
  if (!response.body) return response;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, stream) {
        linkProgress++;
        stream.enqueue(chunk);
      },
    }),
  );
  return new Response(counted, { status: response.status, headers: response.headers });
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidJsonError(path, { cause: error });
  }
}

function checkVersion(path: string, body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidJsonError(path);
  }
  const version: unknown = (body as { version?: unknown }).version;
  if (version !== BUNDLE_VERSION) throw new VersionMismatchError(path, BUNDLE_VERSION, version);
}
