import type { Random } from './random.js';
import type { VrptwInstance } from './instance.model.js';
import type { SearchClock } from './search.clock.js';
import type { SearchParams } from './search.params.js';

/** What every phase of one solve shares: the instance, one random stream, the tunables and the budget clock. */
export interface SearchContext {
  inst: VrptwInstance;
  rng: Random;
  params: SearchParams;
  clock: SearchClock;
}
