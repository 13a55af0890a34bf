import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzSeed, Random } from '../../../../../test/support/fuzz/random.js';
import { buildAck997, parseX12_214, X12Error } from './index.js';
import { AT7_STATUS } from './status-codes.js';
import { x12Instant } from './time.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function malformed(name: string): X12Error {
  try {
    parseX12_214(fixture(name));
  } catch (error) {
    if (error instanceof X12Error) return error;
    throw error;
  }
  throw new Error(`${name} parsed`);
}

describe('X12 214 parser', () => {
  it('maps a whole journey: statuses, raw codes, times with time codes, MS1 and N1/N4 locations, references', () => {
    const { interchange, transactions } = parseX12_214(fixture('journey-214.edi'));
    expect(interchange).toMatchObject({ sender: 'ACMEFRT', control: '000000101', delimiters: { element: '*', component: '>', segment: '~' } });
    expect(transactions).toHaveLength(1);
    const [tx] = transactions;
    expect(tx).toMatchObject({ control: '0001', shipmentId: 'X12TRACK1', reference: 'PRO778899', rejected: [] });
    const events = tx!.events.map((e) => e.event);
    expect(events.map((e) => [e.carrierCode, e.status, e.occurredAt])).toEqual([
      ['X3/NS', 'INFO_RECEIVED', '2026-11-18T08:00:00.000Z'], // LT: read as UTC, flagged
      ['AF/NS', 'IN_TRANSIT', '2026-11-18T14:30:00.000Z'], // ET in November is EST, UTC-5
      ['X4/NS', 'IN_TRANSIT', '2026-11-18T17:15:00.000Z'],
      ['P1/NS', 'IN_TRANSIT', '2026-11-18T19:00:00.000Z'],
      ['X6/NS', 'IN_TRANSIT', '2026-11-19T13:00:00.000Z'], // CT, UTC-6
      ['X1/NS', 'OUT_FOR_DELIVERY', '2026-11-19T16:15:00.000Z'], // CS, UTC-6
      ['D1/NS', 'DELIVERED', '2026-11-19T16:30:00.000Z'],
    ]);
    expect(events.map((e) => e.eventId)).toEqual(events.map((e) => `x12:ACMEFRT:X12TRACK1:${e.carrierCode}:${e.occurredAt}`));
    expect(events[2]!.attributes.x12).toEqual({ interchange: '000000101', group: '101', set: '0001', at7: 2 });
    expect(events[0]).toMatchObject({ trackingNumber: 'X12TRACK1', description: 'Arrived at pick-up location (Normal status)', location: { facilityCode: null, name: 'Dayton, OH, US' } });
    expect(events[0]!.attributes).toMatchObject({ source: 'x12-214', reference: 'PRO778899', scac: 'ACMF', timeCode: 'LT', timeAssumedUtc: true, references: [{ qualifier: 'PO', value: 'PO-4471' }] });
    expect(events[1]!.attributes).toMatchObject({ equipment: 'ACMF TRL5512' });
    expect(events[1]!.attributes.timeAssumedUtc).toBeUndefined();
    // The N1 of the detail loop names and codes the place, for every AT7 of the loop; its L11 applies too.
    expect(events[2]).toMatchObject({ location: { facilityCode: 'CMH-T1', name: 'Columbus Terminal' } });
    expect(events[3]!.attributes.references).toEqual([{ qualifier: 'PO', value: 'PO-4471' }, { qualifier: 'BM', value: 'BOL-5521' }]);
    // The header N1 (shipper) is a party, not where LX 4 happened.
    expect(events[4]!.location).toEqual({ facilityCode: null, name: 'Indianapolis, IN, US' });
  });

  it('reads the delimiters the ISA declares: | and ^ with ~, several transactions, no line breaks', () => {
    const { interchange, transactions } = parseX12_214(fixture('pipe-caret-214.edi'));
    expect(interchange.delimiters).toEqual({ element: '|', component: '^', segment: '~' });
    expect(transactions.map((t) => [t.control, t.shipmentId, t.reference])).toEqual([['0001', 'X12PIPE1', 'REF-A'], ['0002', 'X12PIPE2', 'REF-B']]);
    expect(transactions.flatMap((t) => t.events.map((e) => [e.event.carrierCode, e.event.status]))).toEqual([
      ['OO/NS', 'INFO_RECEIVED'], ['AM/NS', 'IN_TRANSIT'], ['SD/AG', 'EXCEPTION'], ['I1/NS', 'IN_TRANSIT'],
      ['X1/NS', 'OUT_FOR_DELIVERY'], ['AP/A1', 'FAILED_ATTEMPT'], ['A9/BG', 'EXCEPTION'],
    ]);
    expect(transactions[0]!.events[2]!.event.description).toBe('Shipment delayed (Consignee related)');
    expect(transactions[0]!.events[1]!.event.location).toEqual({ facilityCode: null, name: 'Lyon, FR' });
  });

  it('takes a newline as the segment terminator', () => {
    const { interchange, transactions } = parseX12_214(fixture('newline-terminated-214.edi'));
    expect(interchange.delimiters.segment).toBe('\n');
    expect(transactions[0]!.events[0]!.event).toMatchObject({ carrierCode: 'X6/NS', occurredAt: '2026-11-18T19:00:00.000Z', location: { name: 'Portland, OR, US' } });
  });

  it('uses the header N1/N4 as the place when the set has no LX loop; CRLF after terminators is formatting', () => {
    const text = fixture('no-lx-loop-214.edi');
    expect(text).toContain('~\r\n');
    const [tx] = parseX12_214(text).transactions;
    expect(tx!.events.map((e) => e.event)).toEqual([
      expect.objectContaining({ eventId: 'x12:ACMEFRT:X12NOLX1:X1/NS:2026-11-18T22:30:00.000Z', carrierCode: 'X1/NS', occurredAt: '2026-11-18T22:30:00.000Z', location: { facilityCode: 'RIV-D2', name: 'Riverside Depot' } }),
    ]);
  });

  it('derives event ids from what the status says, so a resend under new control numbers has the same ids', () => {
    const ids = (text: string) => parseX12_214(text).transactions.flatMap((t) => t.events.map((e) => e.event.eventId));
    const first = ids(fixture('journey-214.edi'));
    expect(new Set(first).size).toBe(7);
    const resent = fixture('journey-214.edi').replace('*000000101*', '*000000999*').replace('IEA*1*000000101', 'IEA*1*000000999').replaceAll('*101~', '*555~').replace('*101*X*', '*555*X*');
    expect(parseX12_214(resent).interchange.control).toBe('000000999');
    expect(ids(resent)).toEqual(first);
    // The same codes of the same shipment at another time, or from two groups, are different events.
    expect(ids(fixture('two-groups-214.edi'))).toEqual(['x12:ACMEFRT:X12GRP1:X3/NS:2026-11-18T08:00:00.000Z', 'x12:ACMEFRT:X12GRP1:AF/NS:2026-11-18T09:00:00.000Z']);
  });

  it('rejects AT7s it cannot read one by one, naming segment and element, and keeps the rest', () => {
    const [tx] = parseX12_214(fixture('event-errors-214.edi')).transactions;
    expect(tx!.events.map((e) => [e.index, e.event.carrierCode])).toEqual([[5, 'X1/NS']]);
    expect(tx!.rejected.map((r) => [r.index, r.code, r.element])).toEqual([
      [0, 'UNKNOWN_STATUS_CODE', 1], [1, 'INVALID_DATE_TIME', 5], [2, 'INVALID_DATE_TIME', 6], [3, 'INVALID_DATE_TIME', 7], [4, 'MISSING_STATUS_CODE', 1],
    ]);
    expect(tx!.rejected[0]!.message).toBe('segment 6 (AT7), element 01: unknown AT701 shipment status code "ZZ"');
    expect(tx!.rejected[1]!.message).toContain('segment 8 (AT7), element 05: AT705 is not a calendar date: "20261331"');
  });

  it.each([
    ['bad-iea-control-214.edi', 'X12_CONTROL_MISMATCH', 'IEA', 2],
    ['bad-ge-control-214.edi', 'X12_CONTROL_MISMATCH', 'GE', 2],
    ['bad-se-control-214.edi', 'X12_CONTROL_MISMATCH', 'SE', 2],
    ['bad-se-count-214.edi', 'X12_COUNT_MISMATCH', 'SE', 1],
    ['bad-ge-count-214.edi', 'X12_COUNT_MISMATCH', 'GE', 1],
    ['isa-not-fixed-width-214.edi', 'X12_INVALID_ISA', 'ISA', 7],
    ['missing-b10-214.edi', 'X12_MISSING_SEGMENT', 'ST', null],
    ['not-214-214.edi', 'X12_INVALID_ELEMENT', 'ST', 1],
  ])('refuses %s with %s at %s element %s', (name, code, segmentId, element) => {
    const error = malformed(name);
    expect(error.code).toBe(code);
    expect(error.position).toMatchObject({ segmentId, element });
  });

  it('names the segment: truncated input, wrong separators, bad control numbers', () => {
    expect(malformed('truncated-214.edi')).toMatchObject({ code: 'X12_TRUNCATED', position: { segment: 8, segmentId: 'GE*' } });
    expect(malformed('wrong-separators-214.edi')).toMatchObject({ code: 'X12_INVALID_SEGMENT', position: { segment: 2, segmentId: 'GS|' } });
    expect(malformed('bad-iea-control-214.edi').message).toBe('segment 9 (IEA), element 02: control number "000000607" does not match ISA13 "000000606"');
    expect(malformed('bad-se-count-214.edi').message).toBe('segment 7 (SE), element 01: SE01, the number of segments from ST to SE, says 4 but there are 5');
  });

  it('refuses what is not an interchange', () => {
    for (const text of ['', 'hello', 'ISA*00*', '{"a":1}', `ISA${'*'.repeat(103)}`]) {
      expect(() => parseX12_214(text)).toThrow(X12Error);
    }
  });

  it('answers any mutation of the fixtures with events or an X12Error, never another exception', () => {
    const random = new Random(fuzzSeed(214));
    const texts = readdirSync(new URL('./fixtures/', import.meta.url)).map(fixture);
    const alphabet = ['*', '~', '|', '^', '>', '\n', '\r', ' ', '\0', 'ISA', 'GS', 'ST', 'SE', 'GE', 'IEA', 'AT7', '0', '9', '\uFFFD'];
    const unexpected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = random.pick(texts);
      for (let edits = 1 + random.int(0, 4); edits > 0; edits--) {
        const at = random.int(0, text.length + 1);
        const cut = random.chance(0.5) ? 1 + random.int(0, 5) : 0;
        text = text.slice(0, at) + (random.chance(0.7) ? random.pick(alphabet) : '') + text.slice(at + cut);
      }
      try {
        const parsed = parseX12_214(text);
        buildAck997(parsed.interchange, parsed.transactions, new Date());
      } catch (error) {
        if (!(error instanceof X12Error)) unexpected.push(`${String(error)} for ${JSON.stringify(text.slice(0, 120))}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('maps every listed AT701 code and knows the time codes', () => {
    for (const [code, { status }] of Object.entries(AT7_STATUS)) {
      const text = fixture('newline-terminated-214.edi').replace('AT7*X6*NS', `AT7*${code}*NS`);
      expect(parseX12_214(text).transactions[0]!.events[0]!.event).toMatchObject({ status, carrierCode: `${code}/NS` });
    }
    expect(x12Instant('20260701', '1200', 'ET')).toMatchObject({ iso: '2026-07-01T16:00:00.000Z' }); // EDT in July
    expect(x12Instant('20260701', '1200', 'PS')).toMatchObject({ iso: '2026-07-01T20:00:00.000Z' }); // fixed standard offset
    expect(x12Instant('20260229', '1200', 'UT')).toMatchObject({ ok: false, element: 5 });
    expect(x12Instant('20261118', '12', 'UT')).toMatchObject({ ok: false, element: 6 });
  });
});

describe('997 functional acknowledgment', () => {
  it('acknowledges each set: A when clean, AK3/AK4 per refused AT7 and E when some are taken', () => {
    const parsed = parseX12_214(fixture('event-errors-214.edi'));
    const ack = buildAck997(parsed.interchange, parsed.transactions, new Date('2026-12-02T10:05:00Z')).split('\n');
    expect(ack[0]).toBe('ISA*00*          *00*          *ZZ*CLEARPATH      *02*ACMEFRT        *261202*1005*U*00401*000000505*0*T*>~');
    expect(ack.slice(1)).toEqual([
      'GS*FA*CLEARPATH*ACMEFRT*20261202*1005*505*X*004010~',
      'ST*997*0001~',
      'AK1*QM*505~',
      'AK2*214*0001~',
      'AK3*AT7*4**8~', 'AK4*1**7~',
      'AK3*AT7*6**8~', 'AK4*5**8~',
      'AK3*AT7*8**8~', 'AK4*6**9~',
      'AK3*AT7*10**8~', 'AK4*7**7~',
      'AK3*AT7*12**8~', 'AK4*1**1~',
      'AK5*E~',
      'AK9*E*1*1*1~',
      'SE*16*0001~',
      'GE*1*505~',
      'IEA*1*000000505~',
    ]);
    const clean = parseX12_214(fixture('pipe-caret-214.edi'));
    const cleanAck = buildAck997(clean.interchange, clean.transactions, new Date('2026-12-02T10:05:00Z'));
    expect(cleanAck).toContain('AK2|214|0001~\nAK5|A~\nAK2|214|0002~\nAK5|A~\nAK9|A|2|2|2~');
    // The ack is itself a well-formed interchange with the sender's delimiters.
    expect(cleanAck.startsWith('ISA|')).toBe(true);
    expect(cleanAck.split('\n')[0]).toHaveLength(106);
  });
});
