import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, type Proc } from './processes.js';

/**
 * Servers of the test's own, for fault tests that stop and restart them: never the shared PostgreSQL on
 * 5432 or Redis on 6379 that other test files use.
 */
export interface Restartable {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  remove(): Promise<void>;
}

const until = async (ready: () => boolean, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start`);
};

/** A redis-server on an ephemeral port, without persistence. */
export async function startThrowawayRedis(): Promise<Restartable> {
  const port = await freePort();
  let proc: Proc | undefined;
  const ping = () => {
    try {
      return execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: 'pipe' }).includes('PONG');
    } catch {
      return false;
    }
  };
  const start = async () => {
    proc = startProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
    await until(ping, 'redis-server');
  };
  const stop = async () => {
    await proc?.stop();
    proc = undefined;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, remove: stop };
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL 15 cluster made now with initdb in a temporary directory (owned by the postgres user, as
 * PostgreSQL refuses to run as root), trust authentication on 127.0.0.1 and an ephemeral port.
 */
export async function startThrowawayPostgres(): Promise<Restartable> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpath-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (command: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args], { stdio: 'pipe' });
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  };
  const stop = async () => {
    asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Redis Cluster of three primaries (no replicas) on ephemeral ports; its URL lists the seed nodes. */
export async function startThrowawayRedisCluster(): Promise<{ url: string; ports: number[]; remove(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpath-redis-cluster-'));
  const ports = [await freePort(), await freePort(), await freePort()];
  const cli = (args: string[]) => execFileSync('redis-cli', args, { encoding: 'utf8', stdio: 'pipe' });
  const procs = ports.map((port) =>
    startProcess(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`],
      {},
    ),
  );
  const remove = async () => {
    await Promise.all(procs.map((p) => p.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const answers = (port: number) => {
      try {
        return cli(['-p', String(port), 'ping']).includes('PONG');
      } catch {
        return false;
      }
    };
    for (const port of ports) await until(() => answers(port), 'redis-server');
    cli(['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await until(() => ports.every((port) => cli(['-p', String(port), 'cluster', 'info']).includes('cluster_state:ok')), 'the Redis Cluster');
  } catch (error) {
    await remove();
    throw error;
  }
  return { url: ports.map((p) => `redis://127.0.0.1:${p}`).join(','), ports, remove };
}

/**
 * A streaming replica of a throwaway primary, made with pg_basebackup (-R writes the standby settings), on an
 * ephemeral port. It replays the primary's WAL continuously; pg_wal_replay_pause() on it makes it lag on purpose.
 */
export async function startThrowawayReplica(primaryUrl: string): Promise<{ url: string; remove(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpath-pg-replica-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const primaryPort = new URL(primaryUrl).port;
  const asPostgres = (command: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args], { stdio: 'pipe' });
  asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', primaryPort, '-U', 'postgres', '-D', data, '-R', '-X', 'stream']);
  asPostgres('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    remove: async () => {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
