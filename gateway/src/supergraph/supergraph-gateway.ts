import { readFileSync } from 'node:fs';
import { ApolloGateway, LocalGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { checkDateTimeInputs, SCHEMA_DIR, type Session } from '@clearpath/core';
import { execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { resolve } from 'node:path';
import type { GatewayContext } from './gateway-context.js';
import { DeduplicatingDataSource, type DedupCounters } from './inflight-dedup.js';
import { createBatchingFetcher, type BatchCounters } from './batching-fetcher.js';
import { SingleFetchPath, type SingleFetchCounters } from './single-fetch.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

/** A subgraph served in this process: same schema as in split mode, no network hop. */
export interface InProcessSubgraph {
  schema: GraphQLSchema;
  createContext: (session: Session, credential: string) => object;
}

/** Distinct subgraph operations the query planner produces; a handful per client operation. */
const DOCUMENT_CACHE_SIZE = 1000;

class InProcessDataSource extends LocalGraphQLDataSource<GatewayContext> {
  // The planner sends the same few operation strings over and over: parse and validate each once.
  private readonly documents = new Map<string, { document: DocumentNode; errors: readonly GraphQLError[] }>();

  constructor(
    private readonly name: string,
    private readonly subgraph: InProcessSubgraph,
  ) {
    super(subgraph.schema);
  }

  private prepared(query: string) {
    let entry = this.documents.get(query);
    if (!entry) {
      const document = parse(query);
      entry = { document, errors: validate(this.subgraph.schema, document) };
      if (this.documents.size >= DOCUMENT_CACHE_SIZE) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(query, entry);
    }
    return entry;
  }

  override async process(options: Parameters<LocalGraphQLDataSource<GatewayContext>['process']>[0]) {
    const gatewayContext = options.context as GatewayContext;
    const { request } = options;
    if (!gatewayContext.session || !request.query) return super.process(options);
    gatewayContext.subgraphContexts ??= new Map();
    let context = gatewayContext.subgraphContexts.get(this.name);
    if (!context) {
      context = this.subgraph.createContext(gatewayContext.session, gatewayContext.token ?? '');
      gatewayContext.subgraphContexts.set(this.name, context);
    }
    const { document, errors } = this.prepared(request.query);
    if (errors.length > 0) return { errors };
    return execute({
      schema: this.subgraph.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: context,
    });
  }
}

export type SubgraphTargets = Record<string, InProcessSubgraph | string>;

export function readSupergraphSdl(): string {
  return readFileSync(resolve(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
}

/**
 * Apollo Gateway over the committed, statically composed supergraph. The `engine` variant serves the
 * subscription engine only (never HTTP): the same supergraph with its @inaccessible elements (the realtime
 * feeds) made reachable, so the public API schema does not carry them.
 */
export function createSupergraphGateway(
  targets: SubgraphTargets,
  options: { engine?: boolean; dedup?: DedupCounters; batches?: BatchCounters; singleFetch?: SingleFetchCounters | false } = {},
): ApolloGateway {
  const sdl = readSupergraphSdl();
  // Queries planned as one plain fetch skip Apollo Gateway's executor (not for the subscription engine).
  const fast = options.engine || options.singleFetch === false ? undefined : new SingleFetchPath(options.singleFetch);
  // Queries fetched from one subgraph for one caller in the same turn go out as one batched request.
  const fetcher = createBatchingFetcher(createSubgraphFetcher(), options.batches);
  const gateway = new ApolloGateway({
    supergraphSdl: options.engine ? sdl.replace(/\s@inaccessible\b(?!\s+on\b)/g, '') : sdl,
    buildService: ({ name }): GraphQLDataSource => {
      const target = targets[name];
      if (target === undefined) throw new Error(`No target configured for subgraph ${name}`);
      const source = typeof target === 'string' ? new SubgraphDataSource(target, fetcher) : new InProcessDataSource(name, target);
      const deduplicating = new DeduplicatingDataSource(name, source, options.dedup ?? { fetches: 0, merged: 0 });
      return fast ? fast.source(name, deduplicating) : deduplicating;
    },
    ...(fast ? { experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => fast.planResolved(queryPlan, requestContext) } : {}),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    checkDateTimeInputs(apiSchema);
    fast?.schemaLoaded(apiSchema, coreSupergraphSdl);
  });
  // Read by load() when Apollo Server starts, so replaced before then.
  if (fast) gateway.executor = fast.executor(gateway.executor);
  return gateway;
}
