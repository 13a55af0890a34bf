export type SortField = 'CREATED_AT' | 'UPDATED_AT' | 'TRACKING_NUMBER';
export type SortDirection = 'ASC' | 'DESC';

export const SORT_COLUMN = {
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
  TRACKING_NUMBER: 'tracking_number',
} as const;
