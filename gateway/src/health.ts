import type { ServiceRuntime } from '@clearpath/core';
import type { SubgraphTargets } from './supergraph/supergraph-gateway.js';

async function remoteHealth(graphqlUrl: string): Promise<Record<string, unknown>> {
  const url = graphqlUrl.replace(/\/graphql\/?$/, '') + '/health';
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.ok ? 'ok' : 'down', url, ...((await response.json()) as object) };
  } catch (error) {
    return { status: 'down', url, error: String(error) };
  }
}

/** /health: the database, the bus and each subgraph; 503 when any is down. */
export async function healthReport(runtime: ServiceRuntime, targets: SubgraphTargets, extra: () => Record<string, unknown> = () => ({})) {
  const core = await runtime.health();
  const subgraphs = Object.fromEntries(
    await Promise.all(
      Object.entries(targets).map(async ([name, target]) => [name, typeof target === 'string' ? await remoteHealth(target) : { status: 'ok', mode: 'in-process' }] as const),
    ),
  );
  const ok = core.status === 'ok' && Object.values(subgraphs).every((s) => s.status === 'ok');
  return { status: ok ? 'ok' : 'degraded', database: { kind: core.database, status: core.status, ...(core.error ? { error: core.error } : {}) }, bus: core.bus, subgraphs, ...extra() };
}
