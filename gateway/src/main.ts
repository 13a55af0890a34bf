/** The all-in-one app (or the split-mode gateway when SUBGRAPH_*_URL are set). */
import { exitIfPortInUse } from '@clearpath/core';
import { startGateway } from './app.js';
import { loadGatewayEnv } from './environment.js';

const env = loadGatewayEnv();
const gateway = await startGateway(env).catch(exitIfPortInUse(env.PORT));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    gateway.runtime.logger.info({ signal }, 'shutting down');
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
