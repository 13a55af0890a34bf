import type { SeededRandom } from '../common/seeded-random.js';
import { shortestPath, edgeKey } from '../eta/shortest-path.js';
import type { FacilityNode, GeoPoint, PackageHistory, ServiceLevel, TimelineEvent } from '../timeline.types.js';
import { CARRIER_CODE_STATUS, type CarrierCode } from './carrier-codes.js';
import { addHours, nextDeliveryWave, promisedDelivery } from './journey-calendar.js';
import type { NetworkIndex } from './network.index.js';
import type { SimulatedException, SimulatedJourney } from './simulation.types.js';

/** Event rates; small but frequent enough that every kind shows up in a few thousand parcels. */
const RATES = {
  alternateRoute: 0.1,
  misroute: 0.025,
  customsHold: 0.12,
  damaged: 0.004,
  addressIssue: 0.015,
  returnAfterAddressIssue: 0.2,
  firstAttemptFails: 0.05,
  laterAttemptFails: 0.25,
  droppedScan: 0.02,
};

const DWELL_SERVICE_FACTOR: Record<ServiceLevel, number> = { EXPRESS: 0.6, STANDARD: 1, ECONOMY: 1.7 };
const PICKUP_MEDIAN_HOURS: Record<ServiceLevel, number> = { EXPRESS: 2.5, STANDARD: 5, ECONOMY: 8 };

export interface JourneyInput {
  index: NetworkIndex;
  seed: number;
  carrier: string;
  packageIndex: number;
  createdAt: Date;
  random: SeededRandom;
}

function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function congestionFactor(index: NetworkIndex, code: string, at: Date): number {
  return index.model.congestion
    .filter((w) => w.facilityCode === code && at >= w.from && at < w.to)
    .reduce((factor, w) => factor * w.dwellFactor, 1);
}

function dwellHours(input: JourneyInput, code: string, level: ServiceLevel, at: Date): number {
  const profile = input.index.profile(code);
  const median = profile.dwellMedianHours * DWELL_SERVICE_FACTOR[level] * congestionFactor(input.index, code, at);
  return input.random.logNormal(median, profile.dwellSigma);
}

function transitHours(input: JourneyInput, from: string, to: string): number {
  const lane = input.index.lane(from, to);
  return input.random.logNormal(lane.meanHours * Math.exp((-lane.sigma * lane.sigma) / 2), lane.sigma);
}

/** Planned facility path; sometimes not the fastest one (capacity overflow onto another linehaul). */
function planPath(input: JourneyInput, from: string, to: string): string[] {
  const best = shortestPath(input.index.routing, from, to);
  if (!best) throw new Error(`simulated network does not connect ${from} to ${to}`);
  const trunkEdges = best.nodes.slice(1, -2).map((node, i) => edgeKey(node, best.nodes[i + 2] ?? ''));
  if (trunkEdges.length > 0 && input.random.chance(RATES.alternateRoute)) {
    const alternative = shortestPath(input.index.routing, from, to, { edges: new Set([input.random.pick(trunkEdges)]) });
    if (alternative) return alternative.nodes;
  }
  return best.nodes;
}

function recipientNear(depot: FacilityNode, random: SeededRandom): GeoPoint {
  return { lat: depot.lat + random.normal() * 0.06, lon: depot.lon + random.normal() * 0.09 };
}

