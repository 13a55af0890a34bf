/**
 * Planted situations, one builder per labeled root cause (and NONE_FOUND controls). Each draws its own
 * variant, phrase, code and age, so the suite covers feeds that state the reason in a known code, in an
 * unknown code with words, or in words alone.
 */
import type { SeededRandom } from '../../common/seeded-random.js';
import { greatCircleKm } from '../../common/geo.js';
import type { RootCause } from '../../investigation/investigation.types.js';
import type { FacilityNode, PackageHistory, PackageStatus } from '../../timeline.types.js';
import { PHRASES, type PhraseKind } from './phrases.js';
import { facilityAt, plant, type PlantedEvent, type Template } from './templates.js';

const HOUR = 3_600_000;

export interface PlantContext {
  random: SeededRandom;
  now: Date;
  templates: readonly Template[];
  facilities: ReadonlyMap<string, FacilityNode>;
  /** Facilities single-cause situations keep away from (the congested one): there the primary cause is defined by a combination. */
  avoid: ReadonlySet<string>;
  /** The facility's p95 turnaround in the learned history (hours), to plant stays just under "too long". */
  turnaroundP95(code: string): number;
  nextId(): string;
}

export interface Situation {
  pkg: PackageHistory;
  label: RootCause;
  /** Which variant was planted (for the per-variant breakdown when a cause is missed). */
  variant: string;
}

const ago = (ctx: PlantContext, minHours: number, maxHours: number): Date =>
  new Date(ctx.now.getTime() - (minHours + ctx.random.next() * (maxHours - minHours)) * HOUR);
const phrase = (ctx: PlantContext, kind: PhraseKind): string => ctx.random.pick(PHRASES[kind]);
/** Known code, a code no table knows, or none: feeds do all three. */
const code = (ctx: PlantContext, known: string): string | null => ctx.random.pick([known, `Z${ctx.random.int(10, 99)}`, null]);
/** A template and a facility it passes on its way (not the delivering one, not an avoided one), as an arrival index. */
function onTheWay(ctx: PlantContext): { t: Template; i: number } {
  for (let attempt = 0; ; attempt++) {
    const t = ctx.random.pick(ctx.templates);
    const clear = t.arrivals.slice(0, -1).filter((i) => !ctx.avoid.has(t.pkg.events[i]?.facilityCode ?? ''));
    if (clear.length > 0) return { t, i: ctx.random.pick(clear) };
    if (attempt > 200) throw new Error('no template passes a facility outside the avoided ones');
  }
}
const delivering = (ctx: PlantContext, t: Template): FacilityNode => facilityAt(t, t.arrivals[t.arrivals.length - 1] ?? 0, ctx.facilities);
const door = (t: Template): { lat: number; lon: number } | undefined => t.pkg.destination ?? undefined;

function event(status: PackageStatus, carrierCode: string | null, description: string | null, facility: FacilityNode | null, afterHours: number): PlantedEvent {
  return { status, carrierCode, description, facility, afterHours };
}

type Builder = (ctx: PlantContext) => Situation;

/** A held-at-facility exception of one kind at a facility on the way. */
function exceptionAtFacility(label: RootCause, kind: PhraseKind, knownCode: string, maxAgeHours: number): Builder {
  return (ctx) => {
    const { t, i } = onTheWay(ctx);
    const here = facilityAt(t, i, ctx.facilities);
    // A vague text under a normal status is no visible exception at all: only the EXCEPTION status says one.
    const status: PackageStatus = kind === 'vague' || ctx.random.chance(0.75) ? 'EXCEPTION' : 'IN_TRANSIT';
    const planted = [event(status, code(ctx, knownCode), phrase(ctx, kind), here, 0.5 + ctx.random.next() * 3)];
    return { pkg: plant(t, ctx.nextId(), i, planted, ago(ctx, 2, maxAgeHours)), label, variant: `${kind}/${status}` };
  };
}

