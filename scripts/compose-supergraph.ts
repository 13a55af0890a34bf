/**
 * Composes schema/*.graphql into schema/supergraph.graphql with @apollo/composition (no rover binary).
 * `--check` fails when the committed supergraph differs from a fresh composition.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const root = resolve(import.meta.dirname, '..');
const subgraphs = [
  { name: 'packages', port: 8001 },
  { name: 'investigations', port: 8002 },
  { name: 'realtime', port: 8003 },
];

const result = composeServices(
  subgraphs.map(({ name, port }) => ({
    name,
    url: `http://localhost:${port}/graphql`,
    typeDefs: parse(readFileSync(resolve(root, 'schema', `${name}.graphql`), 'utf8')),
  })),
);

if (result.errors) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}

const target = resolve(root, 'schema', 'supergraph.graphql');
const sdl = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== sdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('supergraph is current');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
