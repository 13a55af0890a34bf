import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0 } from '../testing/history.factory.js';
import { buildTimeline } from './timeline.builder.js';

describe('buildTimeline', () => {
  it('gives each step its gap, and each facility stay its length on the first scan', () => {
    const timeline = buildTimeline(buildHistory({ id: 'p', scans: NORMAL_ROUTE }));
    expect(timeline.steps).toHaveLength(10);
    const [label, depotIn, depotOut, hubIn] = timeline.steps;
    expect(label).toMatchObject({ eventId: 'p-e1', gapHours: null, stayHours: null, sinceStartHours: 0 });
    expect(depotIn).toMatchObject({ eventId: 'p-e2', gapHours: 2, stayHours: 6, facilityCode: 'DEP-BER' });
    expect(depotOut).toMatchObject({ gapHours: 3, stayHours: null });
    expect(hubIn?.label).toBe(`${hoursAfter(T0, 8).toISOString()} IN_TRANSIT at HUB-BER (3.0 h after previous scan; stayed 6.0 h)`);
    expect(timeline.spanHours).toBe(38);
    expect(timeline.longestGap).toEqual({ hours: 9, fromEventId: 'p-e8', toEventId: 'p-e9', facilityCode: 'DEP-MUC', ongoing: false });
  });

  it('runs an in-flight package’s ongoing stay and silence to now', () => {
    const timeline = buildTimeline(buildHistory({ id: 'q', scans: NORMAL_ROUTE.slice(0, 6) }), hoursAfter(T0, 14 + 30));
    expect(timeline.steps.at(-1)).toMatchObject({ eventId: 'q-e6', stayHours: 30 });
    expect(timeline.steps.at(-1)?.label).toContain('there for 30.0 h');
    expect(timeline.longestGap).toMatchObject({ hours: 30, fromEventId: 'q-e6', toEventId: null, ongoing: true });
  });

  it('handles a package without events', () => {
    expect(buildTimeline(buildHistory({ id: 'e', scans: [] }))).toEqual({ packageId: 'e', steps: [], spanHours: 0, longestGap: null });
  });
});
