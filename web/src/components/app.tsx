import { useEffect, useState } from 'react';
import { clearToken, readToken, saveToken } from '../api/auth-token';
import { loadCapabilities, NO_CAPABILITIES, type Capabilities } from '../api/capabilities';
import { onUnauthorized, UnauthorizedError } from '../api/graphql-client';
import { useLiveUpdates, type DashboardMetrics, type LiveMode } from '../live/live-updates';
import { AnomaliesView } from './anomalies.view';
import { OverviewView } from './overview.view';
import { PackageDetailView } from './package-detail.view';
import { PackagesView } from './packages.view';
import { SignInView } from './sign-in.view';
import { hrefFor, useHashRoute, type Route } from './use-hash-route';

const EXPIRED_NOTICE = 'The gateway no longer accepts your key or session token (401): it may have expired or been revoked. Sign in again.';

/** Signed out → sign-in; any 401 later on returns here with a notice. */
export function App() {
  const [token, setToken] = useState(readToken);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(
    () =>
      onUnauthorized(() => {
        clearToken();
        setToken(null);
        setNotice(EXPIRED_NOTICE);
      }),
    [],
  );
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
  return (
    <Dashboard
      token={token}
      onSignOut={() => {
        clearToken();
        setNotice(null);
        setToken(null);
      }}
    />
  );
}

const LIVE_LABELS: Record<LiveMode, { text: string; title: string }> = {
  connecting: { text: 'connecting', title: 'Checking what the gateway offers…' },
  live: { text: 'live', title: 'Receiving changes over a GraphQL subscription' },
  polling: { text: 'polling', title: 'Refreshing every 15 seconds (no live subscription)' },
};

function Dashboard({ token, onSignOut }: { token: string; onSignOut(): void }) {
  const route = useHashRoute();
  const [capabilities, setCapabilities] = useState<Capabilities>();
  useEffect(() => {
    let current = true;
    loadCapabilities().then(
      (found) => current && setCapabilities(found),
      (error: unknown) => {
        // A 401 already sent the user back to sign-in; anything else leaves the core features.
        if (current && !(error instanceof UnauthorizedError)) setCapabilities(NO_CAPABILITIES);
      },
    );
    return () => {
      current = false;
    };
  }, [token]);
  const { mode, tick, metrics } = useLiveUpdates(token, capabilities);
  const label = LIVE_LABELS[mode];
  const section = route.view === 'package' ? 'packages' : route.view;

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={hrefFor.overview}>
          <span className="logo" aria-hidden="true">◆</span> ClearPath
        </a>
        <nav>
          {(['overview', 'packages', 'anomalies'] as const).map((name) => (
            <a key={name} href={hrefFor[name] as string} className={section === name ? 'active' : undefined}>
              {name.charAt(0).toUpperCase() + name.slice(1)}
            </a>
          ))}
          <a href="/graphiql">GraphiQL</a>
        </nav>
        <span className={`live live-${mode}`} title={label.title} data-testid="live-indicator">
          <span className="dot" aria-hidden="true" /> {label.text}
        </span>
        <button type="button" className="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main className="content">
        <View route={route} capabilities={capabilities} refreshKey={tick} metrics={metrics} />
      </main>
    </div>
  );
}

function View({
  route,
  capabilities,
  refreshKey,
  metrics,
}: {
  route: Route;
  capabilities: Capabilities | undefined;
  refreshKey: number;
  metrics: DashboardMetrics | undefined;
}) {
  switch (route.view) {
    case 'overview':
      return <OverviewView refreshKey={refreshKey} metrics={metrics} />;
    case 'packages':
      return <PackagesView refreshKey={refreshKey} />;
    case 'package':
      // The detail view waits for capabilities: its query depends on whether Package.eta exists.
      return capabilities ? <PackageDetailView id={route.id} capabilities={capabilities} refreshKey={refreshKey} /> : <p className="muted loading">Loading…</p>;
    case 'anomalies':
      return <AnomaliesView refreshKey={refreshKey} capabilities={capabilities ?? NO_CAPABILITIES} />;
  }
}
