import { describe, expect, it } from 'vitest';
import { buildInstance } from './instance.model.js';
import { Random } from './random.js';
import { recreate } from './recreate.js';
import { ruinStrings } from './ruin.js';
import { DEFAULT_SEARCH_PARAMS } from './search.params.js';
import { RoutesSnapshot, Solution } from './solution.state.js';
import { c101First25 } from './test-fixtures.js';

describe('RoutesSnapshot', () => {
  it('undoes an in-place ruin and a recreate that could not place everyone', () => {
    const inst = buildInstance(c101First25());
    const rng = new Random(5);
    const sol = new Solution(inst.size);
    recreate(inst, sol, Array.from({ length: 25 }, (_, i) => i + 1), rng, { blinkRate: 0, maxRoutes: Infinity, nearRoutes: Infinity });
    const reference = sol.clone();
    const snapshot = RoutesSnapshot.of(sol);
    let failedOnce = false;
    for (let k = 0; k < 50 && !failedOnce; k++) {
      const removed = ruinStrings(inst, sol, rng, DEFAULT_SEARCH_PARAMS.distanceRuin);
      // One route fewer than before the ruin: some customers usually fit nowhere.
      const failed = recreate(inst, sol, removed, rng, { blinkRate: 0, maxRoutes: reference.routes.length - 1, nearRoutes: Infinity });
      failedOnce = failed.length > 0;
      snapshot.restore(sol);
    }
    expect(failedOnce).toBe(true);
    expect(sol.routes.map((r) => r.nodes)).toEqual(reference.routes.map((r) => r.nodes));
    sol.routes.forEach((r, i) => {
      const ref = reference.routes[i]!;
      expect([r.load, r.distance, r.early, r.late, r.edge]).toEqual([ref.load, ref.distance, ref.early, ref.late, ref.edge]);
    });
    for (let v = 1; v < inst.size; v++) expect(sol.routeOf[v]).toBe(sol.routes.find((r) => r.nodes.includes(v)));
  });
});
