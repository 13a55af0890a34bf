import L from 'leaflet';

export interface FacilityPoint {
  code: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
}

/** The network's facilities as small squares with their name, on a layer of their own (can be switched off). */
export function facilityLayer(map: L.Map, facilities: readonly FacilityPoint[]): L.LayerGroup {
  // Below the packages (overlay pane, z-index 400): a package waiting at a hub stays clickable.
  if (!map.getPane('facilities')) map.createPane('facilities').style.zIndex = '350';
  const group = L.layerGroup();
  for (const facility of facilities) {
    const marker = L.marker([facility.lat, facility.lon], {
      icon: L.divIcon({ className: `facility-marker facility-${facility.type.toLowerCase()}`, iconSize: [12, 12] }),
      title: `${facility.name} (${facility.code})`,
      alt: facility.name,
      pane: 'facilities',
    });
    marker.bindTooltip(`${facility.name} (${facility.code}) · ${facility.type.toLowerCase()}`);
    group.addLayer(marker);
  }
  return group;
}
