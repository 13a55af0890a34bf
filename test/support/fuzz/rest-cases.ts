import type { Random } from './random.js';
import { HOSTILE_IDS, HOSTILE_STRINGS, hostileLeaf, leafKind, validLeaf, type KnownValues, type LeafKind } from './values.js';

/** The parts of an OpenAPI 3.1 document the generator reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  oneOf?: readonly JsonSchema[];
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface RestCase {
  method: string;
  /** The documented route, e.g. /packages/{id}. */
  route: string;
  mode: 'valid' | 'hostile' | 'raw-body';
  /** Path and query string, relative to /api/v1. */
  path: string;
  body?: string;
  contentType?: string;
}

interface Slot {
  schema: JsonSchema;
  name: string;
  set(value: unknown): void;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Bodies no JSON schema describes: broken syntax, NUL bytes, the wrong media type, NDJSON garbage. */
const RAW_BODIES: { body: string; contentType: string }[] = [
  { body: '{"tracking_number": ', contentType: 'application/json' },
  { body: '\u0000\u0000', contentType: 'application/json' },
  { body: '"just a string"', contentType: 'application/json' },
  { body: 'null', contentType: 'application/json' },
  { body: '[[[[[[[[[[]]]]]]]]]]', contentType: 'application/json' },
  { body: 'tracking_number=x', contentType: 'application/x-www-form-urlencoded' },
  { body: '{"event_id":"a"}\n{broken\n\u0000\n', contentType: 'application/x-ndjson' },
  { body: '<xml/>', contentType: 'text/plain' },
];

class RestBuilder {
  readonly slots: Slot[] = [];

  constructor(
    private readonly document: OpenApiDocument,
    private readonly random: Random,
    private readonly known: KnownValues,
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.document.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return this.resolve(target);
  }

  private kind(schema: JsonSchema, name: string): LeafKind {
    const types = [schema.type ?? 'string'].flat();
    if (schema.format === 'date-time') return 'datetime';
    if (schema.format === 'uuid') return 'id';
    if (types.includes('integer')) return 'int';
    if (types.includes('number')) return leafKind('Float', name);
    if (types.includes('boolean')) return 'boolean';
    if (types.includes('object')) return 'json';
    return leafKind('String', name);
  }

  value(raw: JsonSchema, name: string, set: (value: unknown) => void): unknown {
    const schema = this.resolve(raw);
    this.slots.push({ schema, name, set });
    if (schema.oneOf) return this.value(this.random.pick(schema.oneOf), name, set);
    if (schema.enum) return this.random.pick(schema.enum);
    const types = [schema.type ?? 'string'].flat();
    if (types.includes('array') && schema.items) {
      const items: unknown[] = [];
      const length = 1 + this.random.int(0, 3);
      for (let i = 0; i < length; i++) items.push(this.value(schema.items, name, (v) => (items[i] = v)));
      return items;
    }
    if (types.includes('object') && schema.properties) {
      const object: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties)) {
        if (!schema.required?.includes(key) && this.random.chance(0.4)) continue;
        object[key] = this.value(property, key, (v) => (object[key] = v));
      }
      return object;
    }
    return validLeaf(this.kind(schema, name), this.random, this.known);
  }

  hostile(schema: JsonSchema, name: string): unknown {
    if (schema.enum) return this.random.pick(['NOT_A_VALUE', String(schema.enum[0]).toLowerCase(), '', ...HOSTILE_STRINGS.slice(0, 3)]);
    const types = [schema.type ?? 'string'].flat();
    if (types.includes('array')) return this.random.pick([[], Array.from({ length: 5_001 }, () => ({})), 'not a list', [null]]);
    if (types.includes('object') && schema.properties) return this.random.pick([[], 'not an object', { unknown_field: 1 }, null]);
    return hostileLeaf(this.kind(schema, name), this.random);
  }

  corruptOne(): void {
    if (this.slots.length === 0) return;
    const slot = this.random.pick(this.slots);
    slot.set(this.hostile(slot.schema, slot.name));
  }
}

/** A URL cannot carry a lone surrogate (encodeURIComponent throws); it goes as U+FFFD, as a browser sends it. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** Query values are strings on the wire; a repeated parameter arrives as an array. */
function queryString(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every documented path and method, `count` cases each: well-shaped, one value corrupted, or a raw bad body. */
export function restCases(document: OpenApiDocument, random: Random, known: KnownValues, count: number): RestCase[] {
  const cases: RestCase[] = [];
  for (const [route, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const bodyTypes = Object.entries(operation.requestBody?.content ?? {});
      for (let i = 0; i < count; i++) {
        const mode = i % 3 === 0 ? 'valid' : bodyTypes.length && i % 3 === 2 && random.chance(0.5) ? 'raw-body' : 'hostile';
        const builder = new RestBuilder(document, random, known);
        const pathParams: Record<string, unknown> = {};
        const query: Record<string, unknown> = {};
        for (const parameter of operation.parameters ?? []) {
          const target = parameter.in === 'path' ? pathParams : query;
          if (parameter.in !== 'path' && !random.chance(0.5)) continue;
          const schema = parameter.schema ?? { type: 'string' };
          target[parameter.name] = builder.value(schema, parameter.name, (v) => (target[parameter.name] = v));
          // A query parameter given twice is an array to the server: a classic crash.
          builder.slots.push({ schema: {}, name: parameter.name, set: () => (target[parameter.name] = [target[parameter.name], 'x']) });
        }
        let body: unknown;
        let contentType: string | undefined;
        if (bodyTypes.length) {
          const [type, media] = random.pick(bodyTypes);
          contentType = type;
          // NDJSON is documented as a string; its lines are the JSON variant's items.
          const schema = type === 'application/x-ndjson' ? (operation.requestBody?.content['application/json']?.schema ?? media.schema) : media.schema;
          const holder: { value?: unknown } = {};
          holder.value = builder.value(schema ?? {}, 'body', (v) => (holder.value = v));
          body = holder;
        }
        if (mode === 'hostile') builder.corruptOne();
        const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = pathParams[name] ?? random.pick(HOSTILE_IDS);
          return encodeURIComponent(wellFormed(typeof value === 'string' ? value : JSON.stringify(value)));
        });
        const fuzzCase: RestCase = { method: method.toUpperCase(), route, mode, path: `${path}${queryString(query)}` };
        if (mode === 'raw-body') Object.assign(fuzzCase, random.pick(RAW_BODIES));
        else if (body) Object.assign(fuzzCase, { body: serialize((body as { value?: unknown }).value, contentType), contentType });
        cases.push(fuzzCase);
      }
    }
  }
  return cases;
}

function serialize(value: unknown, contentType: string | undefined): string {
  if (contentType === 'application/x-ndjson') return (Array.isArray(value) ? value : [value]).map((item) => JSON.stringify(item)).join('\n');
  return JSON.stringify(value);
}
