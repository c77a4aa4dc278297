import { BundleFileError } from './fetch-bundle-file';

/** A sentence a reader can act on; unexpected errors get a generic one rather than a stack. */
export function describeError(error: unknown): string {
  if (error instanceof BundleFileError) return error.message;
  return '发生了意外错误，请重试。';
}
