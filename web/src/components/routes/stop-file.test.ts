import { describe, expect, it } from 'vitest';
import { stopsFromFile } from './stop-file';

const SOLOMON = `TINY

VEHICLE
NUMBER     CAPACITY
  4         50

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      40         50          0          0        600          0
    1      50         50         10         60        120         15
    2      40         61         20          0        600         10
`;

const VRPLIB = `NAME : TINY-V
TYPE : VRPTW
DIMENSION : 3
VEHICLES : 2
CAPACITY : 30
EDGE_WEIGHT_TYPE : EUC_2D
NODE_COORD_SECTION
1 0 0
2 0 5
3 5 0
DEMAND_SECTION
1 0
2 3
3 4
TIME_WINDOW_SECTION
1 0 480
2 30 90
3 0 480
SERVICE_TIME_SECTION
1 0
2 5
3 5
DEPOT_SECTION
1
-1
EOF
`;

const MUNICH = { lat: 48.14, lon: 11.58 };
const START = new Date('2026-12-03T07:00:00Z');
const kmBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6371;
};

describe('stopsFromFile', () => {
  it('places a Solomon instance around the depot: a unit is a kilometre, its times minutes after the start', () => {
    const file = stopsFromFile(SOLOMON, MUNICH, START);
    expect(file).toMatchObject({ name: 'TINY', format: 'Solomon', fleet: { count: 4, capacity: 50 }, endAt: '2026-12-03T17:00:00.000Z' });
    const [east, north] = file.stops;
    expect(east).toMatchObject({ id: '1', demand: 10, serviceMinutes: 15, windowStart: '2026-12-03T08:00:00.000Z', windowEnd: '2026-12-03T09:00:00.000Z' });
    expect(kmBetween(MUNICH, east!)).toBeCloseTo(10, 1);
    expect(east!.lat).toBeCloseTo(MUNICH.lat, 6);
    expect(kmBetween(MUNICH, north!)).toBeCloseTo(11, 1);
    expect(north!.lon).toBeCloseTo(MUNICH.lon, 6);
  });

  it('reads VRPLIB with its depot section, fleet and service times', () => {
    const file = stopsFromFile(VRPLIB, MUNICH, START);
    expect(file).toMatchObject({ name: 'TINY-V', format: 'VRPLIB', fleet: { count: 2, capacity: 30 }, endAt: '2026-12-03T15:00:00.000Z' });
    expect(file.stops.map((s) => [s.id, s.demand, s.serviceMinutes])).toEqual([
      ['2', 3, 5],
      ['3', 4, 5],
    ]);
    expect(kmBetween(MUNICH, file.stops[0]!)).toBeCloseTo(5, 1);
  });

  it("says what is wrong with a file that is neither, in the reader's words", () => {
    expect(() => stopsFromFile('hello\n1 2 3\n', MUNICH, START)).toThrow(/expected 7 numbers per node row/);
    expect(() => stopsFromFile(VRPLIB.replace('EUC_2D', 'GEO'), MUNICH, START)).toThrow(/EDGE_WEIGHT_TYPE GEO is not supported/);
  });
});
