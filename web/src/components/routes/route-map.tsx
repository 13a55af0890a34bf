import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { createBaseMap } from '../map/base-map';

export interface MapStop {
  lat: number;
  lon: number;
  label: string;
}

export interface MapRoute {
  vehicle: number;
  color: string;
  stops: MapStop[];
}

/** Distinct on the pale base map and for common color blindness (Okabe–Ito first), repeated past ten vehicles. */
const VEHICLE_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7c3aed', '#8c564b', '#c0262d', '#475467'];
export const vehicleColor = (vehicle: number): string => VEHICLE_COLORS[(vehicle - 1) % VEHICLE_COLORS.length]!;

/**
 * The plan on the map: each vehicle's loop from the depot through its stops and back in its own color,
 * the stops numbered in their tooltips; stops waiting for a plan are grey dots. One map per page visit;
 * the layers are redrawn as the stops or the plan change.
 */
export function RouteMap({ depot, routes, pending }: { depot: MapStop; routes: readonly MapRoute[]; pending: readonly MapStop[] }) {
  const element = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map>();
  useEffect(() => {
    if (!element.current) return;
    const created = createBaseMap(element.current, { zoom: 10 });
    setMap(created);
    return () => void created.stop().remove();
  }, []);
  useEffect(() => {
    if (!map) return;
    const home: L.LatLngTuple = [depot.lat, depot.lon];
    const layers: L.Layer[] = [];
    for (const stop of pending) layers.push(L.circleMarker([stop.lat, stop.lon], { radius: 4, className: 'route-pending' }).bindTooltip(stop.label));
    for (const route of routes) {
      const points = route.stops.map((s): L.LatLngTuple => [s.lat, s.lon]);
      layers.push(L.polyline([home, ...points, home], { color: route.color, weight: 3, opacity: 0.85 }).bindTooltip(`Vehicle ${route.vehicle}`));
      route.stops.forEach((stop, index) =>
        layers.push(L.circleMarker([stop.lat, stop.lon], { radius: 5, color: '#ffffff', weight: 1.5, fillColor: route.color, fillOpacity: 1 }).bindTooltip(`Vehicle ${route.vehicle}, stop ${index + 1}: ${stop.label}`)),
      );
    }
    layers.push(
      L.marker(home, { icon: L.divIcon({ className: 'facility-marker route-depot', iconSize: [14, 14] }), title: depot.label, alt: depot.label, keyboard: false }).bindTooltip(depot.label),
    );
    const group = L.featureGroup(layers).addTo(map);
    if (layers.length > 1) map.fitBounds(group.getBounds().pad(0.15), { maxZoom: 13 });
    else map.setView(home, 11);
    return () => void group.remove();
  }, [map, depot, routes, pending]);
  return <div ref={element} className="map route-map" data-testid="route-map" role="region" aria-label="Map of the planned routes" />;
}
