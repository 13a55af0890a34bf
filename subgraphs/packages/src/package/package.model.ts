export const PACKAGE_STATUSES = [
  'INFO_RECEIVED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'FAILED_ATTEMPT',
  'AVAILABLE_FOR_PICKUP',
  'DELIVERED',
  'EXCEPTION',
  'RETURNED',
  'CANCELLED',
] as const;

export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const SERVICE_LEVELS = ['EXPRESS', 'STANDARD', 'ECONOMY'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export function isPackageStatus(value: string): value is PackageStatus {
  return (PACKAGE_STATUSES as readonly string[]).includes(value);
}


/** A page of packages; totalCount is resolved only when a client selects it (it costs a count query). */
export interface PackageConnectionModel {
  edges: { node: import('@clearpath/core').PackageRow; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  count: () => Promise<number>;
}
