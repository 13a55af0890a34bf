import { badInput } from '../errors.js';

/**
 * Text PostgreSQL (and PGlite) cannot store: U+0000 in text or jsonb, and a lone UTF-16 surrogate in jsonb
 * (JSON.stringify writes it as an escape the jsonb parser refuses). Either used to reach SQL and come
 * back as an internal error; inputs holding one are refused up front, naming the argument.
 */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problem(text: string): string | undefined {
  const match = UNSTORABLE.exec(text);
  if (!match) return undefined;
  return match[0] === '\u0000' ? 'a NUL character (\\u0000)' : 'a lone UTF-16 surrogate (not valid Unicode)';
}

/** The first string (or object key) in the value that cannot be stored: where it is and what is wrong. */
export function findUnstorableText(value: unknown, path: string): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    const found = problem(value);
    return found ? { path, problem: found } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const inKey = problem(key);
      if (inKey) return { path: `${path} (a key)`, problem: inKey };
      const found = findUnstorableText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The message both the argument guard and per-item validation give. */
export const unstorableMessage = (found: { path: string; problem: string }) => `${found.path} contains ${found.problem}, which cannot be stored: remove it`;

export function assertStorableText(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const found = findUnstorableText(value, name);
    if (found) throw badInput(unstorableMessage(found), { argument: found.path });
  }
}

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

const CHECKS_ITS_OWN_TEXT = Symbol('checksItsOwnText');

/**
 * Marks a resolver that checks text itself, item by item (batch ingest rejects one bad event, not the
 * batch): the guard below leaves its arguments to it.
 */
export function checksItsOwnText<F extends Resolver | ((...args: never[]) => unknown)>(resolve: F): F {
  return Object.assign(resolve, { [CHECKS_ITS_OWN_TEXT]: true });
}

/**
 * Wraps every field resolver of a resolver map so its arguments are checked first: one rule for every
 * subgraph and every argument, instead of a check remembered (or forgotten) in each resolver. Reference
 * resolvers (`__resolveReference`) and scalars are left alone: they take no client arguments.
 */
export function withStorableTextArguments(resolvers: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const guarded: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype) {
      guarded[type] = fields;
      continue;
    }
    guarded[type] = Object.fromEntries(
      Object.entries(fields).map(([field, resolve]) => {
        if (typeof resolve !== 'function' || field.startsWith('__') || CHECKS_ITS_OWN_TEXT in resolve) return [field, resolve];
        const wrapped: Resolver = (parent, args, context, info) => {
          if (args && Object.keys(args).length > 0) assertStorableText(args);
          return (resolve as Resolver)(parent, args, context, info);
        };
        return [field, wrapped];
      }),
    );
  }
  return guarded;
}
