export { EARTH_RADIUS_KM, greatCircleKm, hasCoordinates, nearestFacility } from './geo.js';
export { quantile } from './quantile.js';
export { SeededRandom, hashSeed } from './seeded-random.js';
export { DAY_MS, HOUR_MS, hoursBetween } from './time.js';
export { problemReason, reasonOf } from './event-reason.js';
