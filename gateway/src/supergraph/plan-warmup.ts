import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApolloGateway } from '@apollo/gateway';
import { SCHEMA_DIR } from '@clearpath/core';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { Kind, parse, type DocumentNode } from 'graphql';

/**
 * What of ApolloGateway this uses: private in its typings, but what its own executor reads on every request
 * (@apollo/gateway 2.x: `executor` in dist/index.js). plan-warmup.test.ts fails if that changes.
 */
interface GatewayInternals {
  apiSchema?: Schema;
  queryPlanner?: QueryPlanner;
  queryPlanStore: { get(key: string): Promise<QueryPlan | undefined>; set(key: string, plan: QueryPlan): Promise<void> };
}

const sha256 = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/**
 * The dashboard's queries and mutations as its urql client sends them (`__typename` added, urql's printing),
 * written by `npm run codegen` (web/scripts/dashboard-operations.ts) beside the supergraph they are planned
 * against: the gateway reads data, not the web workspace's source.
 */
export function readDashboardOperations(): string[] {
  return JSON.parse(readFileSync(resolve(SCHEMA_DIR, '__generated__', 'dashboard-operations.json'), 'utf8')) as string[];
}

/**
 * Each operation of a document with the keys the gateway looks its plan up by: the SHA-256 of the exact text
 * (Apollo Server's query hash) when it is the document's only operation (a request without operationName),
 * and the hash of that hash and the operation's name for requests that name it.
 */
function operationPlanKeys(document: DocumentNode, text: string): { operationName: string | undefined; keys: string[] }[] {
  const queryHash = sha256(text);
  const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  return names.map((operationName) => ({
    operationName,
    keys: [...(names.length === 1 ? [queryHash] : []), ...(operationName ? [sha256(queryHash, operationName)] : [])],
  }));
}

/** Whether the gateway holds a plan for `text` under every key a request for it may use. */
export async function hasPlans(gateway: ApolloGateway, text: string): Promise<boolean> {
  const { queryPlanStore } = gateway as unknown as GatewayInternals;
  for (const { keys } of operationPlanKeys(parse(text), text)) for (const key of keys) if (!(await queryPlanStore.get(key))) return false;
  return true;
}

/**
 * Query plans for operations the gateway knows it will be sent, made at start rather than by the first
 * request of each (planning a large operation takes tens of milliseconds). Plans are stored where the
 * gateway looks them up (operationPlanKeys). Operations that no longer plan (the schema moved on) are
 * returned, not thrown: the request will say why.
 */
export async function warmQueryPlans(gateway: ApolloGateway, texts: readonly string[]): Promise<{ planned: number; failed: { text: string; error: string }[] }> {
  const { apiSchema, queryPlanner, queryPlanStore } = gateway as unknown as GatewayInternals;
  if (!apiSchema || !queryPlanner) throw new Error('warmQueryPlans: the gateway has not loaded its supergraph yet');
  let planned = 0;
  const failed: { text: string; error: string }[] = [];
  for (const text of texts) {
    try {
      const document = parse(text);
      for (const { operationName, keys } of operationPlanKeys(document, text)) {
        const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }));
        for (const key of keys) await queryPlanStore.set(key, plan);
        planned += 1;
      }
    } catch (error) {
      failed.push({ text, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { planned, failed };
}
