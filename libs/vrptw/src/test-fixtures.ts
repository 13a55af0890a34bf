import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSolomon } from './solomon.parser.js';
import type { VrptwProblem } from './vrptw.types.js';

export function loadC101(): VrptwProblem {
  const file = fileURLToPath(new URL('./fixtures/C101.txt', import.meta.url));
  return parseSolomon(readFileSync(file, 'utf8')).problem;
}

/** The classic "C101.25" sub-instance: the first 25 customers of C101 with the original depot and fleet. */
export function c101First25(): VrptwProblem {
  const full = loadC101();
  return { ...full, customers: full.customers.slice(0, 25) };
}

/** Three customers on a line east of the depot; small enough to reason about by hand. */
export function tinyProblem(): VrptwProblem {
  return {
    depot: { x: 0, y: 0, readyTime: 0, dueTime: 100 },
    vehicles: { count: 2, capacity: 10 },
    customers: [
      { id: 1, x: 10, y: 0, demand: 4, readyTime: 0, dueTime: 50, serviceTime: 5 },
      { id: 2, x: 20, y: 0, demand: 4, readyTime: 20, dueTime: 40, serviceTime: 5 },
      { id: 3, x: 30, y: 0, demand: 4, readyTime: 0, dueTime: 60, serviceTime: 5 },
    ],
  };
}
