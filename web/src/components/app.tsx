import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { clearToken, readToken, saveToken } from '../api/auth-token';
import { connect, type DashboardConnection, type TokenSource } from '../api/client';
import { LiveUpdates, useLive, type LiveMode } from '../live/live-updates';
import { AgentsView } from './agents.view';
import { AnomaliesView } from './anomalies.view';
import { AtRiskView } from './at-risk.view';
import { ImportView } from './import.view';
import { MapView } from './map.view';
import { OverviewView } from './overview.view';
import { PackageDetailView } from './package-detail.view';
import { PackageFormView } from './package-form.view';
import { PackagesView } from './packages.view';
import { RoutesView } from './routes.view';
import { SignInView } from './sign-in.view';
import { hrefFor, useHashRoute, type Route } from './use-hash-route';

const EXPIRED_NOTICE = 'The gateway no longer accepts your key or session token (401): it may have expired or been revoked. Sign in again.';

/** API-key sign-in (no Clerk configured): signed out → sign-in; any 401 later on returns here with a notice. */
export function App() {
  const [token, setToken] = useState(readToken);
  const [notice, setNotice] = useState<string | null>(null);
  const signOut = (message: string | null) => {
    clearToken();
    setNotice(message);
    setToken(null);
  };
  if (!token)
    return (
      <SignInView
        notice={notice}
        onSignedIn={(value) => {
          saveToken(value);
          setNotice(null);
          setToken(value);
        }}
      />
    );
  return <Dashboard key={token} identity={token} token={() => token} onSignOut={() => signOut(null)} onExpired={() => signOut(EXPIRED_NOTICE)} />;
}

const LIVE_LABELS: Record<LiveMode, { text: string; title: string }> = {
  connecting: { text: 'connecting', title: 'Opening the live connection…' },
  live: { text: 'live', title: 'Receiving changes over a GraphQL subscription' },
  polling: { text: 'polling', title: 'Refreshing every 15 seconds (live connection down)' },
};

const SECTIONS = [
  { name: 'overview', label: 'Overview', href: hrefFor.overview },
  { name: 'map', label: 'Map', href: hrefFor.map },
  { name: 'packages', label: 'Packages', href: hrefFor.packages() },
  { name: 'anomalies', label: 'Anomalies', href: hrefFor.anomalies() },
  { name: 'agents', label: 'Agents', href: hrefFor.agents },
  { name: 'at-risk', label: 'At risk', href: hrefFor.atRisk() },
  { name: 'routes', label: 'Routes', href: hrefFor.routes() },
] as const;

function sectionOf(route: Route): string {
  if (route.view === 'package' || route.view === 'new-package' || route.view === 'edit-package' || route.view === 'import') return 'packages';
  return route.view;
}

export interface DashboardProps {
  /** Who is signed in (the key, or Clerk user and organization): a new identity gets a new client and an empty cache. */
  identity: string;
  token: TokenSource;
  onSignOut(): void;
  onExpired(): void;
  /** Sign-in provider controls for the top bar (Clerk's organization switcher and user menu). */
  account?: ReactNode;
}

export function Dashboard({ identity, token, onSignOut, onExpired, account }: DashboardProps) {
  const route = useHashRoute();
  const [mode, setMode] = useState<LiveMode>('connecting');
  const [connection, setConnection] = useState<DashboardConnection>();
  const expired = useRef(onExpired);
  expired.current = onExpired;
  const tokenSource = useRef(token);
  tokenSource.current = token;
  useEffect(() => {
    const opened = connect(() => tokenSource.current(), () => expired.current(), { connected: () => setMode('live'), down: () => setMode('polling') });
    setConnection(opened);
    return () => opened.dispose();
  }, [identity]);
  const section = sectionOf(route);
  if (!connection) return null;

  return (
    <Provider value={connection.client}>
      <LiveUpdates connection={connection} mode={mode}>
        <div className="shell">
          <header className="topbar">
            <a className="brand" href={hrefFor.overview}>
              <span className="logo" aria-hidden="true">
                ◆
              </span>{' '}
              ClearPath
            </a>
            <nav aria-label="Sections">
              {SECTIONS.map((s) => (
                <a key={s.name} href={s.href} className={section === s.name ? 'active' : undefined} aria-current={section === s.name ? 'page' : undefined}>
                  {s.label}
                </a>
              ))}
              <a href="/graphiql">GraphiQL</a>
            </nav>
            <LiveIndicator />
            {account ?? (
              <button type="button" className="link" onClick={onSignOut}>
                Sign out
              </button>
            )}
          </header>
          <main className="content">
            <View route={route} />
          </main>
        </div>
      </LiveUpdates>
    </Provider>
  );
}

function LiveIndicator() {
  const { mode } = useLive();
  const label = LIVE_LABELS[mode];
  return (
    <span className={`live live-${mode}`} title={label.title} data-testid="live-indicator">
      <span className="dot" aria-hidden="true" /> {label.text}
    </span>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'overview':
      return <OverviewView />;
    case 'map':
      return <MapView />;
    case 'packages':
      return <PackagesView params={route.params} />;
    case 'new-package':
      return <PackageFormView />;
    case 'edit-package':
      return <PackageFormView id={route.id} />;
    case 'import':
      return <ImportView />;
    case 'package':
      return <PackageDetailView id={route.id} />;
    case 'anomalies':
      return <AnomaliesView params={route.params} />;
    case 'agents':
      return <AgentsView />;
    case 'at-risk':
      return <AtRiskView params={route.params} />;
    case 'routes':
      return <RoutesView params={route.params} />;
    case 'not-found':
      return (
        <section>
          <h2>Page not found</h2>
          <p>
            There is no page at <code>{route.path}</code>.
          </p>
          <a href={hrefFor.overview}>Go to the overview</a>
        </section>
      );
  }
}
