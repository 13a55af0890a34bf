import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { withStorableTextArguments } from '../validation/storable-text.js';
import { DateTimeScalar } from './date-time.js';

/** schema/ at the repository root; the same depth from src/ and dist/. */
export const SCHEMA_DIR = resolve(import.meta.dirname, '..', '..', '..', '..', 'schema');

export function readSdl(name: string): string {
  return readFileSync(resolve(SCHEMA_DIR, `${name}.graphql`), 'utf8');
}

/** Builds a Federation 2 subgraph from its SDL in schema/ and resolver maps, with the shared scalars and input guard. */
export function buildSubgraph(name: string, resolvers: object[]): GraphQLSchema {
  const merged: Record<string, Record<string, unknown>> = { DateTime: DateTimeScalar as never, JSON: JSONResolver as never };
  for (const map of resolvers) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return buildSubgraphSchema({ typeDefs: parse(readSdl(name)), resolvers: withStorableTextArguments(merged) as never });
}
