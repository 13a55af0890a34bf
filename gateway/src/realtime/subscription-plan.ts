import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { SUBSCRIPTION_FIELDS, type EngineArgs, type SubscriptionFieldSpec } from './subscription-fields.js';

/** Hidden selections the engine adds to every payload (and strips before sending). */
export const KEY_ALIAS = 'cpKey__';
export const PACKAGE_ALIAS = 'cpPackage__';
export const SEQ_ALIAS = 'cpSeq__';
const ENGINE_VARIABLE = (name: string) => `cp_${name}`;

/**
 * A validated subscription, rewritten as the supergraph query that resolves its events: the root field
 * becomes its feed (aliased to the subscriber's response key) and the engine binds the feed's range.
 */
export interface SubscriptionPlan {
  spec: SubscriptionFieldSpec;
  responseKey: string;
  /** The coerced arguments of the subscription field (defaults applied). */
  args: Record<string, unknown>;
  query: string;
  operationName: string | undefined;
  /** The subscriber's variables the query still uses. */
  variables: Record<string, unknown>;
  /** Subscribers with equal keys (and organization and role) share one resolution per event. */
  shareKey: string;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

function variablesUsed(document: DocumentNode): Set<string> {
  const used = new Set<string>();
  visit(document, {
    VariableDefinition: () => false,
    Variable: (node) => void used.add(node.name.value),
  });
  return used;
}

const variable = (name: string) => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } }) as const;
const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/** Builds the plan, or returns the errors a subscriber should see (the document is already validated). */
export function planSubscription(
  schema: GraphQLSchema,
  engineSchema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  rawVariables: Record<string, unknown> | undefined | null,
): SubscriptionPlan | readonly GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') return [new GraphQLError('Expected a subscription operation')];
  const [root, ...others] = operation.selectionSet.selections;
  if (!root || others.length > 0 || root.kind !== Kind.FIELD) return [new GraphQLError('A subscription selects exactly one root field (no fragments)', { nodes: operation })];
  const spec = SUBSCRIPTION_FIELDS[root.name.value];
  const subscriptionType = schema.getSubscriptionType();
  const fieldDef = subscriptionType?.getFields()[root.name.value];
  const feedDef = engineSchema.getQueryType()?.getFields()[spec?.feed ?? ''];
  if (!spec || !fieldDef || !feedDef) return [new GraphQLError(`Subscription field ${root.name.value} is not served by this gateway`, { nodes: root })];

  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return coerced.errors;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(fieldDef, root, coerced.coerced);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }

  const feedArgs: ArgumentNode[] = (root.arguments ?? []).filter((a) => !spec.subscriptionOnly.includes(a.name.value));
  const engineDefinitions: VariableDefinitionNode[] = [];
  for (const arg of spec.engineArgs) {
    const def = feedDef.args.find((a) => a.name === arg);
    if (!def) throw new Error(`Feed ${spec.feed} has no argument ${arg}`);
    feedArgs.push({ kind: Kind.ARGUMENT, name: name(arg), value: variable(ENGINE_VARIABLE(arg)) });
    engineDefinitions.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: variable(ENGINE_VARIABLE(arg)),
      // a nullable variable may not feed a non-null argument, so it takes the argument's exact type
      type: parseTypeReference(String(def.type)),
    });
  }
  const hidden: FieldNode[] = [{ kind: Kind.FIELD, alias: name(KEY_ALIAS), name: name('key') }];
  if (spec.throttleMs) hidden.push({ kind: Kind.FIELD, alias: name(PACKAGE_ALIAS), name: name('packageId') });
  if (spec.positional) hidden.push({ kind: Kind.FIELD, alias: name(SEQ_ALIAS), name: name('seq') });
  const responseKey = root.alias?.value ?? root.name.value;
  const feedField: FieldNode = {
    ...root,
    alias: name(responseKey),
    name: name(spec.feed),
    arguments: feedArgs,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...(root.selectionSet?.selections ?? []), ...hidden] },
  };
  let query: DocumentNode = {
    ...document,
    definitions: document.definitions
      .filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation)
      .map((d) =>
        d === operation
          ? ({
              ...operation,
              operation: 'query',
              variableDefinitions: [...(operation.variableDefinitions ?? []), ...engineDefinitions],
              selectionSet: { kind: Kind.SELECTION_SET, selections: [feedField] },
            } as OperationDefinitionNode)
          : d,
      ),
  };
  // Variables only the subscription-only arguments used would make the query invalid: drop them.
  const used = variablesUsed(query);
  query = visit(query, { VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null) });
  const variables = Object.fromEntries(
    Object.entries(rawVariables ?? {}).filter(([k]) => used.has(k) && !spec.engineArgs.some((a) => ENGINE_VARIABLE(a) === k)),
  );
  const printed = print(query);
  const steering = Object.fromEntries(spec.subscriptionOnly.filter((a) => a !== 'after').map((a) => [a, args[a]]));
  return {
    spec,
    responseKey,
    args,
    query: printed,
    operationName: operation.name?.value,
    variables,
    shareKey: `${printed}\n${stable(variables)}\n${stable(steering)}`,
  };
}

/** The variables of one resolution: the subscriber's own plus the engine's feed arguments. */
export function resolutionVariables(plan: SubscriptionPlan, engine: EngineArgs): Record<string, unknown> {
  const bound: Record<string, unknown> = { ...plan.variables };
  for (const arg of plan.spec.engineArgs) bound[ENGINE_VARIABLE(arg)] = engine[arg] ?? null;
  return bound;
}

/** "[ID!]!" → a type AST node. */
function parseTypeReference(text: string): VariableDefinitionNode['type'] {
  if (text.endsWith('!')) return { kind: Kind.NON_NULL_TYPE, type: parseTypeReference(text.slice(0, -1)) as never };
  if (text.startsWith('[')) return { kind: Kind.LIST_TYPE, type: parseTypeReference(text.slice(1, -1)) };
  return { kind: Kind.NAMED_TYPE, name: name(text) };
}
