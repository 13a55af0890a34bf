import { RoutingInputError } from './routing-input.error.js';
import type { CustomerId, VrptwProblem } from './vrptw.types.js';

/** Mean Earth radius (IUGG), the value the rest of ClearPath uses. */
const EARTH_RADIUS_KM = 6371.0088;

export interface GeoStop {
  id: CustomerId;
  lat: number;
  lon: number;
  demand: number;
  /** Minutes, on the same clock as the depot window. */
  readyTime: number;
  dueTime: number;
  serviceTime: number;
}

export interface GeoProblemInput {
  depot: { lat: number; lon: number; readyTime: number; dueTime: number };
  vehicles: { count: number; capacity: number };
  stops: GeoStop[];
  speedKmh: number;
}

export interface GeoProblem {
  /** Coordinates are in minutes of driving, so solver distances and times are minutes. */
  problem: VrptwProblem;
  /** Multiply a solver distance by this to get kilometres. */
  kmPerUnit: number;
}

/**
 * Equirectangular projection around the depot latitude: accurate to well under 1 % over a city or
 * region, which is far below the error of assuming a constant speed anyway.
 */
export function buildGeoProblem(input: GeoProblemInput): GeoProblem {
  if (!(input.speedKmh > 0) || !Number.isFinite(input.speedKmh)) {
    throw new RoutingInputError('INVALID_INPUT', `speedKmh must be a positive finite number (got ${input.speedKmh})`);
  }
  const minutesPerKm = 60 / input.speedKmh;
  const cosLat = Math.cos((input.depot.lat * Math.PI) / 180);
  const project = (lat: number, lon: number): { x: number; y: number } => ({
    x: ((lon * Math.PI) / 180) * cosLat * EARTH_RADIUS_KM * minutesPerKm,
    y: ((lat * Math.PI) / 180) * EARTH_RADIUS_KM * minutesPerKm,
  });
  const depot = project(input.depot.lat, input.depot.lon);
  return {
    problem: {
      depot: { ...depot, readyTime: input.depot.readyTime, dueTime: input.depot.dueTime },
      vehicles: { ...input.vehicles },
      customers: input.stops.map((s) => ({
        id: s.id,
        ...project(s.lat, s.lon),
        demand: s.demand,
        readyTime: s.readyTime,
        dueTime: s.dueTime,
        serviceTime: s.serviceTime,
      })),
    },
    kmPerUnit: 1 / minutesPerKm,
  };
}
