import type { FacilityType } from '../timeline.types.js';

export interface CatalogFacility {
  code: string;
  name: string;
  type: FacilityType;
  lat: number;
  lon: number;
  /** Hub a depot feeds; null for hubs and customs. */
  hub: string | null;
  /** Relative parcel volume (shipper and recipient density). */
  volume: number;
}

const hub = (code: string, name: string, lat: number, lon: number): CatalogFacility => ({ code, name, type: 'HUB', lat, lon, hub: null, volume: 0 });
const depot = (code: string, name: string, lat: number, lon: number, hubCode: string, volume = 1): CatalogFacility => ({
  code,
  name,
  type: 'DEPOT',
  lat,
  lon,
  hub: hubCode,
  volume,
});

/** A European road network: air/road gateway hubs, city depots, and UK customs at Dover. */
export const FACILITY_CATALOG: readonly CatalogFacility[] = [
  hub('HUB-FRA', 'Frankfurt Hub', 50.0379, 8.5622),
  hub('HUB-LEJ', 'Leipzig Hub', 51.4239, 12.2364),
  hub('HUB-PAR', 'Paris Roissy Hub', 49.0097, 2.5479),
  hub('HUB-AMS', 'Amsterdam Schiphol Hub', 52.3105, 4.7683),
  hub('HUB-MIL', 'Milan Malpensa Hub', 45.6306, 8.7281),
  hub('HUB-MAD', 'Madrid Hub', 40.4983, -3.5676),
  hub('HUB-WAW', 'Warsaw Hub', 52.1657, 20.9671),
  hub('HUB-LON', 'London Heathrow Hub', 51.47, -0.4543),
  { code: 'CUS-DVR', name: 'Dover Customs', type: 'CUSTOMS', lat: 51.1279, lon: 1.3134, hub: null, volume: 0 },
  depot('DEP-CGN', 'Cologne Depot', 50.9375, 6.9603, 'HUB-FRA', 1.2),
  depot('DEP-STR', 'Stuttgart Depot', 48.7758, 9.1829, 'HUB-FRA'),
  depot('DEP-MUC', 'Munich Depot', 48.1351, 11.582, 'HUB-FRA', 1.3),
  depot('DEP-BER', 'Berlin Depot', 52.52, 13.405, 'HUB-LEJ', 1.6),
  depot('DEP-HAM', 'Hamburg Depot', 53.5511, 9.9937, 'HUB-LEJ', 1.2),
  depot('DEP-DRS', 'Dresden Depot', 51.0504, 13.7373, 'HUB-LEJ', 0.6),
  depot('DEP-PAR', 'Paris Rungis Depot', 48.7467, 2.3522, 'HUB-PAR', 1.8),
  depot('DEP-LYS', 'Lyon Depot', 45.764, 4.8357, 'HUB-PAR'),
  depot('DEP-LIL', 'Lille Depot', 50.6292, 3.0573, 'HUB-PAR', 0.7),
  depot('DEP-BOD', 'Bordeaux Depot', 44.8378, -0.5792, 'HUB-PAR', 0.7),
  depot('DEP-RTM', 'Rotterdam Depot', 51.9244, 4.4777, 'HUB-AMS'),
  depot('DEP-UTC', 'Utrecht Depot', 52.0907, 5.1214, 'HUB-AMS', 0.7),
  depot('DEP-BRU', 'Brussels Depot', 50.8503, 4.3517, 'HUB-AMS'),
  depot('DEP-TRN', 'Turin Depot', 45.0703, 7.6869, 'HUB-MIL', 0.8),
  depot('DEP-BLQ', 'Bologna Depot', 44.4949, 11.3426, 'HUB-MIL', 0.7),
  depot('DEP-ROM', 'Rome Depot', 41.9028, 12.4964, 'HUB-MIL', 1.3),
  depot('DEP-MAD', 'Madrid Centro Depot', 40.4168, -3.7038, 'HUB-MAD', 1.4),
  depot('DEP-BCN', 'Barcelona Depot', 41.3874, 2.1686, 'HUB-MAD', 1.2),
  depot('DEP-VLC', 'Valencia Depot', 39.4699, -0.3763, 'HUB-MAD', 0.6),
  depot('DEP-SVQ', 'Seville Depot', 37.3891, -5.9845, 'HUB-MAD', 0.6),
  depot('DEP-KRK', 'Krakow Depot', 50.0647, 19.945, 'HUB-WAW', 0.7),
  depot('DEP-POZ', 'Poznan Depot', 52.4064, 16.9252, 'HUB-WAW', 0.6),
  depot('DEP-GDN', 'Gdansk Depot', 54.352, 18.6466, 'HUB-WAW', 0.5),
  depot('DEP-LON', 'London East Depot', 51.5072, -0.0005, 'HUB-LON', 1.8),
  depot('DEP-BHX', 'Birmingham Depot', 52.4862, -1.8904, 'HUB-LON', 0.9),
  depot('DEP-MAN', 'Manchester Depot', 53.4808, -2.2426, 'HUB-LON', 1),
];

/** Trunk linehauls (both directions). UK traffic crosses at Dover, through customs. */
export const TRUNK_LINKS: readonly [string, string][] = [
  ['HUB-FRA', 'HUB-PAR'],
  ['HUB-FRA', 'HUB-AMS'],
  ['HUB-FRA', 'HUB-LEJ'],
  ['HUB-FRA', 'HUB-MIL'],
  ['HUB-FRA', 'HUB-WAW'],
  ['HUB-LEJ', 'HUB-WAW'],
  ['HUB-LEJ', 'HUB-AMS'],
  ['HUB-PAR', 'HUB-AMS'],
  ['HUB-PAR', 'HUB-MAD'],
  ['HUB-PAR', 'HUB-MIL'],
  ['HUB-MIL', 'HUB-MAD'],
  ['HUB-PAR', 'CUS-DVR'],
  ['HUB-AMS', 'CUS-DVR'],
  ['CUS-DVR', 'HUB-LON'],
];

/** Sea crossings add ferry or tunnel time on top of road time. */
export const CROSSING_HOURS: Readonly<Record<string, number>> = { 'HUB-PAR>CUS-DVR': 2, 'HUB-AMS>CUS-DVR': 7 };
