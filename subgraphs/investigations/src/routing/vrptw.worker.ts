import { parentPort, workerData } from 'node:worker_threads';
import { solveVrptw, type VrptwProblem, type VrptwSolveOptions } from './vrptw/index.js';

const { problem, options } = workerData as { problem: VrptwProblem; options: VrptwSolveOptions };
parentPort?.postMessage(solveVrptw(problem, options));
