import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RoutingInputError } from './routing-input.error.js';
import { checkSolution } from './solution.checker.js';
import { parseVrplib } from './vrplib.parser.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

/** The .sol file numbers customers from 1 with the depot as 0: VRPLIB node id minus one. */
function readSolution(text: string): { routes: number[][]; cost: number } {
  const routes = [...text.matchAll(/^Route #\d+:(.*)$/gm)].map((m) => m[1]!.trim().split(/\s+/).map((v) => Number(v) + 1));
  return { routes, cost: Number(/^Cost\s+(\S+)/m.exec(text)?.[1]) };
}

const TINY = `NAME : tiny
TYPE : VRPTW
DIMENSION : 3
VEHICLES : 2
CAPACITY : 10
SERVICE_TIME : 5
EDGE_WEIGHT_TYPE : EUC_2D
NODE_COORD_SECTION
1 0 0
2 3 4
3 0 7
DEMAND_SECTION
1 0
2 4
3 6
TIME_WINDOW_SECTION
1 0 100
2 0 50
3 10 60
DEPOT_SECTION
1
-1
EOF
`;

describe('parseVrplib', () => {
  it('reads headers, sections, the header service time and the depot', () => {
    const { name, problem } = parseVrplib(TINY);
    expect(name).toBe('tiny');
    expect(problem.vehicles).toEqual({ count: 2, capacity: 10 });
    expect(problem.depot).toEqual({ x: 0, y: 0, readyTime: 0, dueTime: 100 });
    expect(problem.customers).toEqual([
      { id: 2, x: 3, y: 4, demand: 4, readyTime: 0, dueTime: 50, serviceTime: 5 },
      { id: 3, x: 0, y: 7, demand: 6, readyTime: 10, dueTime: 60, serviceTime: 5 },
    ]);
    expect(problem.rounding).toBe('none');
  });

  it('prefers SERVICE_TIME_SECTION over the header', () => {
    const text = TINY.replace('DEPOT_SECTION', 'SERVICE_TIME_SECTION\n1 0\n2 7\n3 8\nDEPOT_SECTION');
    expect(parseVrplib(text).problem.customers.map((c) => c.serviceTime)).toEqual([7, 8]);
  });

  it('reproduces the best-known cost of Gehring & Homberger RC2_10_1 only under DIMACS rounding', () => {
    const { problem } = parseVrplib(fixture('RC2_10_1.vrp'), { rounding: 'dimacs' });
    expect(problem.customers).toHaveLength(1000);
    expect(problem.vehicles).toEqual({ count: 250, capacity: 1000 });
    const bks = readSolution(fixture('RC2_10_1.sol'));
    const check = checkSolution(problem, bks);
    expect(check.violations).toEqual([]);
    expect(check.distance).toBeCloseTo(28122.6, 6);
    expect(bks.cost).toBe(28122.6);
    // Unrounded, the same routes are longer: the convention matters for the gap.
    expect(checkSolution({ ...problem, rounding: 'none' }, bks).distance).toBeGreaterThan(28122.6 + 10);
  });

  it.each([
    ['an unsupported edge type', TINY.replace('EUC_2D', 'EXPLICIT'), /EDGE_WEIGHT_TYPE EXPLICIT/],
    ['a missing section', TINY.replace(/TIME_WINDOW_SECTION[\s\S]*?DEPOT/, 'DEPOT'), /missing TIME_WINDOW_SECTION/],
    ['two depots', TINY.replace('1\n-1', '1\n2\n-1'), /exactly one depot/],
    ['a wrong dimension', TINY.replace('DIMENSION : 3', 'DIMENSION : 4'), /DIMENSION is 4/],
    ['a non-numeric row', TINY.replace('2 3 4', '2 3 x'), /expected numbers/],
    ['a missing capacity', TINY.replace('CAPACITY : 10\n', ''), /missing CAPACITY/],
  ])('rejects %s with INVALID_INPUT', (_, text, message) => {
    expect(() => parseVrplib(text)).toThrow(message);
    expect(() => parseVrplib(text)).toThrow(RoutingInputError);
  });
});
