import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServerProcess {
  url: string;
  /** Heap and RSS after a full GC, in bytes. */
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

/** Starts bench/fanout/<script>.ts in a child process (tsx, source conditions, --expose-gc). */
export function startServer(script: 'gateway-server' | 'raw-server', args: string[]): Promise<ServerProcess> {
  const child: ChildProcess = fork(path.join(here, `${script}.ts`), args, {
    execArgv: ['--conditions=source', '--import', 'tsx', '--expose-gc', '--max-old-space-size=3072'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const request = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (message: { type: string } & Record<string, unknown>) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      child.send({ type });
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.once('message', (message: { type: string; url: string }) => {
      if (message.type !== 'ready') return reject(new Error(`unexpected ${message.type}`));
      resolve({
        url: message.url,
        memory: async () => (await request<{ memory: NodeJS.MemoryUsage }>('memory')).memory,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.send({ type: 'stop' });
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}