/** Simulates one package end to end (all of its events, including those after "now"). */
export function simulateJourney(input: JourneyInput): SimulatedJourney {
  const { index, random, createdAt } = input;
  const level = random.weighted<ServiceLevel>([
    { value: 'EXPRESS', weight: 0.15 },
    { value: 'STANDARD', weight: 0.6 },
    { value: 'ECONOMY', weight: 0.25 },
  ]);
  const origin = random.weighted(index.depots);
  const sameRegion = index.depots.filter((d) => d.value.code !== origin.code && index.hubOf(d.value.code) === index.hubOf(origin.code));
  const others = index.depots.filter((d) => d.value.code !== origin.code);
  const destination = random.weighted(sameRegion.length > 0 && random.chance(0.4) ? sameRegion : others);
  const recipient = recipientNear(destination, random);
  const planned = planPath(input, origin.code, destination.code);
  const hubHops = planned.filter((code) => index.facility(code).type === 'HUB').length - 1;
  const zone = Math.min(hubHops, 2) + (planned.some((code) => index.facility(code).type === 'CUSTOMS') ? 1 : 0);

  const trackingNumber = `CP${String(input.seed % 10_000).padStart(4, '0')}${String(input.packageIndex).padStart(7, '0')}`;
  const events: TimelineEvent[] = [];
  const exceptions: SimulatedException[] = [];
  const emit = (code: CarrierCode, at: Date, description: string, facility: FacilityNode | null, location?: GeoPoint): void => {
    // Carriers skip arrival/departure scans now and then; pickup and delivery scans are never skipped.
    if ((code === 'AR' || code === 'DP') && random.chance(RATES.droppedScan)) return;
    events.push({
      eventId: `${trackingNumber}-${String(events.length + 1).padStart(2, '0')}`,
      status: CARRIER_CODE_STATUS[code],
      carrierCode: code,
      description,
      occurredAt: at,
      facilityCode: facility?.code ?? null,
      location: location ?? (facility ? { lat: facility.lat, lon: facility.lon } : null),
      seq: 0,
    });
  };

  emit('IR', createdAt, 'Shipment information received', null);
  let t = addHours(createdAt, random.logNormal(PICKUP_MEDIAN_HOURS[level], 0.6));
  emit('PU', t, `Picked up; at ${origin.name}`, origin);

  let path = planned;
  let misrouted = false;
  const visited = [origin.code];
  for (let i = 0; i < path.length - 1; i++) {
    const here = index.facility(path[i] ?? '');
    let departAt = addHours(t, dwellHours(input, here.code, level, t));
    if (here.type === 'CUSTOMS' && random.chance(RATES.customsHold)) {
      exceptions.push('CUSTOMS_HOLD');
      emit('CUSTOMS_HOLD', addHours(t, 0.5), 'Held by customs: documents requested', here);
      departAt = addHours(departAt, random.logNormal(18, 0.6));
      emit('CC', addHours(departAt, -0.5), 'Released by customs', here);
    } else if (here.type === 'HUB' && random.chance(RATES.damaged)) {
      exceptions.push('DAMAGED');
      emit('DAMAGED', addHours(t, 0.7), 'Package damaged; repackaging', here);
      departAt = addHours(departAt, random.logNormal(16, 0.5));
    }
    let next = path[i + 1] ?? '';
    if (!misrouted && here.type === 'HUB' && random.chance(RATES.misroute)) {
      const wrong = index.trunkNeighbours(here.code).filter((code) => !path.includes(code) && index.facility(code).type === 'HUB');
      if (wrong.length > 0) {
        misrouted = true;
        next = random.pick(wrong);
        const back = shortestPath(index.routing, next, destination.code);
        if (back) path = [...path.slice(0, i + 1), ...back.nodes];
      }
    }
    emit('DP', departAt, `Departed ${here.name}`, here);
    t = addHours(departAt, transitHours(input, here.code, next));
    const there = index.facility(next);
    emit('AR', t, `Arrived at ${there.name}`, there);
    visited.push(there.code);
  }

  let deliveredAt: Date | null = null;
  let failedAttempts = 0;
  let ready = addHours(t, random.logNormal(1.5, 0.4));
  if (random.chance(RATES.addressIssue)) {
    exceptions.push('ADDRESS_ISSUE');
    emit('ADDRESS_ISSUE', ready, 'Address issue: incomplete address, contacting recipient', destination);
    ready = addHours(ready, random.logNormal(30, 0.5));
    if (random.chance(RATES.returnAfterAddressIssue)) emit('RT', ready, 'Returned to sender: address could not be resolved', destination);
  }
  while (events[events.length - 1]?.status !== 'RETURNED' && deliveredAt === null) {
    // Vans leave over the half hour after the wave time.
    const outAt = addHours(nextDeliveryWave(ready, level), 0.5 * random.next());
    emit('OD', outAt, `Out for delivery from ${destination.name}`, destination);
    const attemptAt = addHours(outAt, Math.min(10, random.logNormal(3.2, 0.45)));
    if (random.chance(failedAttempts === 0 ? RATES.firstAttemptFails : RATES.laterAttemptFails)) {
      failedAttempts++;
      emit('FA', attemptAt, 'Delivery attempt failed: recipient not available', null, recipient);
      ready = addHours(attemptAt, 1);
      if (failedAttempts >= 2) {
        emit('AP', ready, `Available for pickup at ${destination.name}`, destination);
        deliveredAt = addHours(ready, random.logNormal(20, 0.6));
        emit('DL', deliveredAt, `Collected by recipient at ${destination.name}`, destination);
      }
      continue;
    }
    deliveredAt = attemptAt;
    emit('DL', deliveredAt, 'Delivered', null, recipient);
  }

  const packageId = uuidFrom(random);
  const history: PackageHistory = {
    id: packageId,
    trackingNumber,
    carrier: input.carrier,
    serviceLevel: level,
    origin: { lat: origin.lat, lon: origin.lon, facilityCode: origin.code },
    // Carriers often send the routing code of the delivering depot, not always.
    destination: { ...recipient, facilityCode: random.chance(0.5) ? destination.code : null },
    promisedDeliveryAt: promisedDelivery(createdAt, level, zone),
    createdAt,
    status: events[events.length - 1]?.status ?? 'INFO_RECEIVED',
    events,
  };
  return {
    package: history,
    truth: { packageId, trackingNumber, serviceLevel: level, deliveredAt, facilityPath: visited, plannedPath: planned, misrouted, failedAttempts, exceptions },
  };
}
