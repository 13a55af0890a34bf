import { createRequire } from 'node:module';
import type { ApolloGateway } from '@apollo/gateway';
import { buildSchema, type GraphQLError, type GraphQLSchema } from 'graphql';

// graphql ships a CommonJS and an ES module build. Node gives packages loaded natively (@apollo/gateway,
// graphql-ws) the CommonJS one, while bundlers and vitest may give this code the ES one, and graphql-js
// refuses objects of the other realm ("from another module or realm"). Objects crossing the boundary are
// therefore rebuilt in the receiving realm.
const wire = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The supergraph's API schema (what clients may ask for) in this module's realm, once per supergraph load. */
export function apiSchemaOf(gateway: ApolloGateway): () => GraphQLSchema {
  let cached: { source: GraphQLSchema; schema: GraphQLSchema } | undefined;
  return () => {
    const source = gateway.schema;
    if (!source) throw new Error('The supergraph is not loaded yet');
    if (cached?.source !== source) cached = { source, schema: buildSchema(wire.printSchema(source)) };
    return cached.schema;
  };
}

/** Errors as graphql-ws recognizes them (its instanceof check uses the CommonJS realm). */
export function toWireErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map(
    (e) => new wire.GraphQLError(e.message, { source: e.source, positions: e.positions, path: e.path, extensions: e.extensions, originalError: e.originalError }),
  );
}
