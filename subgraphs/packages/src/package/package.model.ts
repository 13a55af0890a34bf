import type { PackageRow } from '@clearpath/core';

export type { PackageStatus } from '@clearpath/core';

export const SERVICE_LEVELS = ['EXPRESS', 'STANDARD', 'ECONOMY'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** A page of packages; totalCount is resolved only when a client selects it (it costs a count query). */
export interface PackageConnectionModel {
  edges: { node: PackageRow; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** The count totalCount and totalCountEstimated report; memoized per kind, so asking both runs one query. */
  count: (exact: boolean) => Promise<{ count: number; estimated: boolean }>;
}
