import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const clientError = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400, headers: new HeaderMap() } } });

/**
 * Requests Apollo Gateway cannot run and would report as internal errors: an operationName that names no
 * operation in the document (GraphiQL sends the previous one after the text is replaced), a document with
 * several operations and no name, and a subscription sent as a plain HTTP request.
 */
export function requestGuards<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
            const message = request.operationName != null
              ? `operationName "${request.operationName}" matches no operation in the document (it has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none named'}): send the name of the operation to run, or leave operationName out`
              : `The document has several operations (${names.map((n) => `"${n}"`).join(', ')}): send operationName to choose one`;
            throw clientError(message, 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription') {
            throw clientError(
              'Subscriptions are not served over HTTP POST: open a WebSocket to this same URL with the graphql-ws protocol (subprotocol "graphql-transport-ws") and subscribe there',
              'SUBSCRIPTION_REQUIRES_WEBSOCKET',
            );
          }
        },
      };
    },
  };
}
