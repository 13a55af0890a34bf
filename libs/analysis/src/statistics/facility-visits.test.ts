import { describe, expect, it } from 'vitest';
import { buildHistory, MUNICH_ADDRESS } from '../testing/history.factory.js';
import { currentVisit, facilityVisits } from './facility-visits.js';

describe('facilityVisits', () => {
  it('keeps position-less events inside a stay and ends it at a scan elsewhere', () => {
    const pkg = buildHistory({
      id: 'v',
      scans: [
        { afterHours: 0, facility: 'HUB-BER' },
        { afterHours: 1, status: 'EXCEPTION', location: null },
        { afterHours: 1, facility: 'HUB-BER' },
        { afterHours: 2, facility: 'HUB-LEJ' },
        { afterHours: 3, location: MUNICH_ADDRESS },
        { afterHours: 1, facility: 'HUB-LEJ' },
      ],
    });
    const visits = facilityVisits(pkg.events);
    expect(visits.map((v) => [v.facilityCode, v.first.eventId, v.last.eventId, v.exit?.eventId ?? null, v.next?.eventId ?? null])).toEqual([
      ['HUB-BER', 'v-e1', 'v-e3', 'v-e4', 'v-e4'],
      // A located non-facility scan (a courier) ends the stay, so the return is a new stay.
      ['HUB-LEJ', 'v-e4', 'v-e4', 'v-e5', 'v-e5'],
      ['HUB-LEJ', 'v-e6', 'v-e6', null, null],
    ]);
    expect(visits[0]?.events.map((e) => e.eventId)).toEqual(['v-e1', 'v-e2', 'v-e3']);
    expect(currentVisit(pkg.events)?.first.eventId).toBe('v-e6');
  });

  it('has no current stay once the package left its last facility', () => {
    const pkg = buildHistory({ id: 'w', scans: [{ afterHours: 0, facility: 'DEP-MUC' }, { afterHours: 2, status: 'DELIVERED', location: MUNICH_ADDRESS }] });
    expect(currentVisit(pkg.events)).toBeNull();
    // A trailing position-less event belongs to the ongoing stay and is its "next" event.
    const noted = buildHistory({ id: 'x', scans: [{ afterHours: 0, facility: 'DEP-MUC' }, { afterHours: 2, status: 'EXCEPTION', location: null }] });
    expect(currentVisit(noted.events)).toMatchObject({ exit: null, next: { eventId: 'x-e2' } });
    expect(currentVisit(noted.events)?.events).toHaveLength(2);
  });
});
