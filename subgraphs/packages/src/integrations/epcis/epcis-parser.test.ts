import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EpcisFormatError, parseEpcis } from './epcis-parser.js';
import { facilityCodeFor, parseEpc } from './identifiers.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('EPCIS identifiers (TDS / Digital Link)', () => {
  it('reads SSCC and SGTIN in URN and Digital Link form, with the keys a package may carry', () => {
    // TDS examples: urn:epc:id:sscc:0614141.1234567890 is SSCC 106141412345678908.
    expect(parseEpc('urn:epc:id:sscc:0614141.1234567890')?.keys).toEqual(['urn:epc:id:sscc:0614141.1234567890', '106141412345678908']);
    expect(parseEpc('http://id.gs1.org/00/106141412345678908?linkType=all')?.keys).toEqual(['https://id.gs1.org/00/106141412345678908', '106141412345678908']);
    expect(parseEpc('urn:epc:id:sgtin:0614141.812345.6789')?.keys).toEqual(['urn:epc:id:sgtin:0614141.812345.6789', '6789']);
    expect(parseEpc('https://example.com/01/80614141123458/21/AB%2F12')?.keys).toEqual(['https://example.com/01/80614141123458/21/AB%2F12', 'AB/12']);
  });

  it('refuses class-level ids, wrong digit counts and bad check digits', () => {
    expect(parseEpc('urn:epc:class:lgtin:4012345.012345.998877')).toBeNull();
    expect(parseEpc('urn:epc:id:sscc:0614141.123456789')).toBeNull();
    expect(parseEpc('https://id.gs1.org/00/106141412345678907')).toBeNull();
    expect(parseEpc('https://id.gs1.org/01/80614141123458')).toBeNull();
    // Broken percent escapes, decoded control characters and non-ASCII are not identifiers (and never reach a lookup).
    expect(parseEpc('https://id.gs1.org/01/80614141123458/21/%E0%A4%A')).toBeNull();
    expect(parseEpc('https://id.gs1.org/01/80614141123458/21/A%00B')).toBeNull();
    expect(parseEpc('urn:epc:id:sscc:0614141.1234567890\u0000')).toBeNull();
  });

  it('turns SGLN and Digital Link locations into GLN facility codes', () => {
    expect(facilityCodeFor('urn:epc:id:sgln:0614141.12345.0')).toEqual({ code: '0614141123452' });
    expect(facilityCodeFor('urn:epc:id:sgln:0614141.12345.400')).toEqual({ code: '0614141123452-400' });
    expect(facilityCodeFor('https://id.gs1.org/414/0614141123452/254/400')).toEqual({ code: '0614141123452-400' });
    expect(facilityCodeFor('https://id.gs1.org/414/0614141123450')).toHaveProperty('error');
    expect(facilityCodeFor('urn:epc:id:sgln:0614141.12.0')).toHaveProperty('error');
    expect(facilityCodeFor('DEP-BER')).toEqual({ code: 'DEP-BER' });
    expect(facilityCodeFor('https://id.gs1.org/414/0614141123452/254/%ZZ')).toHaveProperty('error');
  });
});

