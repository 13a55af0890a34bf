import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { sleep } from '../integration/realtime-client.js';
import { CREATE, event, RECORD, uniqueTracking } from '../support/factories.js';

/**
 * The docker-compose stack, started by scripts/test-compose.sh (npm run test:compose) with two replicas of
 * the gateway and of each subgraph: everything goes through nginx over HTTPS, as a client would. The
 * script passes the stack's address, its API key and the self-signed certificate (NODE_EXTRA_CA_CERTS).
 */
export const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} is not set: run npm run test:compose`); })();
export const BASE = env('COMPOSE_TEST_URL');
export const HTTP_BASE = env('COMPOSE_TEST_HTTP_URL');
export const PROJECT = env('COMPOSE_TEST_PROJECT');
export const KEY = env('COMPOSE_TEST_API_KEY');
export const APP_SERVICES = ['gateway', 'packages', 'investigations', 'realtime'] as const;
export const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

export const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();
export const containers = (service: string) =>
  docker('ps', '-q', '--no-trunc', '--filter', `label=com.docker.compose.project=${PROJECT}`, '--filter', `label=com.docker.compose.service=${service}`).split('\n').filter(Boolean);
export const state = (id: string) => JSON.parse(docker('inspect', '-f', '{{json .State}}', id)) as { Pid: number; Health?: { Status: string } };
export const restarts = (id: string) => Number(docker('inspect', '-f', '{{.RestartCount}}', id));
export const healthy = (service: string) => containers(service).filter((id) => state(id).Health?.Status === 'healthy').length;

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${BASE}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export const PACKAGE = /* GraphQL */ `
  query Package($id: ID!) { package(id: $id) { status events { eventId } eta { p50 onTimeProbability } anomalies { type } investigations { id } } }
`;
export interface PackageView { package: { status: string; events: { eventId: string }[]; eta: { p50: string } | null; anomalies: { type: string }[] } }

export async function createPackage(): Promise<string> {
  const data = await gql<{ createPackage: { id: string } }>(CREATE, { input: { trackingNumber: uniqueTracking('CMP'), carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } } });
  return data.createPackage.id;
}

export async function record(events: unknown[]): Promise<void> {
  const data = await gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events });
  expect(data.recordTrackingEvents.accepted).toBe(events.length);
}

let seq = 0;
/** A fresh number for event ids and times, shared by every test of the run. */
export const nextSeq = () => ++seq;
export const hourAgo = (minutes = 0) => new Date(Date.now() - 3600_000 + minutes * 60_000).toISOString();

/** One round trip through every service: ingest (packages), a query joining all three subgraphs. */
export async function roundTrip(packageId: string): Promise<void> {
  const eventId = `cmp-${process.pid}-${++seq}`;
  await record([event(packageId, eventId, hourAgo(seq % 50), 'IN_TRANSIT', { location: { lat: 50, lon: 10 } })]);
  const view = await gql<PackageView & { realtimeStats: { subscriptions: number } }>(
    `query($id: ID!) { package(id: $id) { status events { eventId } eta { p50 onTimeProbability } anomalies { type } investigations { id } } realtimeStats { subscriptions } }`,
    { id: packageId },
  );
  expect(view.package.events.map((e) => e.eventId)).toContain(eventId);
}

export async function eventually<T>(what: string, attempt: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what}: still failing after ${timeoutMs} ms: ${String(error)}`);
      await sleep(500);
    }
  }
}
