import { type ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// Not exported from the package's index; the data source contract's own enum.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import type { FetchNode, QueryPlan } from '@apollo/query-planner';
import { tracingStarted } from '@clearpath/core/tracing';
import {
  getNamedType,
  getVariableValues,
  isEnumType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  print,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './gateway-context.js';

type Executor = ApolloGateway['executor'];
type GatewayGraphQLRequestContext = Parameters<Executor>[0];
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** Distinct operations remembered (as Apollo Gateway's plan store, bounded). */
const MAX_DECISIONS = 1000;

export interface SingleFetchCounters {
  /** Operations answered with the subgraph's data as it came (the rest ran Apollo Gateway's executor). */
  singleFetch: number;
}

/**
 * A query whose plan is one fetch from one subgraph asking exactly what the client asked is answered with
 * the subgraph's `data` as it comes, without Apollo Gateway's executor, which for such a plan rebuilds the
 * operation (federation-internals), merges the reply into an empty object and copies it again through its
 * result shaping: about a fifth of the gateway's CPU on `package(id)`, for a result equal to the input.
 *
 * Equal exactly when the shaping has nothing to do, so the path is taken only for plans where that is
 * certain, decided once per operation from its plan: a bare fetch (no `@requires`, rewrites, conditions or
 * entities) whose selections print the same as the client's, with no fragments, no introspection, no
 * interfaces or unions (their `__typename` and type conditions are the shaping's business) and no enum that
 * has values the API hides (the shaping nulls those). Nullability needs no check: a field non-null in the API
 * is non-null in every subgraph that resolves it, which enforces it itself. Anything else the reply carries
 * (errors, no `data`, a failed fetch) is handed to Apollo Gateway's executor as the reply to its own fetch
 * (no second call), so errors, their paths and codes stay Apollo's. Variables are checked first the same way
 * (an invalid one goes the normal way). With tracing on, or a query plan asked for in a header, every
 * operation takes the normal way, which has the spans and the plan.
 */
export class SingleFetchPath {
  private schema: GraphQLSchema | undefined;
  private hiddenEnums = new Set<string>();
  private readonly decisions = new Map<string, FetchNode | null>();
  private readonly sources = new Map<string, GraphQLDataSource<GatewayContext>>();
  /** A reply already fetched, for the normal executor's fetch of the same request. */
  private readonly replies = new WeakMap<object, Promise<GatewayGraphQLResponse>>();

  constructor(private readonly counters: SingleFetchCounters = { singleFetch: 0 }) {}

  /** A subgraph's data source: the one this path calls, wrapped so the executor can be given a reply. */
  source(name: string, source: GraphQLDataSource<GatewayContext>): GraphQLDataSource<GatewayContext> {
    this.sources.set(name, source);
    return {
      process: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => {
        if ('incomingRequestContext' in options) {
          const reply = this.replies.get(options.incomingRequestContext);
          if (reply) {
            this.replies.delete(options.incomingRequestContext);
            return reply;
          }
        }
        return source.process(options);
      },
    };
  }

  /** Every schema load: decisions were made against the previous one. */
  schemaLoaded(apiSchema: GraphQLSchema, supergraphSdl: string): void {
    this.schema = apiSchema;
    this.hiddenEnums = enumsWithHiddenValues(supergraphSdl);
    this.decisions.clear();
  }

  /** Apollo Gateway's experimental_didResolveQueryPlan: the plan of each operation run the normal way. */
  planResolved(queryPlan: QueryPlan, requestContext: GatewayGraphQLRequestContext): void {
    const key = keyOf(requestContext);
    if (key === undefined || this.decisions.has(key) || !this.schema || !requestContext.operation || !requestContext.document) return;
    if (this.decisions.size >= MAX_DECISIONS) this.decisions.delete(this.decisions.keys().next().value!);
    this.decisions.set(key, singleFetchOf(queryPlan, requestContext.operation, requestContext.document, this.schema, this.hiddenEnums) ?? null);
  }

  executor(normal: Executor): Executor {
    return async (requestContext) => {
      const fetch = this.fetchFor(requestContext);
      const source = fetch && this.sources.get(fetch.serviceName);
      if (!fetch || !source) return normal(requestContext);
      const provided = requestContext.request.variables;
      const definitions = requestContext.operation!.variableDefinitions ?? [];
      if (definitions.length > 0 && getVariableValues(this.schema!, definitions, provided ?? {}).errors) return normal(requestContext);
      // The variables Apollo Gateway's executeFetch sends: the fetch's own, as given.
      const variables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const name of fetch.variableUsages ?? []) {
        if (provided && Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
      }
      // What executeFetch passes for a root fetch.
      const reply = source.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query: fetch.operation, variables, operationName: fetch.operationName },
        incomingRequestContext: requestContext,
        context: requestContext.context,
        document: fetch.operationDocumentNode,
        pathInIncomingRequest: [],
        // Apollo types the executor's request context with a generic context; ours is a GatewayContext.
      } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
      const response = await reply.catch(() => undefined);
      if (response && response.errors === undefined && typeof response.data === 'object' && response.data !== null) {
        this.counters.singleFetch += 1;
        return { data: response.data };
      }
      this.replies.set(requestContext, reply);
      return normal(requestContext);
    };
  }

  private fetchFor(requestContext: GatewayGraphQLRequestContext): FetchNode | undefined {
    if (requestContext.operation?.operation !== 'query' || requestContext.metrics.captureTraces || tracingStarted()) return undefined;
    if (requestContext.request.http?.headers.get('apollo-query-plan-experimental')) return undefined;
    const key = keyOf(requestContext);
    return key === undefined ? undefined : (this.decisions.get(key) ?? undefined);
  }
}

/** Apollo Gateway keeps one plan per document text and operation name; so is the decision. */
function keyOf(requestContext: GatewayGraphQLRequestContext): string | undefined {
  return requestContext.queryHash === undefined ? undefined : `${requestContext.request.operationName ?? ''}\n${requestContext.queryHash}`;
}

/** The plan's fetch when the operation can be answered with its reply as it is (see SingleFetchPath). */
export function singleFetchOf(
  plan: QueryPlan,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  schema: GraphQLSchema,
  hiddenEnums: ReadonlySet<string>,
): FetchNode | undefined {
  const fetch = plan.node;
  if (operation.operation !== 'query' || fetch?.kind !== 'Fetch') return undefined;
  if (fetch.requires || fetch.hasDefers || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length) return undefined;
  if (document.definitions.some((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)) return undefined;
  const fetchDocument = fetch.operationDocumentNode ?? parse(fetch.operation);
  const [fetchOperation, ...others] = fetchDocument.definitions;
  if (others.length > 0 || fetchOperation?.kind !== Kind.OPERATION_DEFINITION || fetchOperation.operation !== 'query') return undefined;
  if (print(fetchOperation.selectionSet) !== print(operation.selectionSet)) return undefined;
  const root = schema.getQueryType();
  return root && plainSelections(operation.selectionSet, root, hiddenEnums) ? fetch : undefined;
}

/** Fields only (no fragments), over object types, scalars and enums the API shows in full. */
function plainSelections(selectionSet: SelectionSetNode, parent: GraphQLObjectType, hiddenEnums: ReadonlySet<string>): boolean {
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    const name = selection.name.value;
    // On an object type the subgraph names the same type the API does.
    if (name === '__typename') continue;
    const field = parent.getFields()[name];
    if (!field || name.startsWith('__')) return false;
    const type = getNamedType(field.type);
    if (isObjectType(type)) {
      if (!selection.selectionSet || !plainSelections(selection.selectionSet, type, hiddenEnums)) return false;
    } else if (isEnumType(type)) {
      if (hiddenEnums.has(type.name)) return false;
    } else if (!isScalarType(type)) {
      return false;
    }
  }
  return true;
}

/** Enums of the supergraph with a value marked @inaccessible (however the directive is imported). */
export function enumsWithHiddenValues(supergraphSdl: string): Set<string> {
  const hidden = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION && definition.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
    if (definition.values?.some((value) => value.directives?.some((directive) => /(^|__)inaccessible$/.test(directive.name.value)))) hidden.add(definition.name.value);
  }
  return hidden;
}
