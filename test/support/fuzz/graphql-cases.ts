import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Random } from './random.js';
import { hostileLeaf, leafKind, validLeaf, type KnownValues } from './values.js';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface GraphQLCase {
  kind: OperationKind;
  field: string;
  /** valid: every value well-shaped; hostile: one value (argument, input field, list, nested argument) replaced. */
  mode: 'valid' | 'hostile';
  query: string;
  variables: Record<string, unknown>;
}

/** A place in the generated variables where a hostile value can go. */
interface Slot {
  type: GraphQLInputType;
  name: string;
  set(value: unknown): void;
}

/** Longer than any list limit the API states (5,000 events a batch). */
const OVERSIZED_LIST = 5_001;
const MAX_OBJECT_DEPTH = 2;

class CaseBuilder {
  readonly variables: Record<string, unknown> = {};
  readonly slots: Slot[] = [];
  private readonly declarations: { variable: string; type: GraphQLInputType }[] = [];

  constructor(
    private readonly random: Random,
    private readonly known: KnownValues,
    private readonly optionalRate: number,
  ) {}

  /** Arguments as variables: `(name: $v3, …)`, each value valid-shaped and registered as a slot. */
  arguments(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      if (!isNonNullType(arg.type) && !this.random.chance(this.optionalRate)) continue;
      const variable = `v${this.declarations.length}`;
      this.declarations.push({ variable, type: arg.type });
      this.variables[variable] = this.value(arg.type, arg.name, (v) => (this.variables[variable] = v));
      parts.push(`${arg.name}: $${variable}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /**
   * The operation text. `inline` writes values as literals in the document instead of variables where
   * GraphQL syntax can express them: literals take another path (parseLiteral) through every scalar.
   */
  operation(kind: OperationKind, body: string, inline: boolean): { query: string; variables: Record<string, unknown> } {
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    let text = body;
    for (const { variable, type } of this.declarations) {
      const value = this.variables[variable];
      const literal = inline && value !== undefined ? printLiteral(value, type) : undefined;
      if (literal !== undefined) text = text.replace(new RegExp(`\\$${variable}\\b`, 'g'), () => literal);
      else {
        declarations.push(`$${variable}: ${String(type)}`);
        variables[variable] = value;
      }
    }
    return { query: `${kind} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''} { ${text} }`, variables };
  }

  private value(type: GraphQLInputType, name: string, set: (value: unknown) => void): unknown {
    this.slots.push({ type, name, set });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const items: unknown[] = [];
      const length = this.random.int(0, 3) + (isNonNullType(type) ? 1 : 0);
      for (let i = 0; i < length; i++) items.push(this.value(inner.ofType, name, (v) => (items[i] = v)));
      return items;
    }
    if (isInputObjectType(inner)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !this.random.chance(this.optionalRate)) continue;
        object[field.name] = this.value(field.type, field.name, (v) => (object[field.name] = v));
      }
      return object;
    }
    if (isEnumType(inner)) return this.random.pick(inner.getValues()).name;
    return validLeaf(leafKind(inner.name, name), this.random, this.known);
  }

  /** Replaces the value of one random slot with something hostile for its type. */
  corruptOne(): void {
    if (this.slots.length === 0) return;
    const slot = this.random.pick(this.slots);
    slot.set(this.hostile(slot.type, slot.name));
  }

  private hostile(type: GraphQLInputType, name: string): unknown {
    if (isNonNullType(type)) return this.random.chance(0.1) ? null : this.hostile(type.ofType, name);
    if (isListType(type)) {
      const item = this.value(type.ofType, name, () => {});
      return this.random.pick([[], Array.from({ length: OVERSIZED_LIST }, () => item), [this.hostile(type.ofType, name)], item]);
    }
    if (isInputObjectType(type)) return this.random.pick([{}, { notAField: 1 }, 'not an object']);
    if (isEnumType(type)) return this.random.pick(['NOT_A_VALUE', type.getValues()[0]!.name.toLowerCase(), '', 7]);
    return hostileLeaf(leafKind(type.name, name), this.random);
  }

  /** A selection of the type's fields: every leaf, and a few object fields down to MAX_OBJECT_DEPTH. */
  selection(type: GraphQLObjectType, depth: number): string {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const named = getNamedType(field.type);
      const args = field.args.length ? this.arguments(field.args) : '';
      if (isLeafType(named)) parts.push(`${field.name}${args}`);
      else if (isObjectType(named) && depth < MAX_OBJECT_DEPTH && this.random.chance(0.6)) {
        parts.push(`${field.name}${args} { ${this.selection(named, depth + 1)} }`);
      }
    }
    return parts.length ? parts.join(' ') : '__typename';
  }
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL literal for the value, or undefined when the syntax cannot express it (a key that is no name) or it nests too deep to print. */
function printLiteral(value: unknown, type: GraphQLInputType | undefined, depth = 0): string | undefined {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (depth > 50) return undefined;
  if (value === null) return 'null';
  if (typeof value === 'string') return inner && isEnumType(inner) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => printLiteral(item, inner && isListType(inner) ? inner.ofType : undefined, depth + 1));
    return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    const parts = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const printed = NAME.test(key) ? printLiteral(item, fields[key]?.type, depth + 1) : undefined;
      return printed === undefined ? undefined : `${key}: ${printed}`;
    });
    return parts.includes(undefined) ? undefined : `{${parts.join(', ')}}`;
  }
  return undefined;
}

/** Every root field of the schema's query, mutation and subscription types, `count` cases each. */
export function graphqlCases(schema: GraphQLSchema, random: Random, known: KnownValues, count: number): GraphQLCase[] {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const cases: GraphQLCase[] = [];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.name.startsWith('_')) continue;
      for (let i = 0; i < count; i++) {
        // A third of the cases are well-shaped (they reach the resolvers' real work); the rest corrupt one value.
        const mode = i % 3 === 0 ? 'valid' : 'hostile';
        const builder = new CaseBuilder(random, known, mode === 'valid' ? 0.5 : 0.8);
        const args = builder.arguments(field.args);
        const named = getNamedType(field.type);
        const selection = isObjectType(named) ? ` { ${builder.selection(named, 1)} }` : '';
        if (mode === 'hostile') builder.corruptOne();
        const { query, variables } = builder.operation(kind, `${field.name}${args}${selection}`, random.chance(0.3));
        cases.push({ kind, field: field.name, mode, query, variables });
      }
    }
  }
  return cases;
}

