import { Client } from 'urql';
import { Kind, type DocumentNode } from 'graphql';
import * as generated from '../__generated__/graphql';
import { httpExchanges } from './client';

/** Every query and mutation document codegen made of the dashboard's `graphql()` calls (subscriptions go over graphql-ws). */
export function dashboardDocuments(): DocumentNode[] {
  return Object.values(generated as Record<string, unknown>).filter((value): value is DocumentNode => {
    const document = value as Partial<DocumentNode> | null;
    return (
      typeof document === 'object' &&
      document?.kind === Kind.DOCUMENT &&
      (document.definitions ?? []).some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== 'subscription')
    );
  });
}

/**
 * The text of each dashboard query and mutation exactly as the dashboard's urql client puts it on the wire:
 * graphcache adds `__typename` to every selection and urql prints the codegen document its own way, so the
 * text is what urql sends, captured from a client with the dashboard's HTTP exchanges, not re-printed here.
 * The gateway plans these at start (schema/__generated__/dashboard-operations.json, written by `npm run codegen`).
 */
export async function sentOperationTexts(): Promise<string[]> {
  const sent: string[] = [];
  const client = new Client({
    url: 'http://dashboard.invalid/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: httpExchanges(),
    fetch: async (_input, init) => {
      const { query } = JSON.parse(String(init?.body)) as { query: string };
      sent.push(query);
      // Nothing is executed: an error result ends the operation without touching the cache's updaters.
      return new Response(JSON.stringify({ errors: [{ message: 'captured, not sent' }] }), { headers: { 'content-type': 'application/json' } });
    },
  });
  for (const document of dashboardDocuments()) {
    const mutation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
    await (mutation ? client.mutation(document, {}) : client.query(document, {})).toPromise();
  }
  return [...new Set(sent)].sort();
}
