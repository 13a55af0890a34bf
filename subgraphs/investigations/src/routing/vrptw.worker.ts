import { solveVrptw, type VrptwProblem, type VrptwSolution, type VrptwSolveOptions } from '@clearpath/vrptw';

/** One solve per task of the solver pool (piscina calls the default export). */
export default function solve({ problem, options }: { problem: VrptwProblem; options: VrptwSolveOptions }): VrptwSolution {
  return solveVrptw(problem, options);
}
