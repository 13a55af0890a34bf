import type L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../__generated__';
import type { BoundingBox } from '../__generated__/graphql';
import { ACTIVE_STATUSES, ANOMALY_TYPES } from '../api/operations';
import { useLiveQuery } from '../live/live-updates';
import { formatLocation, humanize } from './display-format';
import { EnumSelect } from './enum-select';
import { createBaseMap, readTileUrl, RISK_COLORS, saveTileUrl, STATUS_COLORS } from './map/base-map';
import { ClusteredLayer, type MapPoint } from './map/clustered-layer';
import { facilityLayer } from './map/facility-layer';
import { QueryFeedback } from './query-feedback';
import { hrefFor } from './use-hash-route';

/** The map shows at most this many packages (the newest); the count says when there are more. */
const MAP_LIMIT = 500;
const SEVERITY_RANK = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

const MapQuery = graphql(`
  query DashboardMap($filter: PackageFilter, $first: Int) {
    packages(filter: $filter, first: $first) {
      totalCount
      totalCountEstimated
      edges {
        node {
          id
          trackingNumber
          carrier
          status
          currentLocation {
            facilityCode
            name
            lat
            lon
          }
        }
      }
    }
    facilities {
      ...DashboardFacility
    }
    packageStats {
      byCarrier {
        carrier
        count
      }
    }
  }
`);

// Separate from the packages: one query with both lists would exceed the gateway's cost limit.
const MapRiskQuery = graphql(`
  query DashboardMapRisk {
    anomalies(filter: { state: [OPEN, ACKNOWLEDGED] }, first: 200) {
      edges {
        node {
          id
          type
          severity
          package {
            id
          }
        }
      }
    }
  }
`);

const MapUpdatesFeed = graphql(`
  subscription DashboardMapUpdates($bbox: BoundingBox!) {
    mapUpdates(bbox: $bbox, throttleMs: 1000) {
      seq
      packageId
      lat
      lon
      status
      facilityCode
    }
  }
`);

interface Position {
  lat: number;
  lon: number;
  status: string;
  place: string | null;
}

const boxOf = (map: L.Map): BoundingBox => {
  const b = map.getBounds();
  const round = (n: number) => Math.round(n * 10) / 10;
  return { minLat: round(Math.max(-90, b.getSouth())), maxLat: round(Math.min(90, b.getNorth())), minLon: round(Math.max(-180, b.getWest())), maxLon: round(Math.min(180, b.getEast())) };
};

