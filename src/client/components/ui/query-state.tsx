import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeError } from '../../lib/describe-error';
import { isNotFoundError, VersionMismatchError } from '../../lib/fetch-bundle-file';
import { useReloadPage } from '../../lib/service-worker/offline-support';
import { ErrorState } from './error-state';
import { Loading } from './loading';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loadingLabel: string;
  errorTitle: string;
  errorTitleAs?: 'h1' | 'h2' | 'h3' | 'p';
  /** What a missing file means here; without it a 404 is shown as an error like any other. */
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}

/** One place for the loading and error states, so that no view is ever left blank. */
export function QueryState<T>({
  query,
  loadingLabel,
  errorTitle,
  errorTitleAs,
  notFound,
  children,
}: QueryStateProps<T>) {
  const reloadPage = useReloadPage();
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) {
    if (notFound !== undefined && isNotFoundError(query.error)) return notFound;
    // Fetching again cannot fix a version mismatch: the page itself is out of date.
    const stale = query.error instanceof VersionMismatchError;
    return (
      <ErrorState
        title={errorTitle}
        titleAs={errorTitleAs}
        message={describeError(query.error)}
        onRetry={stale ? reloadPage : () => void query.refetch()}
        retryLabel={stale ? '刷新页面' : '重试'}
        retrying={query.isFetching}
      />
    );
  }
  return children(query.data);
}
