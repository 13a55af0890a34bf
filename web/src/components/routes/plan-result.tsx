import type { CombinedError } from 'urql';
import type { DashboardPlanRoutesMutation } from '../../__generated__/graphql';
import { formatDateTime, formatDuration, formatRelative, formatTimeOfDay } from '../display-format';
import { errorMessage } from '../query-feedback';
import { hrefFor } from '../use-hash-route';
import { vehicleColor } from './route-map';

export type DeliveryPlan = DashboardPlanRoutesMutation['planDeliveryRoutes'];

/** What the planner knows about a stop beyond its id: how to name it, where it links, its window and demand. */
export interface StopInfo {
  label: string;
  packageId?: string;
  detail?: string;
  lat: number;
  lon: number;
  demand: number;
  /** Latest arrival: the stop's window end, else the end of the working day. */
  latestAt: string;
}

/**
 * planDeliveryRoutes refusals in an operator's words; the API's own message where it says what to change, with
 * the stop it names ("customer <id>") as the operator knows it.
 */
export function planErrorMessage(error: CombinedError, stopName: (id: string) => string = (id) => `customer ${id}`): string {
  const failure = error.graphQLErrors[0];
  const named = (message: string) => message.replace(/\bcustomer (\S+)/g, (_, id: string) => stopName(id));
  const code = failure?.extensions?.code;
  if (code === 'SERVICE_BUSY') return 'Every route solver is busy with other plans right now. Try again in a few seconds, or with a shorter time limit.';
  if (code === 'FORBIDDEN') return 'Planning routes needs an operator or admin key: this session can only read. Sign in with another key to plan.';
  if (code === 'UNPROCESSABLE' && failure?.extensions?.reason === 'FLEET_TOO_SMALL') return `Not enough vehicles: ${failure.message.replace(/^FLEET_TOO_SMALL: /, '')}. Add vehicles or capacity.`;
  if (code === 'UNPROCESSABLE') return `No plan can serve these stops: ${named(failure?.message ?? '')}`;
  if (code === 'BAD_USER_INPUT') return `The planner refused the input: ${named(failure?.message ?? '')}`;
  return errorMessage(error);
}

/** One table per vehicle: stops in order with what is on board, arrival, departure and slack to the latest arrival. */
export function PlanResult({ plan, stops, planned }: { plan: DeliveryPlan; stops: ReadonlyMap<string, StopInfo>; planned: number }) {
  const served = plan.routes.reduce((sum, r) => sum + r.stops.length, 0);
  return (
    <>
      <p className="notice" role="status" data-testid="plan-summary">
        {plan.vehicles} {plan.vehicles === 1 ? 'vehicle serves' : 'vehicles serve'} {served === planned ? `all ${served}` : `${served} of ${planned}`} stops, {plan.distanceKm.toFixed(1)} km in total; the last
        one is back {formatRelative(latest(plan.routes.map((r) => r.returnAt)))}.
      </p>
      <div className="vehicle-tables">
        {plan.routes.map((route) => {
          let onBoard = route.load;
          return (
            <div key={route.vehicle} className="card table-card" data-testid="vehicle-route">
              <table className="stack">
                <caption>
                  <span className="swatch" style={{ background: vehicleColor(route.vehicle) }} aria-hidden="true" /> Vehicle {route.vehicle}
                  <span className="muted small">
                    {' '}
                    · {route.stops.length} {route.stops.length === 1 ? 'stop' : 'stops'} · load {route.load} · {route.distanceKm.toFixed(1)} km · back {formatTimeOfDay(route.returnAt)}
                  </span>
                </caption>
                <thead>
                  <tr>
                    <th className="hide-narrow">#</th>
                    <th>Stop</th>
                    <th>On board</th>
                    <th>Arrival</th>
                    <th className="hide-narrow">Leaves</th>
                    <th>Slack</th>
                  </tr>
                </thead>
                <tbody>
                  {route.stops.map((stop, index) => {
                    const info = stops.get(stop.id);
                    const carried = onBoard;
                    onBoard -= info?.demand ?? 0;
                    const slack = info ? Date.parse(info.latestAt) - Date.parse(stop.arrivalAt) : NaN;
                    return (
                      <tr key={stop.id}>
                        <td className="muted hide-narrow" data-label="#">{index + 1}</td>
                        <td className="stop" data-label="Stop">
                          {info?.packageId ? (
                            <a className="mono" href={hrefFor.package(info.packageId)}>
                              {info.label}
                            </a>
                          ) : (
                            <span className="mono">{info?.label ?? stop.id}</span>
                          )}
                          {info?.detail && <div className="muted small">{info.detail}</div>}
                        </td>
                        <td data-label="On board">
                          {carried}
                          {info && info.demand !== 1 && <span className="muted small"> (drops {info.demand})</span>}
                        </td>
                        <td data-label="Arrival" title={formatDateTime(stop.arrivalAt)}>
                          {formatTimeOfDay(stop.arrivalAt)} <span className="muted small block">{formatRelative(stop.arrivalAt)}</span>
                        </td>
                        <td className="hide-narrow" data-label="Leaves" title={formatDateTime(stop.departAt)}>
                          {formatTimeOfDay(stop.departAt)}
                        </td>
                        <td data-label="Slack" className={Number.isFinite(slack) && slack < 15 * 60_000 ? 'risk-medium' : undefined} title={info ? `latest arrival ${formatDateTime(info.latestAt)}` : undefined}>
                          {Number.isFinite(slack) ? formatDuration(slack) : '—'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        })}
      </div>
    </>
  );
}

function latest(times: readonly string[]): string | null {
  return times.reduce<string | null>((max, t) => (max === null || Date.parse(t) > Date.parse(max) ? t : max), null);
}
