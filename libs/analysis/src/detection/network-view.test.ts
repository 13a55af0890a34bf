import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, MUNICH_ADDRESS, NORMAL_ROUTE, T0 } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { currentStage, deliveringFacility, hopsToward, outboundHops } from './network-view.js';

const { network } = learnedNetwork();

describe('detection reads the network model', () => {
  it('knows the routing delivered packages took toward their delivering facility', () => {
    expect(hopsToward(network, 'HUB-LEJ', 'DEP-MUC', 'DEP-MUC')).toBe(30);
    expect(hopsToward(network, 'HUB-BER', 'HUB-LEJ', 'DEP-MUC')).toBe(30);
    expect(hopsToward(network, 'HUB-LEJ', 'DEP-HAM', 'DEP-MUC')).toBe(0);
    expect(outboundHops(network, 'DEP-BER', 'HUB-BER')).toEqual({ lane: 30, total: 30 });
    // An address near Munich without a facility code is delivered from where Munich deliveries happen.
    expect(deliveringFacility(network, { ...MUNICH_ADDRESS, facilityCode: null })).toBe('DEP-MUC');
  });

  it('names the stage a package is in as the ETA plans it', () => {
    const departed = buildHistory({ id: 'p', scans: NORMAL_ROUTE.slice(0, 7) });
    expect(currentStage(departed, { network, now: hoursAfter(T0, 20) })).toMatchObject({ label: 'HUB-LEJ → DEP-MUC', dist: { n: 30 } });
    const arrived = buildHistory({ id: 'q', scans: NORMAL_ROUTE.slice(0, 6) });
    expect(currentStage(arrived, { network, now: hoursAfter(T0, 15) })?.label).toBe('dwell at HUB-LEJ');
    expect(currentStage(buildHistory({ id: 'd', scans: NORMAL_ROUTE }), { network, now: hoursAfter(T0, 60) })).toBeNull();
  });
});
