import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Window } from '../support/cpu-profile.js';
import type { BenchReply, BenchRequest } from './server-ipc.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServerProcess {
  url: string;
  /** Heap and RSS after a full GC, in bytes (summed over the server's processes). */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** The server's processes (a cluster's primary and workers). */
  pids(): Promise<number[]>;
  /** Starts sampling the server's CPU (every process of it). */
  profileStart(): Promise<void>;
  /** Stops sampling; the .cpuprofile files written to `dir`, one per process, with the window sampled. */
  profileStop(dir: string, name: string): Promise<{ file: string; window: Window }[]>;
  stop(): Promise<void>;
}

/** Starts bench/fanout/<script>.ts in a child process (tsx, source conditions, --expose-gc), with its workers if it has any. */
export function startServer(script: 'gateway-server' | 'raw-server', args: string[]): Promise<ServerProcess> {
  const child: ChildProcess = fork(path.join(here, `${script}.ts`), args, {
    execArgv: ['--conditions=source', '--import', 'tsx', '--expose-gc', '--max-old-space-size=3072'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const request = <T extends BenchReply['type']>(message: BenchRequest & { type: T }) =>
    new Promise<BenchReply & { type: T }>((resolve) => {
      const onMessage = (reply: BenchReply) => {
        if (reply.type !== message.type) return;
        child.off('message', onMessage);
        resolve(reply as BenchReply & { type: T });
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.once('message', (message: { type: string; url: string }) => {
      if (message.type !== 'ready') return reject(new Error(`unexpected ${message.type}`));
      resolve({
        url: message.url,
        memory: async () => (await request({ type: 'memory' })).memory,
        pids: async () => (await request({ type: 'pids' })).pids,
        profileStart: async () => void (await request({ type: 'profile-start' })),
        profileStop: async (dir, name) => (await request({ type: 'profile-stop', dir, name })).profiles,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.send({ type: 'stop' } satisfies BenchRequest);
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}
