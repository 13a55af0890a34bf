import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checksItsOwnText, findUnstorableText, withStorableTextArguments } from './storable-text.js';

describe('storable text', () => {
  it('finds a NUL or a lone surrogate in nested strings and object keys, naming the path', () => {
    expect(findUnstorableText({ carrier: ['DHL', 'a\u0000b'] }, 'filter')?.path).toBe('filter.carrier[1]');
    expect(findUnstorableText({ metadata: { '\u0000': 1 } }, 'input')?.path).toBe('input.metadata (a key)');
    expect(findUnstorableText({ address: 'x\ud800' }, 'place')).toEqual({ path: 'place.address', problem: expect.stringContaining('surrogate') });
    expect(findUnstorableText({ at: new Date(), n: 1, ok: 'fine 🚚 ü̈', list: [] }, 'input')).toBeUndefined();
  });

  it('refuses a resolver call whose arguments hold a NUL with BAD_USER_INPUT, before the resolver runs', () => {
    let ran = 0;
    const resolvers = withStorableTextArguments({ Query: { packages: () => ++ran } });
    const packages = resolvers.Query!.packages as (p: unknown, a: unknown, c: unknown, i: unknown) => unknown;
    expect(() => packages(null, { filter: { q: 'x\u0000' } }, {}, {})).toThrow(AppError);
    try {
      packages(null, { filter: { q: 'x\u0000' } }, {}, {});
    } catch (error) {
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).message).toContain('filter.q');
    }
    expect(ran).toBe(0);
    expect(packages(null, { filter: { q: 'x' } }, {}, {})).toBe(1);
  });

  it('leaves resolvers that check their own items, reference resolvers and scalars alone', () => {
    const own = checksItsOwnText(() => 'own');
    const reference = () => 'ref';
    const scalar = new Date();
    const resolvers = withStorableTextArguments({ Mutation: { record: own }, Package: { __resolveReference: reference }, DateTime: scalar as never });
    expect(resolvers.Mutation!.record).toBe(own);
    expect(resolvers.Package!.__resolveReference).toBe(reference);
    expect(resolvers.DateTime).toBe(scalar);
  });
});
