import { RoutingInputError } from './routing-input.error.js';
import type { VrptwProblem } from './vrptw.types.js';

/** Absorbs float noise so a schedule that is exactly on time is not reported late. */
export const TIME_EPSILON = 1e-9;

function requireFinite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RoutingInputError('INVALID_INPUT', `${what} must be a finite number (got ${String(value)})`);
  }
  return value;
}

function requireNonNegative(value: unknown, what: string): number {
  const n = requireFinite(value, what);
  if (n < 0) throw new RoutingInputError('INVALID_INPUT', `${what} must be >= 0 (got ${n})`);
  return n;
}

/**
 * Rejects problems that no plan can serve, one customer at a time, so the solver can assume that
 * every customer fits a dedicated depot-customer-depot route (its search relies on that).
 */
export function validateVrptwProblem(problem: VrptwProblem): void {
  if (typeof problem !== 'object' || problem === null) {
    throw new RoutingInputError('INVALID_INPUT', 'problem must be an object');
  }
  const { depot, vehicles, customers, rounding = 'none' } = problem;
  if (rounding !== 'none' && rounding !== 'dimacs') {
    throw new RoutingInputError('INVALID_INPUT', `rounding must be "none" or "dimacs" (got ${String(rounding)})`);
  }
  if (typeof depot !== 'object' || depot === null) throw new RoutingInputError('INVALID_INPUT', 'depot is required');
  if (typeof vehicles !== 'object' || vehicles === null) throw new RoutingInputError('INVALID_INPUT', 'vehicles is required');
  if (!Array.isArray(customers)) throw new RoutingInputError('INVALID_INPUT', 'customers must be an array');

  const count = requireFinite(vehicles.count, 'vehicles.count');
  if (!Number.isInteger(count) || count < 1) {
    throw new RoutingInputError('INVALID_INPUT', `vehicles.count must be a positive integer (got ${count})`);
  }
  const capacity = requireFinite(vehicles.capacity, 'vehicles.capacity');
  if (capacity <= 0) throw new RoutingInputError('INVALID_INPUT', `vehicles.capacity must be > 0 (got ${capacity})`);

  const dx = requireFinite(depot.x, 'depot.x');
  const dy = requireFinite(depot.y, 'depot.y');
  const open = requireFinite(depot.readyTime, 'depot.readyTime');
  const close = requireFinite(depot.dueTime, 'depot.dueTime');
  if (open > close) {
    throw new RoutingInputError('EMPTY_TIME_WINDOW', `depot time window is empty (ready ${open} > due ${close})`);
  }

  const seen = new Set<number | string>();
  customers.forEach((c, index) => {
    const label = `customers[${index}]`;
    if (typeof c !== 'object' || c === null) throw new RoutingInputError('INVALID_INPUT', `${label} must be an object`);
    if ((typeof c.id !== 'number' || !Number.isFinite(c.id)) && typeof c.id !== 'string') {
      throw new RoutingInputError('INVALID_INPUT', `${label}.id must be a finite number or a string`);
    }
    if (seen.has(c.id)) throw new RoutingInputError('INVALID_INPUT', `duplicate customer id ${String(c.id)}`, c.id);
    seen.add(c.id);
    const x = requireFinite(c.x, `${label}.x`);
    const y = requireFinite(c.y, `${label}.y`);
    const demand = requireNonNegative(c.demand, `${label}.demand`);
    const service = requireNonNegative(c.serviceTime, `${label}.serviceTime`);
    const ready = requireFinite(c.readyTime, `${label}.readyTime`);
    const due = requireFinite(c.dueTime, `${label}.dueTime`);

    if (demand > capacity) {
      throw new RoutingInputError(
        'DEMAND_EXCEEDS_CAPACITY',
        `customer ${String(c.id)} demand ${demand} exceeds vehicle capacity ${capacity}`,
        c.id,
      );
    }
    if (ready > due) {
      throw new RoutingInputError('EMPTY_TIME_WINDOW', `customer ${String(c.id)} time window is empty (ready ${ready} > due ${due})`, c.id);
    }
    const exact = Math.sqrt((x - dx) ** 2 + (y - dy) ** 2);
    const leg = rounding === 'dimacs' ? Math.floor(exact * 10) / 10 : exact;
    const earliestStart = Math.max(ready, open + leg);
    if (earliestStart > due + TIME_EPSILON) {
      throw new RoutingInputError(
        'UNREACHABLE_TIME_WINDOW',
        `customer ${String(c.id)} cannot be reached before its due time ${due} even directly from the depot (earliest arrival ${earliestStart})`,
        c.id,
      );
    }
    if (earliestStart + service + leg > close + TIME_EPSILON) {
      throw new RoutingInputError(
        'UNREACHABLE_TIME_WINDOW',
        `customer ${String(c.id)} cannot be served and returned to the depot before it closes at ${close}`,
        c.id,
      );
    }
  });
}
