import { RoutingInputError } from './routing-input.error.js';
import type { VrptwCustomer, VrptwProblem } from './vrptw.types.js';

export interface SolomonInstance {
  name: string;
  problem: VrptwProblem;
}

const NUMBER_ROW = /^\s*-?\d+(\.\d+)?(\s+-?\d+(\.\d+)?)*\s*$/;

/**
 * Parses the Solomon / Gehring-Homberger text layout. Headers vary between distributions
 * (spacing, CRLF, blank lines), so the parser keys on the rows of numbers rather than on columns:
 * the first 2-number row is "vehicle count, capacity", the 7-number rows are nodes, the first one the depot.
 */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/);
  const name = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  let fleet: { count: number; capacity: number } | undefined;
  const rows: number[][] = [];
  lines.forEach((line, index) => {
    if (!NUMBER_ROW.test(line)) return;
    const values = line.trim().split(/\s+/).map(Number);
    if (values.length === 2 && fleet === undefined && rows.length === 0) {
      fleet = { count: values[0] ?? 0, capacity: values[1] ?? 0 };
    } else if (values.length === 7) {
      rows.push(values);
    } else {
      throw new RoutingInputError('INVALID_INPUT', `line ${index + 1}: expected 7 numbers per node row, got ${values.length}`);
    }
  });
  if (fleet === undefined) throw new RoutingInputError('INVALID_INPUT', 'missing VEHICLE NUMBER / CAPACITY row');
  const [depotRow, ...customerRows] = rows;
  if (depotRow === undefined) throw new RoutingInputError('INVALID_INPUT', 'no depot row (node 0) found');

  const [, x, y, , readyTime, dueTime] = depotRow as [number, number, number, number, number, number, number];
  const customers: VrptwCustomer[] = customerRows.map((r) => {
    const [id, cx, cy, demand, ready, due, service] = r as [number, number, number, number, number, number, number];
    return { id, x: cx, y: cy, demand, readyTime: ready, dueTime: due, serviceTime: service };
  });
  return { name, problem: { depot: { x, y, readyTime, dueTime }, vehicles: fleet, customers } };
}
