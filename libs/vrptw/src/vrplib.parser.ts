import { RoutingInputError } from './routing-input.error.js';
import type { VrptwCustomer, VrptwProblem, VrptwRounding } from './vrptw.types.js';

export interface VrplibInstance {
  name: string;
  problem: VrptwProblem;
}

const SECTIONS = ['NODE_COORD_SECTION', 'DEMAND_SECTION', 'TIME_WINDOW_SECTION', 'SERVICE_TIME_SECTION', 'DEPOT_SECTION'] as const;
type Section = (typeof SECTIONS)[number];

function fail(message: string): never {
  throw new RoutingInputError('INVALID_INPUT', message);
}

/**
 * Parses a VRPTW instance in VRPLIB format (as in CVRPLIB and PyVRP's instance sets): `KEY : value`
 * headers, then id-keyed sections. Only EUC_2D and one depot are supported. Service time comes from
 * SERVICE_TIME_SECTION or the SERVICE_TIME header (customers only; the depot's is 0), the fleet from the
 * VEHICLES header (one per customer when absent). Customer ids are the VRPLIB node numbers. The file
 * does not say how distances are rounded: benchmark sets state it (the Gehring & Homberger set uses the
 * DIMACS convention), so the caller passes it.
 */
export function parseVrplib(text: string, options: { rounding?: VrptwRounding } = {}): VrplibInstance {
  const headers = new Map<string, string>();
  const rows = new Map<Section, number[][]>();
  let section: Section | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line === 'EOF') return;
    if ((SECTIONS as readonly string[]).includes(line)) {
      section = line as Section;
      rows.set(section, []);
      return;
    }
    const header = /^([A-Z_]+)\s*:\s*(.*)$/.exec(line);
    if (header) {
      headers.set(header[1]!, header[2]!.trim());
      section = undefined;
      return;
    }
    if (/^[A-Z_]+$/.test(line)) fail(`line ${index + 1}: unsupported section ${line}`);
    if (section === undefined) fail(`line ${index + 1}: data outside a section`);
    const values = line.split(/\s+/).map(Number);
    if (values.some((v) => !Number.isFinite(v))) fail(`line ${index + 1}: expected numbers, got "${line}"`);
    rows.get(section)!.push(values);
  });

  const type = headers.get('TYPE');
  if (type !== undefined && type !== 'VRPTW' && type !== 'CVRPTW') fail(`TYPE ${type} is not supported (VRPTW only)`);
  const edges = headers.get('EDGE_WEIGHT_TYPE');
  if (edges !== 'EUC_2D') fail(`EDGE_WEIGHT_TYPE ${edges ?? '(missing)'} is not supported (EUC_2D only)`);
  const capacity = numberHeader(headers, 'CAPACITY');
  const dimension = numberHeader(headers, 'DIMENSION');

  const byId = (name: Section, width: number, required: boolean): Map<number, number[]> => {
    const list = rows.get(name);
    if (list === undefined) {
      if (required) fail(`missing ${name}`);
      return new Map();
    }
    const map = new Map<number, number[]>();
    for (const r of list) {
      if (r.length !== width) fail(`${name}: expected ${width} numbers per row, got ${r.length}`);
      if (map.has(r[0]!)) fail(`${name}: node ${r[0]} listed twice`);
      map.set(r[0]!, r.slice(1));
    }
    return map;
  };
  const coords = byId('NODE_COORD_SECTION', 3, true);
  const demands = byId('DEMAND_SECTION', 2, true);
  const windows = byId('TIME_WINDOW_SECTION', 3, true);
  const services = byId('SERVICE_TIME_SECTION', 2, false);
  if (coords.size !== dimension) fail(`DIMENSION is ${dimension} but NODE_COORD_SECTION lists ${coords.size} nodes`);
  const depots = (rows.get('DEPOT_SECTION') ?? []).flat().filter((id) => id !== -1);
  if (depots.length !== 1) fail(`expected exactly one depot in DEPOT_SECTION, got ${depots.length}`);
  const depotId = depots[0]!;
  const serviceHeader = headers.has('SERVICE_TIME') ? numberHeader(headers, 'SERVICE_TIME') : 0;

  const node = (id: number) => {
    const xy = coords.get(id);
    const window = windows.get(id);
    const demand = demands.get(id);
    if (xy === undefined || window === undefined || demand === undefined) fail(`node ${id} lacks coordinates, demand or time window`);
    return { x: xy[0]!, y: xy[1]!, readyTime: window[0]!, dueTime: window[1]!, demand: demand[0]! };
  };
  const depot = node(depotId);
  const customers: VrptwCustomer[] = [...coords.keys()]
    .filter((id) => id !== depotId)
    .map((id) => ({ id, ...node(id), serviceTime: services.get(id)?.[0] ?? serviceHeader }));
  const count = headers.has('VEHICLES') ? numberHeader(headers, 'VEHICLES') : Math.max(1, customers.length);
  return {
    name: headers.get('NAME') ?? '',
    problem: {
      depot: { x: depot.x, y: depot.y, readyTime: depot.readyTime, dueTime: depot.dueTime },
      vehicles: { count, capacity },
      customers,
      rounding: options.rounding ?? 'none',
    },
  };
}

function numberHeader(headers: Map<string, string>, key: string): number {
  const raw = headers.get(key);
  if (raw === undefined) fail(`missing ${key}`);
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) fail(`${key} must be a number (got "${raw}")`);
  return value;
}
