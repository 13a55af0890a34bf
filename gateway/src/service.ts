/** The all-in-one app (or the split-mode gateway when SUBGRAPH_*_URL are set). */
import { exitIfPortInUse, exitOnSignals } from '@clearpath/core';
import { startGateway } from './app.js';
import { loadGatewayEnv } from './environment.js';

const env = loadGatewayEnv();
const gateway = await startGateway(env).catch(exitIfPortInUse(env.PORT));

exitOnSignals({
  logger: gateway.runtime.logger,
  lifecycle: gateway.lifecycle,
  deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
  stop: (deadline) => gateway.stop(deadline - 500),
});
