import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './gateway-context.js';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** How many subgraph fetches ran and how many joined an identical one already in flight (all subgraphs). */
export interface DedupCounters {
  fetches: number;
  merged: number;
}

interface InFlight {
  response: Promise<GatewayGraphQLResponse>;
  followers: number;
  /** The response as JSON, taken before anyone reads it, for followers (the gateway merges into what it gets). */
  snapshot?: string;
}

/**
 * Identical subgraph fetches in flight at the same time run once: a page of dashboards asking the same
 * thing, or many entity fetches for the same packages, cost one subgraph call. Only fetches of queries are
 * shared (never anything a mutation causes), and only between callers of the same organization and role:
 * the key is the subgraph, the caller's organization and role, the document and its variables.
 */
export class DeduplicatingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    private readonly name: string,
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly counters: DedupCounters,
  ) {}

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const key = this.keyOf(options);
    if (key === undefined) return this.inner.process(options);
    const running = this.inFlight.get(key);
    if (running) {
      running.followers += 1;
      this.counters.merged += 1;
      return running.response.then(() => JSON.parse(running.snapshot!) as GatewayGraphQLResponse);
    }
    this.counters.fetches += 1;
    const entry: InFlight = { followers: 0, response: Promise.resolve({}) };
    entry.response = this.inner.process(options).then(
      (response) => {
        this.inFlight.delete(key);
        if (entry.followers > 0) entry.snapshot = JSON.stringify(response);
        return response;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, entry);
    return entry.response;
  }

  private keyOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
    // Health checks and schema loads carry no incoming operation.
    if (!('incomingRequestContext' in options)) return undefined;
    if (options.incomingRequestContext.operation?.operation !== 'query') return undefined;
    const session = (options.context as Partial<GatewayContext>).session;
    const { query, variables, operationName } = options.request;
    if (!session || !query) return undefined;
    return JSON.stringify([this.name, session.organizationId, session.role, operationName ?? null, query, variables ?? null]);
  }
}
