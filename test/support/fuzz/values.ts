import type { Random } from './random.js';

/** What a leaf value means, guessed from its type and name: decides which valid-shaped values fit it. */
export type LeafKind = 'string' | 'id' | 'tracking' | 'facility' | 'position' | 'datetime' | 'status' | 'int' | 'float' | 'coordinate' | 'boolean' | 'json';

/** Real keys of the fuzzed organization, so valid-shaped cases reach past "not found" into the code behind it. */
export interface KnownValues {
  packageIds: string[];
  trackingNumbers: string[];
  facilityCodes: string[];
  /** Log positions (`seq`) and page cursors. */
  positions: string[];
  ids: string[];
}

export function leafKind(typeName: string, fieldName: string): LeafKind {
  const name = fieldName.toLowerCase();
  if (typeName === 'Boolean') return 'boolean';
  if (typeName === 'JSON') return 'json';
  if (typeName === 'Int') return 'int';
  if (typeName === 'Float') return /lat|lon/.test(name) ? 'coordinate' : 'float';
  if (typeName === 'DateTime' || /(at|from|to|start|end)$/.test(name)) return 'datetime';
  if (/^(after|until|before|cursor)$/.test(name)) return 'position';
  if (/trackingnumber/.test(name)) return 'tracking';
  if (/facilitycode|^code/.test(name)) return 'facility';
  if (/^(status|state)/.test(name)) return 'status';
  if (typeName === 'ID' || /ids?$/.test(name)) return 'id';
  return 'string';
}

const LONG = 'x'.repeat(10_000);

/** Strings that broke or may break something: NUL (PostgreSQL rejects it in text), blanks, size, unicode, syntax. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '   ',
  '',
  '\t\n\r',
  LONG,
  ` ${LONG} `,
  '🚚📦 ü̈ 漢字',
  '\u202e\u200b\ufeff',
  '\ud800',
  "'; DROP TABLE packages; --",
  '%_\\',
  '${}{{}}<script>',
  'null',
  '-1',
];

export const HOSTILE_DATETIMES = [
  'next tuesday',
  '2026-13-45T99:99:99Z',
  '0000-00-00T00:00:00Z',
  '275760-09-13T00:00:01Z',
  '-271821-04-20T00:00:00Z',
  '2026-11-25',
  '2026-11-25T17:00:00',
  '2026-11-25T17:00:00+25:00',
  '1e12',
  '2026-11-25T17:00:00Z\u0000',
];

export const HOSTILE_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff\u0000', '1', "' OR 1=1 --"];

export const HOSTILE_POSITIONS = [
  '-1',
  '1.5',
  '0x10',
  ' 1',
  '1e3',
  '99999999999999999999999',
  '9223372036854775808',
  Buffer.from('{"f":"CREATED_AT","v":"never","id":"x"}').toString('base64url'),
  Buffer.from('{"f":"CREATED_AT","v":"2026-01-01T00:00:00Z","id":"00000000-0000-0000-0000-000000000000\\u0000"}').toString('base64url'),
  '!!!not-base64!!!',
];

export const HOSTILE_INTS = [-1, 0, -2147483648, 2147483647, 2147483648, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER];
export const HOSTILE_FLOATS = [-1, 0, -0, 1e308, -1e308, 5e-324, 181, -91, Number.MAX_VALUE];

/** Values of another JSON type than the schema asks for (coercion must refuse them with a code). */
export const WRONG_TYPES: unknown[] = ['NaN', 'Infinity', true, { nested: true }, [1, 2], 12];

function nested(depth: number): unknown {
  let value: unknown = { leaf: 'x' };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export const HOSTILE_JSON: unknown[] = [{ '\u0000': 1 }, { text: 'a\u0000b' }, nested(2_000), { big: LONG.repeat(3) }, [], 'string', 42];

const PLAIN_STRINGS = ['DHL', 'Berlin', 'ORDER-17', 'hello world', 'Ana García'];
const STATUSES = ['IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'OPEN', 'RESOLVED'];

/** A value of the right shape for the kind, taken from the organization's real keys where possible. */
export function validLeaf(kind: LeafKind, random: Random, known: KnownValues): unknown {
  switch (kind) {
    case 'boolean':
      return random.chance(0.5);
    case 'json':
      return random.pick([{}, { source: 'fuzz', n: random.int(0, 100) }]);
    case 'int':
      return random.pick([1, 2, 5, 10]);
    case 'float':
      return random.pick([0.5, 1, 2, 3]);
    case 'coordinate':
      return Number((random.next() * 10 + 45).toFixed(4));
    case 'datetime':
      return new Date(Date.UTC(2026, 10, 20 + random.int(0, 10), random.int(0, 24))).toISOString();
    case 'position':
      return random.pick(known.positions);
    case 'tracking':
      return random.pick(known.trackingNumbers);
    case 'facility':
      return random.pick(known.facilityCodes);
    case 'status':
      return random.pick(STATUSES);
    case 'id':
      return random.pick([...known.packageIds, ...known.ids]);
    case 'string':
      return random.pick(PLAIN_STRINGS);
  }
}

/** A hostile value for the kind: mostly of the right JSON type (so it gets past coercion), sometimes not. */
export function hostileLeaf(kind: LeafKind, random: Random): unknown {
  if (random.chance(0.1)) return random.pick(WRONG_TYPES);
  switch (kind) {
    case 'boolean':
      return random.pick(['true', 0, null]);
    case 'json':
      return random.pick(HOSTILE_JSON);
    case 'int':
      return random.pick(HOSTILE_INTS);
    case 'float':
    case 'coordinate':
      return random.pick(HOSTILE_FLOATS);
    case 'datetime':
      return random.pick([...HOSTILE_DATETIMES, ...HOSTILE_STRINGS]);
    case 'position':
      return random.pick([...HOSTILE_POSITIONS, ...HOSTILE_STRINGS]);
    case 'id':
      return random.pick([...HOSTILE_IDS, ...HOSTILE_STRINGS]);
    default:
      return random.pick(HOSTILE_STRINGS);
  }
}

/** Shortens values for a failure report: a 10k string prints as its length, not its text. */
export function abbreviate(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 40)}…(${value.length} chars)` : value;
  if (depth > 5 && value && typeof value === 'object') return '…(nested deeper)';
  const inner = (v: unknown) => abbreviate(v, depth + 1);
  if (Array.isArray(value)) return value.length > 10 ? [...value.slice(0, 3).map(inner), `…(${value.length} items)`] : value.map(inner);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inner(v)]));
  return value;
}
