// The shared vocabulary; each area has its own entry point (`@clearpath/analysis/eta`, `/detection`, ...).
export type * from './timeline.types.js';
