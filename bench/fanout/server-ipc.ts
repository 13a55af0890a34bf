/**
 * What the fan-out benchmark asks of a server process over IPC: its memory after a GC, its pid (for its CPU
 * time), a CPU profile of a
 * window (the inspector's sampling profiler, the one `node --cpu-prof` runs, started and stopped around the
 * measured round so start-up and connection set-up stay out of it), and a clean stop.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { monotonicUs, type Window } from '../support/cpu-profile.js';

export type BenchRequest = { type: 'memory' } | { type: 'pids' } | { type: 'profile-start' } | { type: 'profile-stop'; dir: string; name: string } | { type: 'stop' };
export type BenchReply =
  | { type: 'memory'; memory: NodeJS.MemoryUsage }
  | { type: 'pids'; pids: number[] }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; profiles: { file: string; window: Window }[] }
  | { type: 'stop' };

/** Sampling period of the profiler in µs (V8's default is 1,000). */
const SAMPLING_US = 500;

let session: Session | undefined;
let startedUs = 0;

/** Answers one request in this process. */
export async function answer(request: BenchRequest, stop: () => Promise<void>): Promise<BenchReply> {
  switch (request.type) {
    case 'memory':
      (globalThis as { gc?: () => void }).gc?.();
      return { type: 'memory', memory: process.memoryUsage() };
    case 'pids':
      return { type: 'pids', pids: [process.pid] };
    case 'profile-start':
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await session.post('Profiler.start');
      startedUs = monotonicUs();
      return { type: 'profile-start' };
    case 'profile-stop': {
      if (!session) return { type: 'profile-stop', profiles: [] };
      // The window ends before the stop call, whose own work (serializing the profile) is not the server's.
      const window: Window = [startedUs, monotonicUs()];
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = undefined;
      const file = path.join(request.dir, `${request.name}-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return { type: 'profile-stop', profiles: [{ file, window }] };
    }
    case 'stop':
      await stop();
      return { type: 'stop' };
  }
}

/** Serves the benchmark's requests in a single-process server (the stop reply is the exit). */
export function serveBenchRequests(stop: () => Promise<void>): void {
  process.on('message', (request: BenchRequest) => {
    void answer(request, stop).then((reply) => (reply.type === 'stop' ? process.exit(0) : process.send?.(reply)));
  });
}
