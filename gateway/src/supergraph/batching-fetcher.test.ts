import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBatchingFetcher } from './batching-fetcher.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

interface Operation {
  query: string;
  variables?: { n?: number };
}

/**
 * A subgraph stand-in on a real socket that answers each operation with `{ data: { n, auth } }` (a batch
 * with an array of them, as Apollo Server does) and records every HTTP request it got. With `refuseBatches`
 * it answers a batch with a 400, as a subgraph without batching would.
 */
async function startSubgraph(options: { refuseBatches?: boolean } = {}): Promise<{ url: string; requests: unknown[]; server: Server }> {
  const requests: unknown[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as Operation | Operation[];
      requests.push(body);
      const answer = (op: Operation) => ({ data: { n: op.variables?.n ?? null, auth: req.headers.authorization ?? null } });
      if (Array.isArray(body) && options.refuseBatches) return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Operation batching disabled."}]}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, requests, server };
}

const query = (n: number) => JSON.stringify({ query: `query Q__packages__0($n:Int){n(n:$n)}`, variables: { n } });
const post = (body: string, authorization = 'Bearer a') => ({ method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });

describe('batching subgraph fetcher', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())).then(() => server?.closeAllConnections()));

  it('sends queries of one caller issued in the same turn as one batch, and gives each caller its own result', async () => {
    const subgraph = await startSubgraph();
    server = subgraph.server;
    const counters = { batches: 0, batchedOperations: 0 };
    const fetch = createBatchingFetcher(createSubgraphFetcher(), counters);
    const responses = await Promise.all([1, 2, 3].map((n) => fetch(subgraph.url, post(query(n)))));
    expect(await Promise.all(responses.map((r) => r.json()))).toEqual([1, 2, 3].map((n) => ({ data: { n, auth: 'Bearer a' } })));
    expect(subgraph.requests).toHaveLength(1);
    expect(subgraph.requests[0]).toHaveLength(3);
    expect(counters).toEqual({ batches: 1, batchedOperations: 3 });
    expect(responses[0]!.headers.get('content-type')).toBe('application/json');
  });

  it('never puts two callers (different credentials) in one batch', async () => {
    const subgraph = await startSubgraph();
    server = subgraph.server;
    const fetch = createBatchingFetcher(createSubgraphFetcher());
    const [a, b] = await Promise.all([fetch(subgraph.url, post(query(1), 'Bearer a')), fetch(subgraph.url, post(query(2), 'Bearer b'))]);
    expect([await a!.json(), await b!.json()]).toEqual([{ data: { n: 1, auth: 'Bearer a' } }, { data: { n: 2, auth: 'Bearer b' } }]);
    expect(subgraph.requests.every((r) => !Array.isArray(r))).toBe(true);
  });

  it('sends a lone query and every mutation as a single operation', async () => {
    const subgraph = await startSubgraph();
    server = subgraph.server;
    const fetch = createBatchingFetcher(createSubgraphFetcher());
    await (await fetch(subgraph.url, post(query(1)))).json();
    const mutation = (n: number) => JSON.stringify({ query: 'mutation M__packages__0($n:Int){n(n:$n)}', variables: { n } });
    await Promise.all([fetch(subgraph.url, post(mutation(2))), fetch(subgraph.url, post(mutation(3)))]);
    expect(subgraph.requests).toHaveLength(3);
    expect(subgraph.requests.every((r) => !Array.isArray(r))).toBe(true);
  });

  it('resends the operations of a batch the subgraph refuses one by one', async () => {
    const subgraph = await startSubgraph({ refuseBatches: true });
    server = subgraph.server;
    const fetch = createBatchingFetcher(createSubgraphFetcher());
    const responses = await Promise.all([1, 2].map((n) => fetch(subgraph.url, post(query(n)))));
    expect(await Promise.all(responses.map((r) => r.json()))).toEqual([1, 2].map((n) => ({ data: { n, auth: 'Bearer a' } })));
    expect(subgraph.requests.map((r) => (Array.isArray(r) ? 'batch' : 'single'))).toEqual(['batch', 'single', 'single']);
  });
});
