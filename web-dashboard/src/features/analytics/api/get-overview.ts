import { AnalyticsOverview } from '@codepool/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, query } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getOverviewResponse = AnalyticsOverview;

export function getOverview(days: number, signal?: AbortSignal) {
  return apiRequest(`/analytics/overview${query({ days })}`, getOverviewResponse, { signal });
}

export function useOverview(days: number) {
  return useQuery({
    queryKey: [...queryKeys.analytics, days],
    queryFn: ({ signal }) => getOverview(days, signal),
    placeholderData: keepPreviousData,
  });
}
