import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { websocketUrl } from '../api/auth-token';
import type { Capabilities } from '../api/capabilities';

export type LiveMode = 'connecting' | 'live' | 'polling';

/** The realtime subgraph's periodic snapshot (Subscription.dashboardMetrics). */
export interface DashboardMetrics {
  seq: string;
  at: string;
  activeTotal: number;
  openAnomalies: number;
  eventsPerMinute: number;
}

/** How often views refresh when no subscription is delivering changes. */
export const POLL_INTERVAL_MS = 15_000;
/** Bursts of changes (a truck unloading) collapse into one refresh at most this often. */
const LIVE_REFRESH_MIN_MS = 2_000;

/** What the dashboard listens to; each message means "something changed, refresh what's on screen". */
const FEEDS = {
  packageUpdated: 'subscription DashboardPackageUpdates { packageUpdated { seq } }',
  anomalyDetected: 'subscription DashboardAnomalies { anomalyDetected { seq } }',
  dashboardMetrics: 'subscription DashboardMetrics { dashboardMetrics(intervalSeconds: 5) { seq at activeTotal openAnomalies eventsPerMinute } }',
} as const;

/**
 * Keeps the views fresh: subscribes over graphql-ws to the supergraph's change feeds when it has them,
 * otherwise (or while the socket is down) polls. Returns a counter views use as a refresh key, and the
 * latest metrics snapshot when the feed delivers one.
 */
export function useLiveUpdates(
  token: string,
  capabilities: Capabilities | undefined,
): { mode: LiveMode; tick: number; metrics: DashboardMetrics | undefined } {
  const [mode, setMode] = useState<LiveMode>('connecting');
  const [tick, setTick] = useState(0);
  const [metrics, setMetrics] = useState<DashboardMetrics>();
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!capabilities) return;
    const feeds = (Object.keys(FEEDS) as (keyof typeof FEEDS)[]).filter((feed) => capabilities.subscriptions.has(feed));
    if (feeds.length === 0) {
      setMode('polling');
      return;
    }
    const refresh = () => {
      if (pending.current) return;
      pending.current = setTimeout(
        () => {
          pending.current = undefined;
          lastRefresh.current = Date.now();
          setTick((n) => n + 1);
        },
        Math.max(0, lastRefresh.current + LIVE_REFRESH_MIN_MS - Date.now()),
      );
    };
    let lastSnapshot: DashboardMetrics | undefined;
    const client = createClient({
      url: websocketUrl(),
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: Infinity,
      // Auth refusals are final: polling surfaces the 401 over HTTP and returns the user to sign-in.
      shouldRetry: (event) => !(event instanceof CloseEvent && (event.code === 4401 || event.code === 4403)),
      // A socket that gives up for good (server error, refused auth) is not worth a console error: we poll.
      onNonLazyError: () => setMode('polling'),
      on: {
        connected: () => setMode('live'),
        closed: () => setMode('polling'),
        error: () => setMode('polling'),
      },
    });
    const unsubscribers = feeds.map((feed) =>
      client.subscribe<{ dashboardMetrics?: DashboardMetrics }>(
        { query: FEEDS[feed] },
        {
          next: (message) => {
            const snapshot = message.data?.dashboardMetrics;
            if (!snapshot) return refresh();
            setMetrics(snapshot);
            // Snapshots arrive on a timer; only a moved log head or a new anomaly count means new data.
            if (lastSnapshot && (lastSnapshot.seq !== snapshot.seq || lastSnapshot.openAnomalies !== snapshot.openAnomalies)) refresh();
            lastSnapshot = snapshot;
          },
          error: () => setMode('polling'),
          complete: () => undefined,
        },
      ),
    );
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      if (pending.current) clearTimeout(pending.current);
      pending.current = undefined;
      void client.dispose();
    };
  }, [token, capabilities]);

  // Polling runs whenever the socket is not delivering.
  useEffect(() => {
    if (mode !== 'polling') return;
    const timer = setInterval(() => setTick((n) => n + 1), POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [mode]);

  return { mode, tick, metrics: mode === 'live' ? metrics : undefined };
}
