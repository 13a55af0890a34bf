import { AppError, badInput } from '@clearpath/core';
import { z } from 'zod';
import { buildGeoProblem, OBJECTIVES, RoutingInputError, validateVrptwProblem, type VrptwObjective, type VrptwSolution } from '@clearpath/vrptw';
import type { SolverPool } from './solver-pool.js';

const MINUTE_MS = 60_000;
const MAX_STOPS = 1000;

const inputSchema = z
  .object({
    depot: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
    startAt: z.coerce.date(),
    endAt: z.coerce.date().nullish(),
    stops: z
      .array(
        z.object({
          id: z.string().min(1).max(100),
          lat: z.number().min(-90).max(90),
          lon: z.number().min(-180).max(180),
          demand: z.number().int().min(0),
          serviceMinutes: z.number().min(0).max(24 * 60),
          windowStart: z.coerce.date().nullish(),
          windowEnd: z.coerce.date().nullish(),
        }),
      )
      .min(1, 'at least one stop')
      .max(MAX_STOPS, `at most ${MAX_STOPS} stops`)
      .refine((stops) => new Set(stops.map((s) => s.id)).size === stops.length, 'stop ids must be unique'),
    fleet: z.object({ count: z.number().int().min(1).max(500), capacity: z.number().int().min(1), speedKmh: z.number().min(1).max(200) }),
    timeLimitSeconds: z.number().min(0.1).max(30),
    objective: z.enum(OBJECTIVES).default('VEHICLES_THEN_DISTANCE'),
    vehicleCostKm: z.number().min(0).max(1_000_000).default(0),
  })
  .refine((i) => !i.endAt || i.endAt > i.startAt, { message: 'endAt must be after startAt', path: ['endAt'] });

export interface PlannedRoute {
  vehicle: number;
  stops: { id: string; arrivalAt: Date; departAt: Date }[];
  distanceKm: number;
  load: number;
  returnAt: Date;
}

export interface DeliveryPlan {
  objective: VrptwObjective;
  vehicles: number;
  distanceKm: number;
  costKm: number;
  routes: PlannedRoute[];
}

/**
 * Plans delivery routes for many stops: a VRPTW solved by the ruin-and-recreate metaheuristic, minimizing
 * the caller's objective (vehicles then distance, or distance plus a cost per vehicle) within their time budget on the process's solver pool. Infeasible input is a
 * 4xx with the reason; a full pool is SERVICE_BUSY.
 */
export async function planDeliveryRoutes(input: unknown, solver: SolverPool): Promise<DeliveryPlan> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const i = parsed.data;
  const start = i.startAt.getTime();
  const end = (i.endAt ?? new Date(start + 10 * 60 * MINUTE_MS)).getTime();
  const minutes = (d: Date | null | undefined, fallback: number) => (d ? (d.getTime() - start) / MINUTE_MS : fallback);
  const horizon = (end - start) / MINUTE_MS;
  const geo = buildGeoProblem({
    depot: { lat: i.depot.lat, lon: i.depot.lon, readyTime: 0, dueTime: horizon },
    vehicles: { count: i.fleet.count, capacity: i.fleet.capacity },
    speedKmh: i.fleet.speedKmh,
    stops: i.stops.map((s) => ({
      id: s.id,
      lat: s.lat,
      lon: s.lon,
      demand: s.demand,
      serviceTime: s.serviceMinutes,
      readyTime: Math.max(0, minutes(s.windowStart, 0)),
      dueTime: Math.min(horizon, minutes(s.windowEnd, horizon)),
    })),
  });
  try {
    validateVrptwProblem(geo.problem);
  } catch (error) {
    if (error instanceof RoutingInputError) throw new AppError('UNPROCESSABLE', `${error.code}: ${error.message}`, { reason: error.code });
    throw error;
  }
  const solution = await solver.solve(geo.problem, {
    timeLimitMs: i.timeLimitSeconds * 1000,
    seed: 1,
    objective: i.objective,
    // The solver measures in minutes of driving; the caller prices a vehicle in kilometres.
    vehicleCost: i.vehicleCostKm / geo.kmPerUnit,
  });
  if (solution.fleetExceeded) {
    throw new AppError('UNPROCESSABLE', `FLEET_TOO_SMALL: the stops need ${solution.vehicles} vehicles within their time windows; the fleet has ${i.fleet.count}`, {
      reason: 'FLEET_TOO_SMALL',
    });
  }
  const plan = schedule(geo.problem, solution, geo.kmPerUnit, start);
  return { objective: i.objective, ...plan, costKm: plan.distanceKm + i.vehicleCostKm * plan.vehicles };
}

/** Arrival and departure times along each route (solver units are minutes of driving). */
function schedule(
  problem: ReturnType<typeof buildGeoProblem>['problem'],
  solution: VrptwSolution,
  kmPerUnit: number,
  start: number,
): Pick<DeliveryPlan, 'vehicles' | 'distanceKm' | 'routes'> {
  const byId = new Map(problem.customers.map((c) => [c.id, c]));
  const at = (m: number) => new Date(start + m * MINUTE_MS);
  const routes = solution.routes.map((ids, vehicle) => {
    let x = problem.depot.x;
    let y = problem.depot.y;
    let t = problem.depot.readyTime;
    let distance = 0;
    let load = 0;
    const stops = ids.map((id) => {
      const c = byId.get(id)!;
      const leg = Math.hypot(c.x - x, c.y - y);
      distance += leg;
      t = Math.max(t + leg, c.readyTime);
      const arrivalAt = at(t);
      t += c.serviceTime;
      load += c.demand;
      x = c.x;
      y = c.y;
      return { id: String(id), arrivalAt, departAt: at(t) };
    });
    const back = Math.hypot(problem.depot.x - x, problem.depot.y - y);
    distance += back;
    return { vehicle: vehicle + 1, stops, distanceKm: distance * kmPerUnit, load, returnAt: at(t + back) };
  });
  return { vehicles: routes.length, distanceKm: routes.reduce((sum, r) => sum + r.distanceKm, 0), routes };
}
