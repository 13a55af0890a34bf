import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { solveVrptw, type VrptwProblem, type VrptwSolution, type VrptwSolveOptions } from './vrptw/index.js';

const WORKER = new URL('./vrptw.worker.js', import.meta.url);

/**
 * Solving is CPU-bound for up to the caller's time limit, which would freeze every other request of the
 * process; the built app solves in a worker thread. Running from TypeScript sources (tests, `npm run dev`)
 * there is no compiled worker file, so it solves inline.
 */
export async function solveOffThread(problem: VrptwProblem, options: VrptwSolveOptions): Promise<VrptwSolution> {
  if (!existsSync(fileURLToPath(WORKER))) return solveVrptw(problem, options);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { problem, options } });
    worker.once('message', (solution: VrptwSolution) => resolve(solution));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`solver worker exited with code ${code}`)));
  });
}
