export { startGateway, type GatewayOptions, type RunningGateway } from './app.js';
export { loadGatewayEnv, type GatewayEnv } from './environment.js';
export { startWorkerPool, type WorkerPool } from './gateway-cluster.js';