describe('parseEpcis', () => {
  it('maps every bizStep form and disposition of the mappings fixture', () => {
    const { events, rejected } = parseEpcis(fixture('mappings.json'));
    expect(rejected).toEqual([]);
    expect(events.map((e) => [e.index, e.event.status, e.epc.keys[1]])).toEqual([
      [0, 'IN_TRANSIT', '106141412345678908'],
      [1, 'IN_TRANSIT', '106141412345678908'],
      [2, 'IN_TRANSIT', '6789'],
      [3, 'IN_TRANSIT', '6789'],
      [4, 'EXCEPTION', '006141410000000012'],
      [5, 'DELIVERED', '106141412345678908'],
      [6, 'RETURNED', '106141412345678908'],
      [7, 'CANCELLED', '106141412345678908'],
      [8, 'EXCEPTION', '106141412345678908'],
      [9, 'INFO_RECEIVED', '106141412345678908'],
      [10, 'IN_TRANSIT', '106141412345678908'],
      [10, 'IN_TRANSIT', '6789'],
    ]);
    const [first, second, third] = events;
    expect(first!.event).toMatchObject({
      eventId: 'urn:uuid:6d2c9a1e-0000-4000-8000-000000000000',
      carrierCode: 'shipping',
      occurredAt: '2026-11-20T08:00:00+01:00',
      location: { facilityCode: '0614141007776' },
      attributes: { source: 'epcis', action: 'OBSERVE', epc: 'urn:epc:id:sscc:0614141.1234567890' },
    });
    expect(first!.pointer).toBe('/epcisBody/eventList/0/epcList/0');
    expect(second!.event.location).toEqual({ facilityCode: '0614141007776-7' });
    expect(third!.event.location).toEqual({ facilityCode: '0614141123452' });
    // No eventID and two EPCs: a derived key per EPC, the same on every parse.
    const derived = events.filter((e) => e.index === 10).map((e) => e.event.eventId);
    expect(derived[0]).toMatch(/^epcis:sha256:[0-9a-f]{64}#urn:epc:id:sscc:/);
    expect(new Set(derived).size).toBe(2);
    expect(parseEpcis(fixture('mappings.json')).events.filter((e) => e.index === 10).map((e) => e.event.eventId)).toEqual(derived);
    expect(events.filter((e) => e.index === 10).map((e) => e.pointer)).toEqual([
      '/epcisBody/eventList/10/quantityList/0/epcClass',
      '/epcisBody/eventList/10/quantityList/1/epcClass',
    ]);
  });

  it('derives the same key whatever the key order or recordTime, and another for another event', () => {
    const event = { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-20T08:00:00Z', epcList: ['urn:epc:id:sscc:0614141.1234567890'] };
    const reordered = { epcList: event.epcList, eventTime: event.eventTime, bizStep: 'shipping', action: 'OBSERVE', type: 'ObjectEvent', recordTime: '2026-11-21T00:00:00Z' };
    const id = (e: object) => parseEpcis([e]).events[0]!.event.eventId;
    expect(id(reordered)).toBe(id(event));
    expect(id({ ...event, eventTime: '2026-11-20T08:00:01Z' })).not.toBe(id(event));
  });

  it('reports each malformed event with a JSON pointer and a code, keeping the valid EPCs', () => {
    const { events, rejected } = parseEpcis(fixture('malformed.json'));
    expect(rejected.map((r) => [r.index, r.pointer, r.code])).toEqual([
      [0, '/0/eventTime', 'INVALID_TIMESTAMP'],
      [1, '/1/eventTime', 'INVALID_TIMESTAMP'],
      [2, '/2/eventTimeZoneOffset', 'INVALID_TIMESTAMP'],
      [3, '/3/bizStep', 'UNKNOWN_BIZ_STEP'],
      [4, '/4/type', 'UNSUPPORTED_EVENT_TYPE'],
      [5, '/5/epcList', 'MISSING_EPC'],
      [6, '/6/epcList/1', 'UNSUPPORTED_EPC'],
      [7, '/7/action', 'INVALID_EVENT'],
      [8, '/8/disposition', 'UNKNOWN_DISPOSITION'],
      [9, '/9/readPoint/id', 'INVALID_LOCATION'],
      [10, '/10', 'INVALID_EVENT'],
      [11, '/11/bizStep', 'UNKNOWN_BIZ_STEP'],
      [12, '/12/eventTimeZoneOffset', 'INVALID_TIMESTAMP'],
      [13, '/13/epcList/0', 'UNSUPPORTED_EPC'],
      [14, '/14/bizStep', 'UNMAPPED_BIZ_STEP'],
    ]);
    expect(rejected[2]!.message).toContain('+01:00');
    expect(rejected[6]!.message).toContain('urn:epc:class:lgtin:4012345.012345.998877');
    expect(events.map((e) => [e.index, e.pointer])).toEqual([[6, '/6/epcList/0']]);
    // Two EPCs in the event, so the kept one's key is not the (absent) eventID alone.
    expect(events[0]!.event.eventId).toMatch(/#urn:epc:id:sscc:0614141\.1234567890$/);
  });

  it('refuses an event without eventID nested too deep to derive its key, instead of exhausting the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const event = { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-20T08:00:00Z', epcList: ['urn:epc:id:sscc:0614141.1234567890'], 'example:ext': deep };
    expect(parseEpcis([event]).rejected).toEqual([{ index: 0, pointer: '/0', code: 'INVALID_EVENT', message: expect.stringContaining('nest') }]);
    expect(parseEpcis([{ ...event, eventID: 'urn:uuid:deep' }]).events).toHaveLength(1);
  });

  it('refuses what is not EPCIS with a pointer to where it went wrong', () => {
    const pointerOf = (body: unknown) => {
      try {
        parseEpcis(body);
      } catch (error) {
        if (error instanceof EpcisFormatError) return error.pointer;
        throw error;
      }
      return 'parsed';
    };
    expect(pointerOf('text')).toBe('');
    expect(pointerOf(null)).toBe('');
    expect(pointerOf({ type: 'ObjectEvent' })).toBe('/type');
    expect(pointerOf({ type: 'EPCISDocument' })).toBe('/epcisBody');
    expect(pointerOf({ type: 'EPCISDocument', epcisBody: { eventList: {} } })).toBe('/epcisBody/eventList');
    expect(pointerOf({ type: 'EPCISQueryDocument', epcisBody: {} })).toBe('/epcisBody/queryResults/resultsBody/eventList');
    expect(pointerOf({ type: 'EPCISDocument', epcisBody: { eventList: [] } })).toBe('parsed');
  });
});
