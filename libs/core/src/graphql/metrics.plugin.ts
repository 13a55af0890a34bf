import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger.js';
import { boundedNames, graphqlDuration, graphqlErrors, graphqlOperations } from '../runtime/metrics.js';

// Process-wide caps: operation names are chosen by clients, error codes mostly by us (a subgraph may add one).
const operationName = boundedNames(200);
const errorCode = boundedNames(50);

/**
 * Counts and times every operation an Apollo server runs (HTTP, the REST shim's, graphql-ws queries), by
 * the operation's name in the document ("unparsed" when it never got that far) and type, with the error
 * codes of its response; the label values are bounded (metrics.ts). At debug level each operation is also a
 * log line (with the trace id when tracing runs).
 */
export function graphqlMetrics<C extends object>(logger?: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const stop = graphqlDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName: name, response }) {
          const labels = { operation: operation ? operationName(name) : 'unparsed', type: operation?.operation ?? 'unknown' };
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.['code'];
            graphqlErrors.inc({ operation: labels.operation, code: typeof code === 'string' ? errorCode(code) : 'none' });
          }
          graphqlOperations.inc({ ...labels, outcome: errors.length > 0 ? 'error' : 'ok' });
          const seconds = stop(labels);
          logger?.debug({ ...labels, ms: Math.round(seconds * 1000), errors: errors.length }, 'graphql operation');
        },
      };
    },
  };
}
