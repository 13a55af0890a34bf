import { AnomalyState, AnomalyType, PackageStatus } from '../__generated__/graphql';

/** Filter choices, straight from the schema's enums. */
export const PACKAGE_STATUSES = Object.values(PackageStatus);
export const ANOMALY_TYPES = Object.values(AnomalyType);
export const ANOMALY_STATES = Object.values(AnomalyState);

/** Statuses a package can still move out of (the map shows these). */
export const ACTIVE_STATUSES: PackageStatus[] = ['INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT', 'AVAILABLE_FOR_PICKUP', 'EXCEPTION'];
