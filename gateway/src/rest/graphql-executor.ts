import type { ApolloServer } from '@apollo/server';
import { ServiceBusyError, type Session } from '@clearpath/core';
import type { GatewayContext } from '../supergraph/gateway-context.js';
import { RestError, statusForGraphQLCode } from './rest-error.js';
import { restMessage } from './rest-messages.js';

export type Execute = <T>(session: Session, token: string, query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Runs an operation through the supergraph as the caller; the first GraphQL error becomes a REST error. */
export function createExecutor(apollo: ApolloServer<GatewayContext>): Execute {
  return async <T>(session: Session, token: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { session, token } });
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    const error = errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      const status = statusForGraphQLCode(code);
      // Busy is not a failure: the client is told when to come back (Retry-After).
      if (code === 'SERVICE_BUSY') throw new ServiceBusyError(error.message, Number(error.extensions?.retryAfterSeconds) || 1);
      if (status >= 500) throw new RestError(status, String(code), error.message);
      // Only input errors speak of fields; other messages (not found, forbidden) pass as they are.
      const { message, field } = code === 'BAD_USER_INPUT' ? restMessage(error.message) : { message: error.message, field: undefined };
      throw new RestError(status, status === 400 && code !== 'BAD_USER_INPUT' ? 'BAD_REQUEST' : String(code), message, field ? { field } : undefined);
    }
    return data as T;
  };
}
