import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { createPostgresDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_split_test_admin_key_0123456789';
const dist = (path: string) => join(ROOT, path);
const ENTRIES = {
  packages: 'subgraphs/packages/dist/main.js',
  investigations: 'subgraphs/investigations/dist/main.js',
  realtime: 'subgraphs/realtime/dist/main.js',
  gateway: 'gateway/dist/main.js',
};

/**
 * The split deployment of docker-compose.yml as plain processes: three subgraph processes, two gateway
 * replicas and the repository's nginx.conf (real nginx) in front, sharing PostgreSQL and Redis.
 */
describe('split deployment behind nginx', () => {
  const procs: Proc[] = [];
  let base = '';
  let subgraphPorts = { packages: 0, investigations: 0, realtime: 0 };
  let dropDatabase: () => Promise<void> = async () => {};

  beforeAll(async () => {
    for (const entry of Object.values(ENTRIES)) {
      if (!existsSync(dist(entry))) throw new Error(`${entry} is missing: run npm run build first`);
    }
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', CLEARPATH_API_KEY: KEY, LOG_LEVEL: 'warn', CLEARPATH_DEMO: 'false' };
    const ports = { packages: await freePort(), investigations: await freePort(), realtime: await freePort() };
    subgraphPorts = ports;
    // The packages subgraph migrates first; the others then find the schema in place.
    for (const name of ['packages', 'investigations', 'realtime'] as const) {
      const proc = startProcess(process.execPath, [dist(ENTRIES[name])], { ...env, PORT: String(ports[name]) });
      procs.push(proc);
      await waitForHttp(`http://127.0.0.1:${ports[name]}/health`, proc);
    }
    const gateways = [await freePort(), await freePort()];
    for (const port of gateways) {
      const proc = startProcess(process.execPath, [dist(ENTRIES.gateway)], {
        ...env,
        PORT: String(port),
        SUBGRAPH_PACKAGES_URL: `http://127.0.0.1:${ports.packages}/graphql`,
        SUBGRAPH_INVESTIGATIONS_URL: `http://127.0.0.1:${ports.investigations}/graphql`,
        SUBGRAPH_REALTIME_URL: `http://127.0.0.1:${ports.realtime}/graphql`,
      });
      procs.push(proc);
      await waitForHttp(`http://127.0.0.1:${port}/health`, proc);
    }
    const nginxPort = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'clearpath-nginx-'));
    const conf = readFileSync(join(ROOT, 'nginx.conf'), 'utf8')
      .replace('server gateway:4000;', gateways.map((p) => `server 127.0.0.1:${p};`).join('\n    '))
      .replace('listen 80;', `listen 127.0.0.1:${nginxPort};`)
      .replaceAll('/tmp/clearpath-nginx', join(dir, 'nginx'));
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const nginx = startProcess('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off; error_log stderr warn;'], {});
    procs.push(nginx);
    base = `http://127.0.0.1:${nginxPort}`;
    await waitForHttp(`${base}/health`, nginx);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(procs.reverse().map((p) => p.stop()));
    await dropDatabase();
  });

  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  it('reports every subgraph healthy through nginx', async () => {
    const health = (await (await fetch(`${base}/health`)).json()) as { status: string; subgraphs: Record<string, { status: string }> };
    expect(health.status).toBe('ok');
    expect(Object.values(health.subgraphs).map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('serves REST and a query spanning subgraphs, with auth enforced on each subgraph', { timeout: 60_000 }, async () => {
    const created = await fetch(`${base}/api/v1/packages`, { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: 'SPLIT1', carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const events = await fetch(`${base}/api/v1/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify([{ event_id: 'split-1', tracking_number: 'SPLIT1', status: 'EXCEPTION', carrier_code: 'DAMAGED', occurred_at: new Date(Date.now() - 3600_000).toISOString(), location: { lat: 52.5, lon: 13.4 } }]),
    });
    expect(events.status).toBe(201);
    let anomalies: { type: string }[] = [];
    for (let i = 0; i < 40 && anomalies.length === 0; i++) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ query: `query($id: ID!) { package(id: $id) { status events { eventId } eta { basis } anomalies { type } } }`, variables: { id } }),
      });
      const body = (await response.json()) as { data: { package: { status: string; anomalies: { type: string }[] } } };
      expect(body.data.package.status).toBe('EXCEPTION');
      anomalies = body.data.package.anomalies;
      if (anomalies.length === 0) await new Promise((r) => setTimeout(r, 500));
    }
    expect(anomalies.map((a) => a.type), procs.map((p, i) => `--- process ${i}: ${p.child.spawnargs.slice(-1).join(' ')}\n${p.output()}`).join('\n')).toContain('CARRIER_EXCEPTION');
    // Subgraphs authenticate on their own: reaching one directly without credentials is refused.
    const direct = await fetch(`http://127.0.0.1:${subgraphPorts.packages}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ packages { totalCount } }' }) });
    expect(direct.status).toBe(401);
    const unauthenticated = await fetch(`${base}/api/v1/packages`);
    expect(unauthenticated.status).toBe(401);
  });
});
