import { describe, expect, it } from 'vitest';
import { parseImportFile } from './import-file';

describe('import files', () => {
  it('reads CSV with flat place columns, numbers as numbers, line numbers counting the header', () => {
    const csv = 'tracking_number,carrier,service_level,destination_name,destination_lat,destination_lon\nA-1,DHL,express,Hamburg,53.55,9.99\nA-2,UPS,,Köln,north,6.96\n';
    const { rows, errors } = parseImportFile('p.csv', csv);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[0]?.input).toMatchObject({ trackingNumber: 'A-1', carrier: 'DHL', serviceLevel: 'EXPRESS', destination: { name: 'Hamburg', lat: 53.55, lon: 9.99 } });
    // Not a number: sent as typed, so the API's validation names the field.
    expect(rows[1]?.input.destination?.lat).toBe('north');
    expect(rows[1]?.input.serviceLevel).toBeNull();
  });

  it('reads NDJSON in either case style and reports lines that are not JSON objects', () => {
    const ndjson = '{"trackingNumber":"B-1","carrier":"GLS","destination":{"name":"Paris","lat":48.8,"lon":2.3}}\nnot json\n\n{"tracking_number":"B-2","carrier":"GLS"}\n[1]\n';
    const { rows, errors } = parseImportFile('p.ndjson', ndjson);
    expect(rows.map((r) => [r.line, r.trackingNumber])).toEqual([
      [1, 'B-1'],
      [4, 'B-2'],
    ]);
    expect(rows[0]?.input.destination).toEqual({ name: 'Paris', lat: 48.8, lon: 2.3 });
    expect(errors.map((e) => e.line)).toEqual([2, 5]);
  });
});
