import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { DeliveryRoutesInput, DeliveryStopInput } from '../__generated__/graphql';
import { toLocalInput } from './display-format';
import { QueryFeedback } from './query-feedback';
import { PlanResult, planErrorMessage, type DeliveryPlan, type StopInfo } from './routes/plan-result';
import { RouteMap, vehicleColor, type MapRoute, type MapStop } from './routes/route-map';
import { MAX_PACKAGE_STOPS, NumberField, StopsSummary, type Source } from './routes/planner-fields';
import { fileStopInfo, packageStops } from './routes/stop-info';
import { FILE_SPEED_KMH, stopsFromFile, type FileStops } from './routes/stop-file';
import { replaceParams } from './use-hash-route';

const MAX_VEHICLES = 500;
const HOUR_MS = 3_600_000;
const NO_STOPS: DeliveryStopInput[] = [];

const PlannerFacilities = graphql(`
  query DashboardRoutePlannerFacilities {
    facilities {
      code
      name
      type
      lat
      lon
    }
    packageCountsByFacility(status: [OUT_FOR_DELIVERY]) {
      facilityCode
      packages
    }
  }
`);

const DepotStops = graphql(`
  query DashboardDepotStops($filter: PackageFilter!, $first: Int) {
    packages(filter: $filter, first: $first, sort: { field: CREATED_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          trackingNumber
          recipient
          promisedDeliveryAt
          destination {
            name
            address
            lat
            lon
          }
        }
      }
    }
  }
`);

const PlanRoutes = graphql(`
  mutation DashboardPlanRoutes($input: DeliveryRoutesInput!) {
    planDeliveryRoutes(input: $input) {
      objective
      vehicles
      distanceKm
      costKm
      routes {
        vehicle
        distanceKm
        load
        returnAt
        stops {
          id
          arrivalAt
          departAt
        }
      }
    }
  }
`);

interface Planned {
  plan: DeliveryPlan;
  stops: Map<string, StopInfo>;
  depot: MapStop;
}

/** A facility in the depot picker, with how many packages are out for delivery there now. */
/** An option of the depot picker: short, so a phone's closed picker shows it whole. */
function depotLabel(f: { code: string; name: string }, outAt: Map<string, number>): string {
  const out = outAt.get(f.code) ?? 0;
  return `${f.code} — ${f.name} · ${out === 0 ? 'none' : out} out`;
}

/** The chosen depot in words, under the picker. */
function depotDescription(f: { code: string; name: string }, outAt: Map<string, number>): string {
  const out = outAt.get(f.code) ?? 0;
  return `${f.name} (${f.code}): ${out === 0 ? 'no' : out} ${out === 1 ? 'package' : 'packages'} out for delivery`;
}

/** The next quarter hour: a plan starts a little ahead, not in the past. */
function nextQuarterHour(now = Date.now()): string {
  return toLocalInput(new Date(Math.ceil(now / (15 * 60_000)) * 15 * 60_000).toISOString());
}

/**
 * Route planning: a depot and its stops (the packages out for delivery there, or a Solomon/VRPLIB file placed
 * around it), a fleet and a time budget; planDeliveryRoutes answers with routes on the map and a table per vehicle.
 */
