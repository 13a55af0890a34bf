import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestDns } from './dns-server.js';
import { startNginxEdge, type NginxEdge } from './nginx-edge.js';
import { freePort, startProcess, waitForHttp, type Proc } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ENTRIES = {
  packages: 'subgraphs/packages/dist/main.js',
  investigations: 'subgraphs/investigations/dist/main.js',
  realtime: 'subgraphs/realtime/dist/main.js',
  gateway: 'gateway/dist/main.js',
} as const;
export type Service = keyof typeof ENTRIES;
export const SERVICES = Object.keys(ENTRIES) as Service[];
/** Each service's replicas listen on one port on addresses of their own, as containers would. */
const SUBNET: Record<Service, number> = { gateway: 20, packages: 21, investigations: 22, realtime: 23 };
const name = (service: Service) => `${service}.clearpath.test`;

export interface Replica {
  service: Service;
  host: string;
  /** http://host:port, for the replica's own probes. */
  url: string;
  proc: Proc;
}

export interface ReplicaStack {
  edge: NginxEdge;
  /** https://127.0.0.1:<port> of nginx. */
  base: string;
  replicas: Record<Service, Replica[]>;
  /** SIGKILL, and out of DNS (Docker's DNS stops answering with a dead container's address). */
  kill(service: Service, index: number): Promise<void>;
  /** Starts it again on the same address, back in DNS at once (as a restarted container), then waits until it is ready. */
  restart(service: Service, index: number): Promise<void>;
  /** Every process's output, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The split deployment with `count` replicas of the gateway and of each subgraph as plain processes behind
 * the repository's nginx.conf. A test DNS server plays Docker's: nginx finds the gateways through it, and
 * the gateways find subgraph replicas through it (test-dns-lookup.mjs preloaded), so a killed replica
 * leaves the rotation and a restarted one joins it, with nothing reloaded.
 */
export async function startReplicaStack(options: { env: Record<string, string>; count?: number; corsOrigins?: string; nginxTransform?: (conf: string) => string }): Promise<ReplicaStack> {
  for (const entry of Object.values(ENTRIES)) {
    if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} is missing: run npm run build first`);
  }
  const count = options.count ?? 2;
  const dns = await startTestDns();
  const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await freePort()] as const))) as Record<Service, number>;
  const hosts = (service: Service) => Array.from({ length: count }, (_, i) => `127.0.${SUBNET[service]}.${i + 1}`);
  const inDns = Object.fromEntries(SERVICES.map((s) => [s, new Set<string>()])) as Record<Service, Set<string>>;
  const publish = (service: Service) => dns.set(name(service), hosts(service).filter((h) => inDns[service].has(h)));
  const env = {
    ...options.env,
    NODE_OPTIONS: `--import ${join(ROOT, 'test/support/test-dns-lookup.mjs')}`,
    CLEARPATH_TEST_DNS: dns.address,
    SUBGRAPH_PACKAGES_URL: `http://${name('packages')}:${ports.packages}/graphql`,
    SUBGRAPH_INVESTIGATIONS_URL: `http://${name('investigations')}:${ports.investigations}/graphql`,
    SUBGRAPH_REALTIME_URL: `http://${name('realtime')}:${ports.realtime}/graphql`,
  };
  const replicas = Object.fromEntries(SERVICES.map((s) => [s, [] as Replica[]])) as Record<Service, Replica[]>;
  const exited: Proc[] = [];

  const launch = async (service: Service, index: number) => {
    const host = hosts(service)[index]!;
    const proc = startProcess(process.execPath, [join(ROOT, ENTRIES[service])], { ...env, HOST: host, PORT: String(ports[service]) });
    const replica = { service, host, url: `http://${host}:${ports[service]}`, proc };
    const previous = replicas[service][index];
    if (previous) exited.push(previous.proc);
    replicas[service][index] = replica;
    inDns[service].add(host);
    publish(service);
    await waitForHttp(`${replica.url}/health/ready`, proc, 120_000);
  };
  const all = (service: Service) => Promise.all(hosts(service).map((_, i) => launch(service, i)));

  // The first packages replica migrates; the others find the schema in place (they would wait on the lock).
  await launch('packages', 0);
  await Promise.all([...hosts('packages').slice(1).map((_, i) => launch('packages', i + 1)), all('investigations'), all('realtime')]);
  await all('gateway');
  const edge = await startNginxEdge({ upstream: `${name('gateway')}:${ports.gateway}`, resolver: dns.address, corsOrigins: options.corsOrigins ?? '', ...(options.nginxTransform ? { transform: options.nginxTransform } : {}) });
  const base = `https://127.0.0.1:${edge.httpsPort}`;

  return {
    edge,
    base,
    replicas,
    async kill(service, index) {
      const { proc, host } = replicas[service][index]!;
      inDns[service].delete(host);
      publish(service);
      const gone = new Promise((done) => (proc.child.exitCode !== null ? done(undefined) : proc.child.once('exit', done)));
      proc.child.kill('SIGKILL');
      await gone;
    },
    restart: (service, index) => launch(service, index),
    output: () =>
      [...SERVICES.flatMap((s) => replicas[s].map((r) => ({ label: `${s} ${r.host}`, proc: r.proc }))), ...exited.map((proc) => ({ label: 'killed replica', proc })), { label: 'nginx', proc: edge.proc }]
        .map(({ label, proc }) => `--- ${label}\n${proc.output().replace(/^\[ioredis\] Unhandled error event.*\n(\s+at .*\n)*/gm, '').slice(-4000)}`)
        .join('\n'),
    async stop() {
      await edge.proc.stop();
      await Promise.all(SERVICES.flatMap((s) => replicas[s].map((r) => r.proc.stop())));
      await dns.close();
    },
  };
}
