import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { DashboardPackageQuery } from '../../__generated__/graphql';
import { formatLocation } from '../display-format';
import { createBaseMap } from './base-map';

type PackageDetail = NonNullable<DashboardPackageQuery['package']>;
type Facility = DashboardPackageQuery['facilities'][number];

const at = (place: { lat?: number | null; lon?: number | null } | null | undefined): L.LatLngTuple | null =>
  place?.lat != null && place.lon != null ? [place.lat, place.lon] : null;

/**
 * The package's journey: scans so far (solid), the expected remaining path and the alternatives an
 * investigation proposed (dashed), origin, current position and destination.
 */
export function PackagePathMap({ pkg, facilities }: { pkg: PackageDetail; facilities: readonly Facility[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const map = createBaseMap(element.current);
    const byCode = new Map(facilities.map((f) => [f.code, [f.lat, f.lon] as L.LatLngTuple]));
    const layers: L.Layer[] = [];
    const visited = pkg.events.map((e) => at(e.location)).filter((p): p is L.LatLngTuple => p !== null);
    const origin = at(pkg.origin);
    const destination = at(pkg.destination);
    const current = at(pkg.currentLocation) ?? visited.at(-1) ?? null;
    const travelled = [...(origin ? [origin] : []), ...visited];
    if (travelled.length > 1) layers.push(L.polyline(travelled, { className: 'path-travelled', weight: 3 }));
    for (const code of new Set(pkg.events.map((e) => e.location?.facilityCode).filter(Boolean))) {
      const position = byCode.get(code as string);
      if (position) layers.push(L.circleMarker(position, { radius: 4, className: 'path-facility' }).bindTooltip(code as string));
    }
    const remaining = (pkg.eta?.remainingPath ?? []).map((code) => byCode.get(code)).filter((p): p is L.LatLngTuple => Boolean(p));
    if (current && (remaining.length > 0 || destination)) layers.push(L.polyline([current, ...remaining, ...(destination ? [destination] : [])], { className: 'path-expected', dashArray: '6 6', weight: 2 }));
    for (const investigation of pkg.investigations)
      for (const route of investigation.routes) {
        const path = route.path.map((code) => byCode.get(code)).filter((p): p is L.LatLngTuple => Boolean(p));
        if (path.length > 1) layers.push(L.polyline(path, { className: 'path-alternative', dashArray: '2 6', weight: 2 }).bindTooltip(`Alternative ${route.rank}: ${route.path.join(' → ')}`));
      }
    if (origin) layers.push(L.circleMarker(origin, { radius: 6, className: 'path-origin' }).bindTooltip(`Origin: ${formatLocation(pkg.origin) ?? pkg.origin?.address ?? ''}`));
    if (destination) layers.push(L.circleMarker(destination, { radius: 7, className: 'path-destination' }).bindTooltip(`Destination: ${formatLocation(pkg.destination) ?? pkg.destination?.address ?? ''}`));
    if (current) layers.push(L.circleMarker(current, { radius: 8, className: 'path-current' }).bindTooltip(`Now: ${formatLocation(pkg.currentLocation) ?? 'last scan'}`));
    const group = L.featureGroup(layers).addTo(map);
    if (layers.length > 0) map.fitBounds(group.getBounds().pad(0.3), { maxZoom: 8 });
    return () => void map.stop().remove();
  }, [pkg, facilities]);
  return <div ref={element} className="map map-small" data-testid="package-map" role="region" aria-label="Map of the package's path" />;
}
