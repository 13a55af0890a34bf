import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { Client, fetchExchange, subscriptionExchange, type Exchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { websocketUrl } from './auth-token';

/** Everything the dashboard needs to talk to the gateway for one signed-in token. */
export interface DashboardConnection {
  client: Client;
  socket: WsClient;
  dispose(): void;
}

export interface SocketEvents {
  connected(): void;
  down(): void;
}

/**
 * Where the bearer token comes from: a fixed API key, or Clerk's getToken(), which hands out a fresh short-lived
 * session token (cached by Clerk) each time. Asked before every HTTP request and every socket (re)connection.
 */
export type TokenSource = () => string | null | Promise<string | null>;

async function authorizationHeader(token: TokenSource): Promise<Record<string, string>> {
  const value = await token();
  return value ? { authorization: `Bearer ${value}` } : {};
}

/**
 * One urql client per signed-in identity (key, or Clerk user and organization): HTTP for queries and mutations,
 * graphql-ws for subscriptions, and a normalized cache. `onUnauthorized` runs when the gateway answers 401
 * (revoked key, expired session).
 */
export function connect(token: TokenSource, onUnauthorized: () => void, socketEvents: SocketEvents): DashboardConnection {
  const socket = createWsClient({
    url: websocketUrl(),
    connectionParams: () => authorizationHeader(token),
    retryAttempts: Infinity,
    // Auth refusals are final: HTTP surfaces the 401 and returns the user to sign-in.
    shouldRetry: (event) => !(event instanceof CloseEvent && (event.code === 4401 || event.code === 4403)),
    on: { connected: socketEvents.connected, closed: socketEvents.down, error: socketEvents.down },
  });
  const client = new Client({
    url: '/graphql',
    fetchOptions: () => ({ headers: { accept: 'application/graphql-response+json, application/json' } }),
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(await authorizationHeader(token))) headers.set(name, value);
      const response = await fetch(input, { ...init, headers });
      if (response.status === 401) onUnauthorized();
      return response;
    },
    // POST always: the gateway's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    // Views show cached data at once and refresh it in the background.
    requestPolicy: 'cache-and-network',
    exchanges: [
      ...httpExchanges(),
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            // A closed socket reports a CloseEvent; views get an Error, and nothing once they stopped listening.
            let active = true;
            const stop = socket.subscribe(
              { ...request, query: request.query ?? '' },
              {
                next: (value) => active && sink.next(value as Parameters<typeof sink.next>[0]),
                error: (error) => active && sink.error(asError(error)),
                complete: () => active && sink.complete(),
              },
            );
            return {
              unsubscribe: () => {
                active = false;
                stop();
              },
            };
          },
        }),
      }),
    ],
  });
  // dispose() rejects with the CloseEvent when the last connection attempt was refused: nothing to close then.
  return { client, socket, dispose: () => void Promise.resolve(socket.dispose()).catch(() => undefined) };
}

/**
 * The exchanges every query and mutation passes through: the normalized cache (which adds `__typename` to
 * each selection) and HTTP. sent-operations.ts captures the dashboard's operation texts through these same
 * exchanges, so what the gateway plans at start is what this client sends.
 */
export function httpExchanges(): Exchange[] {
  return [cacheExchange(cacheConfig), fetchExchange];
}

function asError(error: unknown): Error | readonly unknown[] {
  if (error instanceof Error || Array.isArray(error)) return error;
  if (error instanceof CloseEvent) return new Error(`The live connection closed (${error.code}${error.reason ? `: ${error.reason}` : ''})`);
  return new Error(String(error));
}

/** Types without an id are values embedded in their parent, not entities of their own. */
const EMBEDDED = [
  'PackageConnection',
  'PackageEdge',
  'AnomalyConnection',
  'AnomalyEdge',
  'AtRiskConnection',
  'AtRiskEdge',
  'AtRiskPageInfo',
  'AtRiskPackage',
  'EtaStage',
  'PageInfo',
  'PackageStats',
  'StatusCount',
  'CarrierCount',
  'HourCount',
  'TimeBucket',
  'DayOnTime',
  'FacilityActivity',
  'AnomalyCount',
  'Place',
  'Location',
  'Eta',
  'DashboardMetrics',
  'StatusTotal',
  'MapUpdate',
  'PackageUpdate',
  'AnomalyDetected',
  'InvestigationProgress',
  'TraceStep',
  'DeliveryPlan',
  'VehicleRoute',
  'PlannedStop',
  'WhatIfResult',
  'WhatIfImpact',
  'WhatIfReroute',
  'DeletePackageResult',
  'RecordEventsResult',
];

export const cacheConfig: Parameters<typeof cacheExchange>[0] = {
  keys: {
    ...Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
    Facility: (facility) => (facility.code as string | undefined) ?? null,
  },
  updates: {
    Mutation: {
      // New, edited or removed packages change every list and aggregate the overview, map, at-risk and route
      // pages read: drop them so open views refetch (the server drops its shared stats for the writer too).
      createPackage: (_result, _args, cache) => invalidate(cache, PACKAGE_READS),
      deletePackage: (_result, _args, cache) => invalidate(cache, [...PACKAGE_READS, ...ANOMALY_READS, 'onTimeByDay', 'busiestFacilities', 'eventHistogram']),
      updatePackage: (_result, _args, cache) => invalidate(cache, PACKAGE_READS),
      // A triaged anomaly leaves lists filtered by state and the overview's open counts.
      acknowledgeAnomaly: (_result, _args, cache) => invalidate(cache, ANOMALY_READS),
      resolveAnomaly: (_result, _args, cache) => invalidate(cache, ANOMALY_READS),
    },
  },
};

/** Root fields whose answers count or list packages. */
const PACKAGE_READS = ['packages', 'packageStats', 'packageCountsByFacility', 'atRiskPackages'];
const ANOMALY_READS = ['anomalies', 'anomalyCounts'];

/** Drops every cached variant (all arguments) of the given root fields. */
function invalidate(cache: Cache, fieldNames: string[]) {
  for (const field of cache.inspectFields('Query'))
    if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
}
