import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApolloGateway } from '@apollo/gateway';
import { SCHEMA_DIR } from '@clearpath/core';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { Kind, parse } from 'graphql';

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

/** The keys a plan of `text` is looked up by: by its hash alone, and by the hash and each operation's name. */
export function planKeys(text: string): string[] {
  const queryHash = sha256(text);
  const names = parse(text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  return [...(names.length === 1 ? [queryHash] : []), ...names.flatMap((name) => (name ? [sha256(queryHash, name)] : []))];
}

/** Whether the gateway holds a plan for `text` under every key a request for it may use. */
export async function hasPlans(gateway: ApolloGateway, text: string): Promise<boolean> {
  const { queryPlanStore } = gateway as unknown as GatewayInternals;
  for (const key of planKeys(text)) if (!(await queryPlanStore.get(key))) return false;
  return true;
}

/**
 * Query plans for operations the gateway knows it will be sent, made at start rather than by the first
 * request of each (planning a large operation takes tens of milliseconds). Plans are stored where the
 * gateway looks them up: under the SHA-256 of the exact operation text (Apollo Server's query hash), and,
 * for requests that name the operation, under the hash of that hash and the name. Operations that no
 * longer plan (the schema moved on) are returned, not thrown: the request will say why.
 */
export async function warmQueryPlans(gateway: ApolloGateway, texts: readonly string[]): Promise<{ planned: number; failed: { text: string; error: string }[] }> {
  const { apiSchema, queryPlanner, queryPlanStore } = gateway as unknown as GatewayInternals;
  if (!apiSchema || !queryPlanner) throw new Error('warmQueryPlans: the gateway has not loaded its supergraph yet');
  let planned = 0;
  const failed: { text: string; error: string }[] = [];
  for (const text of texts) {
    try {
      const document = parse(text);
      const queryHash = sha256(text);
      const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
      for (const operationName of names) {
        const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }));
        if (operationName) await queryPlanStore.set(sha256(queryHash, operationName), plan);
        // A request without operationName is planned for the document's only operation.
        if (names.length === 1) await queryPlanStore.set(queryHash, plan);
        planned += 1;
      }
    } catch (error) {
      failed.push({ text, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { planned, failed };
}
