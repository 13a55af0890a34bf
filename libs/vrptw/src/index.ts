export { BUDGET_CLOCKS, OBJECTIVES, solveVrptw } from './vrptw.solver.js';
export { validateVrptwProblem } from './vrptw.validation.js';
export { checkSolution } from './solution.checker.js';
export type { SolutionCheck, Violation, ViolationKind } from './solution.checker.js';
export { RoutingInputError } from './routing-input.error.js';
export type { RoutingInputErrorCode } from './routing-input.error.js';
export { parseSolomon } from './solomon.parser.js';
export type { SolomonInstance } from './solomon.parser.js';
export { parseVrplib } from './vrplib.parser.js';
export type { VrplibInstance } from './vrplib.parser.js';
export { buildGeoProblem } from './geo.problem.js';
export type { GeoProblem, GeoProblemInput, GeoStop } from './geo.problem.js';
export type {
  BudgetClock,
  CustomerId,
  VrptwCustomer,
  VrptwDepot,
  VrptwObjective,
  VrptwProblem,
  VrptwRounding,
  VrptwSolution,
  VrptwSolveOptions,
  VrptwSolveStats,
} from './vrptw.types.js';