export const BUILDERS: Readonly<Record<Exclude<RootCause, 'FACILITY_CONGESTION'>, Builder>> = {
  NONE_FOUND: (ctx) => {
    const t = ctx.random.pick(ctx.templates);
    const variant = ctx.random.pick(['moving', 'one-attempt', 'customs-released', 'slow'] as const);
    if (variant === 'one-attempt') {
      // One missed delivery is everyday business: the next attempt is due, nothing to investigate.
      const attempt: PlantedEvent = { ...event('FAILED_ATTEMPT', ctx.random.pick(['NH', null]), phrase(ctx, 'recipient'), null, 3), location: door(t) };
      return { pkg: plant(t, ctx.nextId(), t.outForDelivery, [attempt], ago(ctx, 1, 10)), label: 'NONE_FOUND', variant };
    }
    if (variant === 'customs-released') {
      const { t, i } = onTheWay(ctx);
      const here = facilityAt(t, i, ctx.facilities);
      const planted = [
        event('EXCEPTION', code(ctx, 'CUSTOMS_HOLD'), phrase(ctx, 'customs'), here, 1),
        event('IN_TRANSIT', ctx.random.pick(['CC', null]), phrase(ctx, 'released'), here, 4 + ctx.random.next() * 12),
      ];
      return { pkg: plant(t, ctx.nextId(), i, planted, ago(ctx, 0.3, 2)), label: 'NONE_FOUND', variant };
    }
    const way = onTheWay(ctx);
    if (variant === 'slow') {
      // Slow but normal: still within the facility's usual p95 stay (the hard control).
      const p95 = ctx.turnaroundP95(way.t.pkg.events[way.i]?.facilityCode ?? '');
      return { pkg: plant(way.t, ctx.nextId(), way.i, [], ago(ctx, 0.6 * p95, 0.95 * p95)), label: 'NONE_FOUND', variant };
    }
    return { pkg: plant(way.t, ctx.nextId(), way.i, [], ago(ctx, 0.3, 3)), label: 'NONE_FOUND', variant };
  },

  CUSTOMS: exceptionAtFacility('CUSTOMS', 'customs', 'CUSTOMS_HOLD', 48),
  WEATHER: exceptionAtFacility('WEATHER', 'weather', 'WEATHER_DELAY', 36),

  CARRIER_EXCEPTION: (ctx) => {
    const kind = ctx.random.pick(['damaged', 'vague'] as const);
    return exceptionAtFacility('CARRIER_EXCEPTION', kind, kind === 'damaged' ? 'DAMAGED' : 'EX', 36)(ctx);
  },

  ADDRESS_PROBLEM: (ctx) => {
    const t = ctx.random.pick(ctx.templates);
    const atDoor = ctx.random.chance(0.7);
    const planted: PlantedEvent = atDoor
      ? { ...event('FAILED_ATTEMPT', code(ctx, 'ADDRESS_ISSUE'), phrase(ctx, 'address'), null, 2 + ctx.random.next() * 4), location: door(t) }
      : event('EXCEPTION', code(ctx, 'ADDRESS_ISSUE'), phrase(ctx, 'address'), delivering(ctx, t), 2 + ctx.random.next() * 4);
    return { pkg: plant(t, ctx.nextId(), t.outForDelivery, [planted], ago(ctx, 1, 40)), label: 'ADDRESS_PROBLEM', variant: atDoor ? 'failed-attempt' : 'exception' };
  },

  RECIPIENT_UNAVAILABLE: (ctx) => {
    const t = ctx.random.pick(ctx.templates);
    const attempt = (): PlantedEvent => ({ ...event('FAILED_ATTEMPT', code(ctx, 'NH'), phrase(ctx, 'recipient'), null, 3), location: door(t) });
    const planted = [attempt(), event('OUT_FOR_DELIVERY', 'OUT_FOR_DELIVERY', null, delivering(ctx, t), 14 + ctx.random.next() * 10), attempt()];
    return { pkg: plant(t, ctx.nextId(), t.outForDelivery, planted, ago(ctx, 1, 30)), label: 'RECIPIENT_UNAVAILABLE', variant: 'two-attempts' };
  },

  PROBABLE_LOSS: (ctx) => {
    const { t, i } = onTheWay(ctx);
    if (ctx.random.chance(0.3)) {
      const planted = [event('EXCEPTION', code(ctx, 'LOST'), phrase(ctx, 'lost'), facilityAt(t, i, ctx.facilities), 2)];
      return { pkg: plant(t, ctx.nextId(), i, planted, ago(ctx, 2, 72)), label: 'PROBABLE_LOSS', variant: 'reported-lost' };
    }
    // Silent past a week, or (harder) four to seven days, far beyond the facility's usual stay.
    const week = ctx.random.chance(0.6);
    const silence = week ? ago(ctx, 7.5 * 24, 14 * 24) : ago(ctx, 4 * 24, 7 * 24);
    return { pkg: plant(t, ctx.nextId(), i, [], silence), label: 'PROBABLE_LOSS', variant: week ? 'silent-week' : 'silent-days' };
  },

  MISSORT_MISROUTE: (ctx) => {
    // Sent to the facility farthest from where the package is going, clearly farther than where it was.
    for (let attempt = 0; ; attempt++) {
      const { t, i } = onTheWay(ctx);
      const here = facilityAt(t, i, ctx.facilities);
      const destination = t.pkg.destination ?? here;
      const before = greatCircleKm(here, destination);
      const away = [...ctx.facilities.values()].filter((f) => greatCircleKm(f, destination) - before >= Math.max(150, 0.3 * before));
      if (away.length === 0 && attempt < 200) continue;
      // Harder: any facility clearly farther away, not only the farthest.
      const near = ctx.random.chance(0.4);
      const wrong = near
        ? ctx.random.pick(away)
        : away.reduce((best, f) => (greatCircleKm(f, destination) > greatCircleKm(best, destination) ? f : best), away[0] ?? here);
      const planted = [event('IN_TRANSIT', 'ARRIVED', `Arrived at ${wrong.name}`, wrong, 2 + 1 + greatCircleKm(here, wrong) / 65)];
      return { pkg: plant(t, ctx.nextId(), i, planted, ago(ctx, 1, 10)), label: 'MISSORT_MISROUTE', variant: near ? 'farther-facility' : 'farthest-facility' };
    }
  },

  DATA_QUALITY: (ctx) => {
    const { t, i } = onTheWay(ctx);
    const here = facilityAt(t, i, ctx.facilities);
    if (ctx.random.chance(0.5)) {
      // A scan dated hours ahead of now: a scanner clock or a feed time zone is wrong.
      const next = facilityAt(t, t.arrivals[t.arrivals.indexOf(i) + 1] ?? i, ctx.facilities);
      const future = new Date(ctx.now.getTime() + (3 + ctx.random.next() * 17) * HOUR);
      return { pkg: plant(t, ctx.nextId(), i, [event('IN_TRANSIT', 'ARRIVED', null, next, 6)], future), label: 'DATA_QUALITY', variant: 'future-scan' };
    }
    // A scan at a far facility minutes after this one, then back here: a mislocated scan.
    const far = [...ctx.facilities.values()].reduce((best, f) => (greatCircleKm(f, here) > greatCircleKm(best, here) ? f : best), here);
    const planted = [event('IN_TRANSIT', 'ARRIVED', null, far, 0.1 + ctx.random.next() * 0.3), event('IN_TRANSIT', 'ARRIVED', null, here, 0.3 + ctx.random.next())];
    return { pkg: plant(t, ctx.nextId(), i, planted, ago(ctx, 0.3, 3)), label: 'DATA_QUALITY', variant: 'impossible-jump' };
  },
};

