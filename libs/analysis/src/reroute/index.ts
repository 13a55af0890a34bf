export { proposeRoutes, type RerouteOptions, type RouteProposal } from './route.proposer.js';
export { RerouteError, type RerouteErrorCode } from './reroute.errors.js';
export { kShortestPaths } from './k-shortest-paths.js';