export function RoutesView({ params }: { params: URLSearchParams }) {
  const depotCode = params.get('depot') ?? '';
  const [facilities] = useQuery({ query: PlannerFacilities });
  const depot = facilities.data?.facilities.find((f) => f.code === depotCode);
  const [source, setSource] = useState<Source>('packages');
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [form, setForm] = useState({ vehicles: '3', capacity: '40', timeLimit: '2', serviceMinutes: '5', hours: '8', speed: '30', startAt: nextQuarterHour() });
  const [planned, setPlanned] = useState<Planned>();
  const [problem, setProblem] = useState<string>();
  const [planning, plan] = useMutation(PlanRoutes);

  const [packages] = useQuery({
    query: DepotStops,
    variables: { filter: { status: ['OUT_FOR_DELIVERY'], facility: [depotCode] }, first: MAX_PACKAGE_STOPS },
    pause: source !== 'packages' || !depotCode,
  });
  // A half-typed date plans from the next quarter hour rather than failing.
  const startAt = useMemo(() => new Date(Number.isNaN(Date.parse(form.startAt)) ? nextQuarterHour() : form.startAt), [form.startAt]);
  const endAt = new Date(startAt.getTime() + Number(form.hours) * HOUR_MS).toISOString();
  const [byPromise, setByPromise] = useState(true);
  const fromPackages = useMemo(
    () => packageStops(packages.data?.packages.edges.map((e) => e.node) ?? [], { serviceMinutes: Number(form.serviceMinutes), startAt, endAt, byPromise }),
    [packages.data, form.serviceMinutes, startAt, endAt, byPromise],
  );
  const fromFile = useMemo((): { file?: FileStops; error?: string } => {
    if (source !== 'file' || !file || !depot) return {};
    try {
      return { file: stopsFromFile(file.text, depot, startAt) };
    } catch (error) {
      return { error: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    }, [source, file, depot, startAt]);

  const pendingStops = source === 'file' ? (fromFile.file?.stops ?? NO_STOPS) : fromPackages.stops;
  const pending = useMemo(
    () => (planned ? [] : pendingStops.map((s) => ({ lat: s.lat, lon: s.lon, label: source === 'file' ? `Customer ${s.id}` : (fromPackages.info.get(String(s.id))?.label ?? String(s.id)) }))),
    [planned, pendingStops, source, fromPackages.info],
  );
  const mapRoutes = useMemo(
    (): MapRoute[] =>
      planned?.plan.routes.map((r) => ({
        vehicle: r.vehicle,
        color: vehicleColor(r.vehicle),
        stops: r.stops.map((s) => planned.stops.get(s.id)).filter((s): s is StopInfo => Boolean(s)),
      })) ?? [],
    [planned],
  );
  const depotPoint = useMemo(() => (depot ? { lat: depot.lat, lon: depot.lon, label: `${depot.name} (${depot.code})` } : undefined), [depot]);

  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: event.target.value }));
  const chooseDepot = (code: string) => {
    setPlanned(undefined);
    const next = new URLSearchParams(params);
    if (code) next.set('depot', code);
    else next.delete('depot');
    replaceParams('#/routes', next);
  };
  const readFile = async (chosen: File | undefined) => {
    setPlanned(undefined);
    if (!chosen) return setFile(undefined);
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    // A file brings its own fleet; the operator may still change it before planning. (A bad file says why below.)
    try {
      const { fleet } = stopsFromFile(text, { lat: 0, lon: 0 }, new Date());
      setForm((f) => ({ ...f, vehicles: String(Math.min(fleet.count, MAX_VEHICLES)), capacity: String(fleet.capacity) }));
    } catch {
      /* reported by fromFile */
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    if (!depot || !depotPoint) return setProblem('Choose a depot first.');
    const stops = source === 'file' ? fromFile.file?.stops : fromPackages.stops;
    if (!stops?.length) return setProblem(source === 'file' ? 'Choose a Solomon or VRPLIB file with at least one customer.' : 'There is nothing out for delivery at this depot to plan.');
    const input: DeliveryRoutesInput = {
      depot: { lat: depot.lat, lon: depot.lon },
      startAt: startAt.toISOString(),
      endAt: source === 'file' ? fromFile.file?.endAt : endAt,
      stops,
      fleet: { count: Number(form.vehicles), capacity: Number(form.capacity), speedKmh: source === 'file' ? FILE_SPEED_KMH : Number(form.speed) },
      timeLimitSeconds: Number(form.timeLimit),
    };
    const result = await plan({ input });
    if (result.error) return setProblem(planErrorMessage(result.error, (id) => (source === 'file' ? `customer ${id}` : (fromPackages.info.get(id)?.label ?? id))));
    if (result.data) setPlanned({ plan: result.data.planDeliveryRoutes, stops: source === 'file' && fromFile.file ? fileStopInfo(fromFile.file) : fromPackages.info, depot: depotPoint });
  }

  const depots = facilities.data?.facilities.filter((f) => f.type === 'DEPOT') ?? [];
  const others = facilities.data?.facilities.filter((f) => f.type !== 'DEPOT') ?? [];
  const outAt = new Map(facilities.data?.packageCountsByFacility.map((c) => [c.facilityCode, c.packages]));
  const total = packages.data?.packages.totalCount ?? 0;
  return (
    <section className="route-planner">
      <h2>Route planning</h2>
      <p className="muted small">Plans delivery routes from a depot: vehicles with a capacity, every stop served once within its time window, fewest vehicles first, then the shortest distance.</p>
      <QueryFeedback error={facilities.error} loading={facilities.fetching && !facilities.data} />
      <form className="card route-form" onSubmit={(e) => void submit(e)} aria-label="Plan delivery routes">
        <div className="form-grid">
          {/* The whole form's width, so "code — name · n out for delivery" is not cut at the column's edge. */}
          <div className="field depot-field">
            <label htmlFor="route-depot">Depot</label>
            <select id="route-depot" value={depotCode} onChange={(e) => chooseDepot(e.target.value)} aria-describedby={depot ? 'route-depot-chosen' : undefined}>
              <option value="">Choose a depot…</option>
              {depotCode && facilities.data && !depot && <option value={depotCode}>{depotCode} (unknown)</option>}
              <optgroup label="Depots">
                {depots.map((f) => (
                  <option key={f.code} value={f.code}>
                    {depotLabel(f, outAt)}
                  </option>
                ))}
              </optgroup>
              {others.length > 0 && (
                <optgroup label="Other facilities">
                  {others.map((f) => (
                    <option key={f.code} value={f.code}>
                      {depotLabel(f, outAt)}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            {depot && (
              <span id="route-depot-chosen" className="muted small" data-testid="depot-chosen">
                {depotDescription(depot, outAt)}
              </span>
            )}
          </div>
          <fieldset className="field source-choice">
            <legend>Stops</legend>
            <label className="checkbox">
              <input type="radio" name="route-source" checked={source === 'packages'} onChange={() => (setSource('packages'), setPlanned(undefined))} /> Packages out for delivery at the depot
            </label>
            <label className="checkbox">
              <input type="radio" name="route-source" checked={source === 'file'} onChange={() => (setSource('file'), setPlanned(undefined))} /> A Solomon or
              VRPLIB file
            </label>
          </fieldset>
          {source === 'file' && (
            <div className="field">
              <label htmlFor="route-file">Instance file</label>
              <input id="route-file" type="file" accept=".txt,.vrp,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
              <span className="muted small">Placed around the depot: one unit is a kilometre and a minute of driving.</span>
            </div>
          )}
          <NumberField id="route-vehicles" label="Vehicles" value={form.vehicles} onChange={set('vehicles')} min={1} max={MAX_VEHICLES} step={1} />
          <NumberField id="route-capacity" label="Capacity per vehicle" value={form.capacity} onChange={set('capacity')} min={1} step={1} hint={source === 'packages' ? 'parcels' : 'units of demand'} />
          <NumberField id="route-time-limit" label="Time limit (s)" value={form.timeLimit} onChange={set('timeLimit')} min={0.1} max={30} step="any" hint="how long the planner searches" />
          <div className="field">
            <label htmlFor="route-start">Vehicles leave at</label>
            <input id="route-start" type="datetime-local" value={form.startAt} onChange={set('startAt')} required />
          </div>
          {source === 'packages' && (
            <>
              <NumberField id="route-hours" label="Working day (h)" value={form.hours} onChange={set('hours')} min={1} max={24} step={0.5} hint="vehicles are back by then" />
              <NumberField id="route-service" label="Minutes per stop" value={form.serviceMinutes} onChange={set('serviceMinutes')} min={0} max={120} step={1} />
              <NumberField id="route-speed" label="Average speed (km/h)" value={form.speed} onChange={set('speed')} min={1} max={200} step={1} />
              <label className="checkbox by-promise">
                <input type="checkbox" checked={byPromise} onChange={(e) => (setByPromise(e.target.checked), setPlanned(undefined))} /> Arrive by each package&apos;s promise when it falls within the day
              </label>
            </>
          )}
        </div>
        <div className="row-between">
          <StopsSummary source={source} depotCode={depotCode} fetching={packages.fetching} total={total} planned={fromPackages.stops.length} unlocated={fromPackages.unlocated} file={fromFile.file} />
          <button type="submit" className="primary" disabled={planning.fetching || !depot}>
            {planning.fetching ? `Planning… (up to ${form.timeLimit} s)` : 'Plan routes'}
          </button>
        </div>
      </form>
      <QueryFeedback error={packages.error} loading={false} />
      {(problem ?? fromFile.error) && (
        <p className="error" role="alert">
          {problem ?? fromFile.error}
        </p>
      )}
      {!depot && facilities.data && <p className="card muted empty">Choose a depot to see what is out for delivery there, or to place an uploaded file around it.</p>}
      {depotPoint && (
        <div className="card map-frame">
          <RouteMap depot={planned?.depot ?? depotPoint} routes={mapRoutes} pending={pending} />
        </div>
      )}
      {planned && <PlanResult plan={planned.plan} stops={planned.stops} planned={planned.stops.size} />}
    </section>
  );
}
