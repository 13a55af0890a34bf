import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import 'leaflet/dist/leaflet.css';

/** Where an operator may point the map at a tile server; unset (the default) keeps every request on this origin. */
const TILE_URL_KEY = 'clearpath.tileUrl';

export function readTileUrl(): string {
  try {
    return localStorage.getItem(TILE_URL_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveTileUrl(url: string): void {
  if (url.trim()) localStorage.setItem(TILE_URL_KEY, url.trim());
  else localStorage.removeItem(TILE_URL_KEY);
}

let countries: Promise<GeoJSON.GeoJsonObject> | undefined;

/** Natural Earth 1:50m country shapes from the bundle (world-atlas), loaded once and only by pages with a map. */
function loadCountries(): Promise<GeoJSON.GeoJsonObject> {
  countries ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = module.default as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries);
  });
  return countries;
}

/**
 * A Leaflet map with the offline base map (country shapes on a sea-colored background), or the configured
 * tile server instead. Vector layers are SVG so markers stay in the DOM (keyboard, tests, screen readers).
 */
export function createBaseMap(element: HTMLElement, options: { center?: L.LatLngExpression; zoom?: number } = {}): L.Map {
  // No zoom/fade animations: a view torn down (route change, resize) mid-animation makes Leaflet read the
  // position of a removed pane (`_leaflet_pos` of undefined).
  const map = L.map(element, { center: options.center ?? [50, 10], zoom: options.zoom ?? 4, minZoom: 2, maxZoom: 14, worldCopyJump: true, attributionControl: true, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
  const tileUrl = readTileUrl();
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: 'Tiles: configured server' }).addTo(map);
  } else {
    map.attributionControl.addAttribution('Natural Earth');
    const pane = map.createPane('basemap');
    pane.style.zIndex = '200';
    let removed = false;
    map.once('unload', () => (removed = true));
    void loadCountries().then((shapes) => {
      // The map may be gone by the time the shapes arrive (the view was left, or a new map took its element).
      if (removed || !map.getContainer().isConnected) return;
      L.geoJSON(shapes, { pane: 'basemap', interactive: false, style: { className: 'basemap-country', weight: 0.6 } }).addTo(map);
    });
  }
  return map;
}

/** Colors per package status: the legend and markers share them. */
export const STATUS_COLORS: Record<string, string> = {
  INFO_RECEIVED: '#7c8aa0',
  IN_TRANSIT: '#2463eb',
  OUT_FOR_DELIVERY: '#7c3aed',
  FAILED_ATTEMPT: '#d97706',
  AVAILABLE_FOR_PICKUP: '#0891b2',
  EXCEPTION: '#c0262d',
  DELIVERED: '#13795b',
  RETURNED: '#5b6472',
  CANCELLED: '#5b6472',
};

export const RISK_COLORS: Record<string, string> = { NONE: '#13795b', LOW: '#2463eb', MEDIUM: '#d97706', HIGH: '#c0262d', CRITICAL: '#7f1d1d' };
