import type { DashboardDepotStopsQuery, DeliveryStopInput } from '../../__generated__/graphql';
import { formatTimeOfDay } from '../display-format';
import type { StopInfo } from './plan-result';
import type { FileStops } from './stop-file';

type PackageNode = DashboardDepotStopsQuery['packages']['edges'][number]['node'];

/**
 * Packages with a destination on the map become stops of one parcel each; the others are reported, not planned.
 * With byPromise, a promise due within the working day is the stop's latest arrival (one already past cannot be
 * kept by any route, so it does not constrain the plan).
 */
export function packageStops(
  nodes: readonly PackageNode[],
  options: { serviceMinutes: number; startAt: Date; endAt: string; byPromise: boolean },
): { stops: DeliveryStopInput[]; info: Map<string, StopInfo>; unlocated: number } {
  const stops: DeliveryStopInput[] = [];
  const info = new Map<string, StopInfo>();
  for (const node of nodes) {
    const { lat, lon } = node.destination ?? {};
    if (lat == null || lon == null) continue;
    const promise = node.promisedDeliveryAt ? Date.parse(node.promisedDeliveryAt) : NaN;
    const windowEnd = options.byPromise && promise > options.startAt.getTime() && promise < Date.parse(options.endAt) ? new Date(promise).toISOString() : undefined;
    stops.push({ id: node.id, lat, lon, demand: 1, serviceMinutes: options.serviceMinutes, ...(windowEnd ? { windowEnd } : {}) });
    const detail = [node.recipient, node.destination?.address ?? node.destination?.name, windowEnd ? `promised by ${formatTimeOfDay(windowEnd)}` : null];
    info.set(node.id, { label: node.trackingNumber, packageId: node.id, detail: detail.filter(Boolean).join(', '), lat, lon, demand: 1, latestAt: windowEnd ?? options.endAt });
  }
  return { stops, info, unlocated: nodes.length - stops.length };
}

/** A file's customers go by their number; their latest arrival is their window's end. */
export function fileStopInfo(file: FileStops): Map<string, StopInfo> {
  return new Map(file.stops.map((s) => [String(s.id), { label: `Customer ${s.id}`, lat: s.lat, lon: s.lon, demand: s.demand ?? 1, latestAt: String(s.windowEnd ?? file.endAt) }]));
}
