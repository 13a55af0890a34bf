import { useEffect, useState } from 'react';

/**
 * Hash routes keep the dashboard a set of static files (the gateway needs no SPA fallback). A view's filters
 * live in the hash's query string, so a filtered view can be bookmarked and shared.
 */
export type Route =
  | { view: 'overview' }
  | { view: 'map' }
  | { view: 'packages'; params: URLSearchParams }
  | { view: 'new-package' }
  | { view: 'import' }
  | { view: 'package'; id: string }
  | { view: 'edit-package'; id: string }
  | { view: 'anomalies'; params: URLSearchParams }
  | { view: 'agents' }
  | { view: 'at-risk'; params: URLSearchParams }
  | { view: 'routes'; params: URLSearchParams }
  | { view: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, action] = parts;
  if (parts.length === 0) return { view: 'overview' };
  if (section === 'map' && parts.length === 1) return { view: 'map' };
  if (section === 'import' && parts.length === 1) return { view: 'import' };
  if (section === 'anomalies' && parts.length === 1) return { view: 'anomalies', params };
  if (section === 'agents' && parts.length === 1) return { view: 'agents' };
  if (section === 'at-risk' && parts.length === 1) return { view: 'at-risk', params };
  if (section === 'routes' && parts.length === 1) return { view: 'routes', params };
  if (section === 'packages') {
    if (!id) return { view: 'packages', params };
    if (id === 'new' && !action) return { view: 'new-package' };
    if (!action) return { view: 'package', id };
    if (action === 'edit' && parts.length === 3) return { view: 'edit-package', id };
  }
  return { view: 'not-found', path: `/${parts.join('/')}` };
}

const withQuery = (path: string, params?: URLSearchParams) => (params && params.size > 0 ? `${path}?${params.toString()}` : path);

export const hrefFor = {
  overview: '#/',
  map: '#/map',
  packages: (params?: URLSearchParams) => withQuery('#/packages', params),
  newPackage: '#/packages/new',
  import: '#/import',
  package: (id: string) => `#/packages/${encodeURIComponent(id)}`,
  editPackage: (id: string) => `#/packages/${encodeURIComponent(id)}/edit`,
  anomalies: (params?: URLSearchParams) => withQuery('#/anomalies', params),
  agents: '#/agents',
  atRisk: (params?: URLSearchParams) => withQuery('#/at-risk', params),
  routes: (params?: URLSearchParams) => withQuery('#/routes', params),
};

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Replaces the current view's query string (no new history entry per keystroke). */
export function replaceParams(path: string, params: URLSearchParams): void {
  history.replaceState(null, '', withQuery(path, params));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
