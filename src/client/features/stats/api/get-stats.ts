import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths } from '../../../../domain/bundle/bundle';
import type {
  MonthCountsFile,
  PlaceCountsFile,
  TopicMonthsFile,
} from '../../../../domain/bundle/stats-files';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

/** The three count files, each one read (`data/stats/…`); docs/map-timeline.md. */
const statsFiles = {
  places: bundlePaths.statsPlaces,
  months: bundlePaths.statsMonths,
  topics: bundlePaths.statsTopics,
} as const;

interface StatsFiles {
  places: PlaceCountsFile;
  months: MonthCountsFile;
  topics: TopicMonthsFile;
}

export function getStats<K extends keyof StatsFiles>(
  name: K,
  { signal }: { signal?: AbortSignal } = {},
): Promise<StatsFiles[K]> {
  return fetchBundleFile<StatsFiles[K]>(statsFiles[name](), { signal });
}

export function statsQueryOptions<K extends keyof StatsFiles>(name: K) {
  return queryOptions({
    queryKey: ['stats', name],
    queryFn: ({ signal }) => getStats(name, { signal }),
  });
}

/** Articles per province and the places below it (the map). */
export const usePlaceCounts = () => useQuery(statsQueryOptions('places'));

/** Articles per month (the home timeline). */
export const useMonthCounts = () => useQuery(statsQueryOptions('months'));

/** Each topic's last 24 months (sparklines). */
export const useTopicMonths = () => useQuery(statsQueryOptions('topics'));
