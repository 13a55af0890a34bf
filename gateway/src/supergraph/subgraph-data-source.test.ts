import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
// Not exported from the package's index; the data source contract's own enum.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import type { AddressInfo } from 'node:net';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from './gateway-context.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

/** What a subgraph stand-in answers, by the operation name it is sent. */
const REPLIES: Record<string, { status: number; type?: string; cacheControl?: string; body: string }> = {
  Ok: { status: 200, type: 'application/json; charset=utf-8', body: '{"data":{"package":{"id":"1"}},"extensions":{"x":1}}' },
  Cached: { status: 200, type: 'application/json', cacheControl: 'max-age=60, public', body: '{"data":{"n":1}}' },
  Private: { status: 200, type: 'application/graphql-response+json', cacheControl: 'private, max-age="5"', body: '{"data":{"n":2}}' },
  Errors: { status: 200, type: 'application/json', body: '{"errors":[{"message":"no","path":["package"],"extensions":{"code":"NOT_FOUND"}}],"data":{"package":null}}' },
  Unauthenticated: { status: 401, type: 'application/json', body: '{"errors":[{"message":"who?"}]}' },
  Forbidden: { status: 403, type: 'text/plain', body: 'go away' },
  Broken: { status: 500, type: 'text/html', body: '<h1>oops</h1>' },
  NotAnObject: { status: 200, type: 'text/plain', body: 'hello' },
  JsonString: { status: 200, type: 'application/json', body: '"hello"' },
};

interface Seen {
  headers: IncomingHttpHeaders;
  body: string;
}

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

class ForwardingRemote extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if ((context as GatewayContext).token) request.http?.headers.set('authorization', `Bearer ${(context as GatewayContext).token}`);
  }
}

describe('subgraph data source', () => {
  let server: Server;
  let url: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        const reply = REPLIES[(JSON.parse(body) as { operationName: string }).operationName]!;
        res.writeHead(reply.status, { ...(reply.type ? { 'content-type': reply.type } : {}), ...(reply.cacheControl ? { 'cache-control': reply.cacheControl } : {}) });
        res.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Runs one operation through a data source; what the subgraph saw, what came back or was thrown, the cache hints. */
  async function run(source: GraphQLDataSource<GatewayContext>, operationName: string, token: string) {
    const hints: unknown[] = [];
    const options = {
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query: `query ${operationName}($id: ID!) { package(id: $id) { id } }`, variables: { id: '1' }, operationName },
      incomingRequestContext: { overallCachePolicy: { restrict: (hint: unknown) => hints.push(hint) } },
      context: { token, session: {} },
      pathInIncomingRequest: [],
    } as unknown as Options;
    const before = seen.length;
    const outcome = await source.process(options).then(
      (response) => {
        const { http, ...rest } = response as typeof response & { http?: { status: number } };
        return { response: rest, status: http?.status };
      },
      (error: Error & { extensions?: unknown }) => ({ thrown: { type: error.constructor.name, message: error.message, extensions: error.extensions } }),
    );
    const sent = seen.slice(before).map(({ headers, body }) => ({ body, authorization: headers.authorization, contentType: headers['content-type'] }));
    return { outcome, sent, hints };
  }

  for (const operationName of Object.keys(REPLIES)) {
    for (const token of ['k-1', '']) {
      it(`answers ${operationName} (${token ? 'with' : 'without'} credentials) exactly as RemoteGraphQLDataSource does`, async () => {
        const fetcher = createSubgraphFetcher();
        const ours = await run(new SubgraphDataSource(url, fetcher), operationName, token);
        const apollo = await run(new ForwardingRemote({ url, fetcher }), operationName, token);
        expect(ours).toEqual(apollo);
        expect(ours.sent).toHaveLength(1);
      });
    }
  }
});
