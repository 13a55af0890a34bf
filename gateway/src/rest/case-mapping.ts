/**
 * REST bodies are snake_case, GraphQL is camelCase. Keys are converted down through plain objects, but the
 * contents of free-form JSON fields (metadata, attributes) are the client's and stay untouched.
 */
const OPAQUE = new Set(['metadata', 'attributes']);

const toSnake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function convert(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, rename));
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const name = rename(key);
      return [name, OPAQUE.has(name) ? v : convert(v, rename)];
    }),
  );
}

export const snakeKeys = (value: unknown): unknown => convert(value, toSnake);
export const camelKeys = (value: unknown): unknown => convert(value, toCamel);
