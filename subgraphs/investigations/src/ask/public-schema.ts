import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { SCHEMA_DIR } from '@clearpath/core';
import { printSchema, type GraphQLSchema } from 'graphql';

export interface PublicSchema {
  schema: GraphQLSchema;
  /** The SDL the model is shown: what a client of /graphql can query, descriptions included. */
  sdl: string;
}

let cached: PublicSchema | undefined;

/** The API schema clients see at /graphql (the committed supergraph without its @inaccessible parts). */
export function publicSchema(): PublicSchema {
  if (!cached) {
    const supergraph = Supergraph.build(readFileSync(resolve(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
    const schema = supergraph.apiSchema().toGraphQLJSSchema();
    cached = { schema, sdl: printSchema(schema) };
  }
  return cached;
}
