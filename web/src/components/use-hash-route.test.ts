import { describe, expect, it } from 'vitest';
import { parseRoute } from './use-hash-route';

describe('hash routes', () => {
  it('parses every page, with filters from the query string', () => {
    expect(parseRoute('')).toEqual({ view: 'overview' });
    expect(parseRoute('#/map')).toEqual({ view: 'map' });
    expect(parseRoute('#/agents')).toEqual({ view: 'agents' });
    expect(parseRoute('#/packages/new')).toEqual({ view: 'new-package' });
    expect(parseRoute('#/packages/abc')).toEqual({ view: 'package', id: 'abc' });
    expect(parseRoute('#/packages/abc/edit')).toEqual({ view: 'edit-package', id: 'abc' });
    const packages = parseRoute('#/packages?status=EXCEPTION&carrier=DHL');
    expect(packages.view === 'packages' && packages.params.get('carrier')).toBe('DHL');
    const atRisk = parseRoute('#/at-risk?facility=HUB-FRA&horizon=24');
    expect(atRisk.view === 'at-risk' && atRisk.params.get('facility')).toBe('HUB-FRA');
  });

  it('sends an unknown route to not-found instead of the overview', () => {
    expect(parseRoute('#/nope')).toEqual({ view: 'not-found', path: '/nope' });
    expect(parseRoute('#/packages/abc/delete')).toEqual({ view: 'not-found', path: '/packages/abc/delete' });
  });
});