/**
 * Packages stuck at one facility (arrived, then nothing for `stallHours`), the congestion the suite plants.
 * `extra` turns some into combinations: a customs hold or a weather stop reported at the congested facility,
 * where the package's own stated reason is the primary cause.
 */
export function stuckAt(ctx: PlantContext, facility: string, count: number, stallHours: () => number, extra: readonly ('CUSTOMS' | 'WEATHER' | null)[]): Situation[] {
  const candidates = ctx.templates.flatMap((t) => {
    const i = t.arrivals.slice(0, -1).find((index) => t.pkg.events[index]?.facilityCode === facility);
    return i === undefined ? [] : [{ t, i }];
  });
  if (candidates.length === 0) return [];
  return Array.from({ length: count }, (_, n) => {
    const { t, i } = ctx.random.pick(candidates);
    const here = facilityAt(t, i, ctx.facilities);
    const also = extra[n] ?? null;
    const stall = stallHours();
    if (also === null) return { pkg: plant(t, ctx.nextId(), i, [], new Date(ctx.now.getTime() - stall * HOUR)), label: 'FACILITY_CONGESTION', variant: 'stuck' };
    const kind = also === 'CUSTOMS' ? 'customs' : 'weather';
    const planted = [event('EXCEPTION', code(ctx, also === 'CUSTOMS' ? 'CUSTOMS_HOLD' : 'WEATHER_DELAY'), phrase(ctx, kind), here, 1)];
    return { pkg: plant(t, ctx.nextId(), i, planted, new Date(ctx.now.getTime() - (stall - 1) * HOUR)), label: also, variant: `${kind}-at-congested-facility` };
  });
}
