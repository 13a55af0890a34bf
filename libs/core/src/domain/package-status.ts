/** Normalized package statuses (ARCHITECTURE §3). */
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

export function isPackageStatus(value: string): value is PackageStatus {
  return (PACKAGE_STATUSES as readonly string[]).includes(value);
}

/** Statuses after which a package is no longer moving. */
export const TERMINAL_STATUSES: ReadonlySet<PackageStatus> = new Set(['DELIVERED', 'RETURNED', 'CANCELLED']);
