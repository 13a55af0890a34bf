import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery, type AnyVariables, type DocumentInput, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardMetricsFeedSubscription } from '../__generated__/graphql';
import type { DashboardConnection } from '../api/client';

export type LiveMode = 'connecting' | 'live' | 'polling';
export type DashboardMetrics = DashboardMetricsFeedSubscription['dashboardMetrics'];

/** How often views refresh when no subscription is delivering changes. */
export const POLL_INTERVAL_MS = 15_000;
/** Bursts of changes (a truck unloading) collapse into one refresh at most this often. */
const LIVE_REFRESH_MIN_MS = 2_000;

const PackageUpdatesFeed = graphql(`
  subscription DashboardPackageUpdates {
    packageUpdated {
      seq
    }
  }
`);
const AnomaliesFeed = graphql(`
  subscription DashboardAnomaliesFeed {
    anomalyDetected {
      seq
    }
  }
`);
const MetricsFeed = graphql(`
  subscription DashboardMetricsFeed {
    dashboardMetrics(intervalSeconds: 5) {
      seq
      at
      activeTotal
      openAnomalies
      eventsPerMinute
    }
  }
`);

interface Live {
  mode: LiveMode;
  /** Bumped whenever what is on screen may be stale. */
  tick: number;
  metrics: DashboardMetrics | undefined;
}

const LiveContext = createContext<Live>({ mode: 'connecting', tick: 0, metrics: undefined });

/**
 * Keeps the views fresh: listens over graphql-ws to the supergraph's change feeds and, while the socket is
 * down, polls. Views read the refresh tick through `useLiveQuery`.
 */
export function LiveUpdates({ connection, mode, children }: { connection: DashboardConnection; mode: LiveMode; children: ReactNode }) {
  const [tick, setTick] = useState(0);
  const [metrics, setMetrics] = useState<DashboardMetrics>();
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
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
    const subscriptions = [
      connection.client.subscription(PackageUpdatesFeed, {}).subscribe((result) => result.data && refresh()),
      connection.client.subscription(AnomaliesFeed, {}).subscribe((result) => result.data && refresh()),
      connection.client.subscription(MetricsFeed, {}).subscribe((result) => {
        const snapshot = result.data?.dashboardMetrics;
        if (!snapshot) return;
        setMetrics(snapshot);
        // Snapshots arrive on a timer; only a moved log head or a new anomaly count means new data.
        if (lastSnapshot && (lastSnapshot.seq !== snapshot.seq || lastSnapshot.openAnomalies !== snapshot.openAnomalies)) refresh();
        lastSnapshot = snapshot;
      }),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
      if (pending.current) clearTimeout(pending.current);
      pending.current = undefined;
    };
  }, [connection]);

  // Polling runs whenever the socket is not delivering.
  useEffect(() => {
    if (mode !== 'polling') return;
    const timer = setInterval(() => setTick((n) => n + 1), POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [mode]);

  return <LiveContext.Provider value={{ mode, tick, metrics: mode === 'live' ? metrics : undefined }}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}

/** urql's useQuery, refetched from the network whenever the live feed says the data may have changed. */
export function useLiveQuery<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>): UseQueryResponse<Data, Variables> {
  const response = useQuery<Data, Variables>(args);
  const { tick } = useLive();
  const [, reexecute] = response;
  useEffect(() => {
    if (tick > 0) reexecute({ requestPolicy: 'network-only' });
  }, [tick, reexecute]);
  return response;
}

export type { DocumentInput };
