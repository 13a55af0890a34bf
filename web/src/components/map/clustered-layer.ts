import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  color: string;
  label: string;
}

/**
 * Packages as clustered markers: supercluster groups the points for the current zoom and view; a cluster
 * shows its count and zooms in on click, a single package opens its page.
 */
export class ClusteredLayer {
  private readonly group = L.layerGroup();
  private index = new Supercluster<MapPoint>({ radius: 48, maxZoom: 12 });

  constructor(
    private readonly map: L.Map,
    private readonly onOpen: (id: string) => void,
  ) {
    this.group.addTo(map);
    map.on('moveend zoomend', () => this.draw());
  }

  setPoints(points: MapPoint[]): void {
    this.index = new Supercluster<MapPoint>({ radius: 48, maxZoom: 12 });
    this.index.load(points.map((point) => ({ type: 'Feature', properties: point, geometry: { type: 'Point', coordinates: [point.lon, point.lat] } })));
    this.draw();
  }

  private draw(): void {
    this.group.clearLayers();
    const bounds = this.map.getBounds();
    const bbox: [number, number, number, number] = [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())];
    for (const item of this.index.getClusters(bbox, Math.round(this.map.getZoom()))) {
      const [lon, lat] = item.geometry.coordinates as [number, number];
      const properties = item.properties as MapPoint | ClusterProperties;
      if ('cluster' in properties && properties.cluster) {
        const count = properties.point_count;
        const size = count < 10 ? 30 : count < 100 ? 38 : 46;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'cluster-marker', html: `<span>${count}</span>`, iconSize: [size, size] }),
          title: `${count} packages`,
          alt: `${count} packages`,
          keyboard: true,
        });
        marker.on('click', () => {
          const zoom = Math.min(this.index.getClusterExpansionZoom(properties.cluster_id), 14);
          this.map.setView([lat, lon], zoom);
        });
        this.group.addLayer(marker);
      } else {
        const point = properties as MapPoint;
        const marker = L.circleMarker([lat, lon], { radius: 7, color: '#ffffff', weight: 1.5, fillColor: point.color, fillOpacity: 0.95, className: 'package-marker' });
        marker.bindTooltip(point.label);
        marker.on('click', () => this.onOpen(point.id));
        this.group.addLayer(marker);
      }
    }
  }

  remove(): void {
    this.group.remove();
  }
}
