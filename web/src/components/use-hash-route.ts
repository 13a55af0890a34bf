import { useEffect, useState } from 'react';

/** Hash routes keep the dashboard a set of static files: the gateway needs no SPA fallback. */
export type Route = { view: 'overview' } | { view: 'packages' } | { view: 'package'; id: string } | { view: 'anomalies' };

export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/');
  if (section === 'packages' && id) return { view: 'package', id: decodeURIComponent(id) };
  if (section === 'packages') return { view: 'packages' };
  if (section === 'anomalies') return { view: 'anomalies' };
  return { view: 'overview' };
}

export const hrefFor = {
  overview: '#/',
  packages: '#/packages',
  package: (id: string) => `#/packages/${encodeURIComponent(id)}`,
  anomalies: '#/anomalies',
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
