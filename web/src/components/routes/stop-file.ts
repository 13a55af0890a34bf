import { parseSolomon, parseVrplib, type VrptwProblem } from '@clearpath/vrptw';
import type { DeliveryStopInput } from '../../__generated__/graphql';

/** Benchmark files measure distance and time in one unit; read as km at 60 km/h, a unit is a minute of driving either way. */
export const FILE_SPEED_KMH = 60;
const KM_PER_DEGREE = 111.32;
const MINUTE_MS = 60_000;

/** An uploaded instance placed around the chosen depot, ready for planDeliveryRoutes. */
export interface FileStops {
  name: string;
  format: 'Solomon' | 'VRPLIB';
  stops: DeliveryStopInput[];
  fleet: { count: number; capacity: number };
  /** The depot's closing time: the end of the working day. */
  endAt: string;
}

/** VRPLIB has KEY : value headers and named sections; anything else is read as the Solomon layout. */
function parse(text: string): { name: string; format: FileStops['format']; problem: VrptwProblem } {
  if (/^\s*NODE_COORD_SECTION\s*$/m.test(text)) return { ...parseVrplib(text), format: 'VRPLIB' };
  return { ...parseSolomon(text), format: 'Solomon' };
}

/**
 * Reads a Solomon or VRPLIB file (libs/vrptw's readers) and puts its plane on the map: the file's depot at
 * the chosen one, one coordinate unit a kilometre east or north, its times as minutes after startAt.
 * Throws the reader's message for a malformed file.
 */
export function stopsFromFile(text: string, depot: { lat: number; lon: number }, startAt: Date): FileStops {
  const { name, format, problem } = parse(text);
  const start = startAt.getTime();
  const cosLat = Math.cos((depot.lat * Math.PI) / 180);
  const at = (minutes: number) => new Date(start + minutes * MINUTE_MS).toISOString();
  const stops = problem.customers.map((c) => ({
    id: String(c.id),
    lat: depot.lat + (c.y - problem.depot.y) / KM_PER_DEGREE,
    lon: depot.lon + (c.x - problem.depot.x) / (KM_PER_DEGREE * cosLat),
    demand: c.demand,
    serviceMinutes: c.serviceTime,
    windowStart: at(c.readyTime),
    windowEnd: at(c.dueTime),
  }));
  return { name: name || 'uploaded file', format, stops, fleet: { ...problem.vehicles }, endAt: at(problem.depot.dueTime) };
}