/** Every active package where it was last scanned, clustered, colored by status or risk, moving live. */
export function MapView() {
  const [status, setStatus] = useState('');
  const [carrier, setCarrier] = useState('');
  const [anomalyType, setAnomalyType] = useState('');
  const [colorBy, setColorBy] = useState<'status' | 'risk'>('status');
  const [showFacilities, setShowFacilities] = useState(true);
  const [tileUrl, setTileUrl] = useState(readTileUrl);
  const filter = { status: status ? [status as (typeof ACTIVE_STATUSES)[number]] : ACTIVE_STATUSES, ...(carrier ? { carrier: [carrier] } : {}) };
  const [{ data, error, fetching }] = useLiveQuery({ query: MapQuery, variables: { filter, first: MAP_LIMIT } });
  const [riskResult] = useLiveQuery({ query: MapRiskQuery });

  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map>(null);
  const clusters = useRef<ClusteredLayer>(null);
  const facilitiesLayer = useRef<L.LayerGroup>(null);
  const [bbox, setBbox] = useState<BoundingBox>();
  const [live, setLive] = useState<Map<string, Position>>(new Map());

  useEffect(() => {
    if (!element.current) return;
    const created = createBaseMap(element.current);
    map.current = created;
    clusters.current = new ClusteredLayer(created, (id) => (location.hash = hrefFor.package(id)));
    const moved = () => setBbox(boxOf(created));
    created.on('moveend', moved);
    moved();
    return () => {
      created.stop().remove();
      map.current = null;
    };
  }, []);

  // Scans inside the visible box move markers between refetches.
  const [feed] = useSubscription({ query: MapUpdatesFeed, variables: { bbox: bbox ?? { minLat: 0, maxLat: 0, minLon: 0, maxLon: 0 } }, pause: !bbox });
  const update = feed.data?.mapUpdates;
  useEffect(() => {
    if (!update) return;
    setLive((current) => new Map(current).set(update.packageId, { lat: update.lat, lon: update.lon, status: update.status, place: update.facilityCode ?? null }));
  }, [update]);

  const risk = useMemo(() => {
    const byPackage = new Map<string, { severity: string; types: Set<string> }>();
    for (const { node } of riskResult.data?.anomalies.edges ?? []) {
      if (!node.package) continue;
      const entry = byPackage.get(node.package.id) ?? { severity: 'LOW', types: new Set<string>() };
      entry.types.add(node.type);
      if (SEVERITY_RANK.indexOf(node.severity) > SEVERITY_RANK.indexOf(entry.severity)) entry.severity = node.severity;
      byPackage.set(node.package.id, entry);
    }
    return byPackage;
  }, [riskResult.data]);

  const points = useMemo(() => {
    const result: MapPoint[] = [];
    for (const { node } of data?.packages.edges ?? []) {
      const moved = live.get(node.id);
      const lat = moved?.lat ?? node.currentLocation?.lat;
      const lon = moved?.lon ?? node.currentLocation?.lon;
      if (lat == null || lon == null) continue;
      const anomalies = risk.get(node.id);
      if (anomalyType && !anomalies?.types.has(anomalyType)) continue;
      const currentStatus = moved?.status ?? node.status;
      const color = colorBy === 'status' ? (STATUS_COLORS[currentStatus] ?? '#5b6472') : (RISK_COLORS[anomalies?.severity ?? 'NONE'] ?? '#5b6472');
      const place = moved?.place ?? formatLocation(node.currentLocation);
      result.push({ id: node.id, lat, lon, color, label: `${node.trackingNumber} · ${node.carrier} · ${humanize(currentStatus)}${place ? ` · ${place}` : ''}` });
    }
    return result;
  }, [data, live, risk, anomalyType, colorBy]);

  useEffect(() => clusters.current?.setPoints(points), [points]);

  useEffect(() => {
    const current = map.current;
    if (!current || !data) return;
    facilitiesLayer.current?.remove();
    facilitiesLayer.current = showFacilities ? facilityLayer(current, data.facilities).addTo(current) : null;
  }, [data, showFacilities]);

  const legend = colorBy === 'status' ? ACTIVE_STATUSES.map((s) => [humanize(s), STATUS_COLORS[s]] as const) : Object.entries(RISK_COLORS).map(([s, c]) => [s === 'NONE' ? 'No open anomaly' : humanize(s), c] as const);
  const total = data?.packages.totalCount ?? 0;
  return (
    <section className="map-page">
      <div className="row-between">
        <h2>
          Live map{' '}
          <span className="muted count-total" data-testid="map-count">
            {points.length}
          </span>
        </h2>
        {total > MAP_LIMIT && <span className="muted small">showing the newest {MAP_LIMIT} of {data?.packages.totalCountEstimated ? '≈ ' : ''}{total} active packages</span>}
      </div>
      <div className="toolbar">
        <EnumSelect label="Status" allLabel="All active statuses" values={ACTIVE_STATUSES} value={status} onChange={setStatus} />
        <select aria-label="Carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)}>
          <option value="">All carriers</option>
          {data?.packageStats.byCarrier.map((c) => (
            <option key={c.carrier} value={c.carrier}>
              {c.carrier}
            </option>
          ))}
        </select>
        <EnumSelect label="Anomaly type" allLabel="Any anomaly or none" values={ANOMALY_TYPES} value={anomalyType} onChange={setAnomalyType} />
        <select aria-label="Color by" value={colorBy} onChange={(e) => setColorBy(e.target.value as 'status' | 'risk')}>
          <option value="status">Color by status</option>
          <option value="risk">Color by risk</option>
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={showFacilities} onChange={(e) => setShowFacilities(e.target.checked)} /> Facilities
        </label>
      </div>
      <QueryFeedback error={error ?? riskResult.error} loading={fetching && !data} />
      <div className="map-frame card">
        <div ref={element} className="map" data-testid="live-map" aria-label="Map of active packages" role="region" />
        <ul className="legend" aria-label="Legend">
          {legend.map(([label, color]) => (
            <li key={label}>
              <span className="dot" style={{ background: color }} /> {label}
            </li>
          ))}
        </ul>
      </div>
      <details className="tile-setting">
        <summary>Base map</summary>
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            saveTileUrl(tileUrl);
            location.reload();
          }}
        >
          <label htmlFor="tile-url">Tile URL (optional; leave empty for the offline map)</label>
          <input id="tile-url" type="url" placeholder="https://tiles.example.org/{z}/{x}/{y}.png" value={tileUrl} onChange={(e) => setTileUrl(e.target.value)} />
          <button type="submit">Save</button>
        </form>
      </details>
    </section>
  );
}
