import type { GraphQLDataSource, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context.js';
import { responseHeader } from './subgraph-fetcher.js';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/**
 * A subgraph over HTTP, doing what RemoteGraphQLDataSource does with the caller's credentials forwarded
 * (each subgraph authenticates on its own in split mode), written out without its per-fetch objects: it
 * builds node-fetch `Headers`, copies them into a plain object, and constructs a node-fetch `Request` on
 * every call only to hand it to error hooks we do not use. The request body, the error for a non-2xx reply
 * (`<status>: <statusText>` with the reply in `extensions.response`, UNAUTHENTICATED / FORBIDDEN for 401 /
 * 403), the refusal of a non-object body and the cache-control hint given to the incoming request are the
 * same as RemoteGraphQLDataSource's (subgraph-data-source.test.ts checks them against it).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    readonly url: string,
    private readonly fetcher: Fetcher,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const headers: Record<string, string> = {};
    // The gateway adds headers of its own only to ask for federated traces (usage reporting, off here).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    const token = (options.context as Partial<GatewayContext>).token;
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (!request.query) throw new Error('Missing query');
    // RemoteGraphQLDataSource's body: `query` first (the batching fetcher relies on it), then the rest.
    const { query, http: _http, ...rest } = request;
    const response = await this.fetcher(this.url, { method: 'POST', headers, body: JSON.stringify({ query, ...rest }) });
    if (!response.ok) throw errorFromResponse(response, await parseBody(response));
    const body = await parseBody(response);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict(cacheHint(responseHeader(response, 'cache-control')));
    }
    return { ...(body as GatewayGraphQLResponse), http: response } as GatewayGraphQLResponse;
  }
}

function parseBody(response: FetcherResponse): Promise<unknown> {
  const type = responseHeader(response, 'content-type');
  return type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) ? response.json() : response.text();
}

function errorFromResponse(response: FetcherResponse, body: unknown): GraphQLError {
  const extensions: Record<string, unknown> = { response: { url: response.url, status: response.status, statusText: response.statusText, body } };
  if (response.status === 401) extensions['code'] = 'UNAUTHENTICATED';
  else if (response.status === 403) extensions['code'] = 'FORBIDDEN';
  return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
}

/** RemoteGraphQLDataSource's reading of a subgraph's Cache-Control: max-age, private, public. */
function cacheHint(header: string | null): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const parts: Record<string, string | true> = {};
  if (header) {
    for (const part of header.trim().split(/\s*,\s*/)) {
      const [key, value] = part.split(/\s*=\s*/, 2);
      parts[key!] = value === undefined ? true : value.replace(/^"|"$/g, '');
    }
  }
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = { maxAge: 0 };
  const maxAge = parts['max-age'];
  if (typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge)) hint.maxAge = Number(maxAge);
  if (parts['private'] === true) hint.scope = 'PRIVATE';
  if (parts['public'] === true) hint.scope = 'PUBLIC';
  return hint;
}
