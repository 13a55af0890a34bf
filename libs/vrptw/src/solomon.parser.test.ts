import { describe, expect, it } from 'vitest';
import { RoutingInputError } from './routing-input.error.js';
import { parseSolomon } from './solomon.parser.js';
import { loadC101 } from './test-fixtures.js';

describe('parseSolomon', () => {
  it('reads the real C101 file (CRLF, headers, depot row)', () => {
    const problem = loadC101();
    expect(problem.vehicles).toEqual({ count: 25, capacity: 200 });
    expect(problem.depot).toEqual({ x: 40, y: 50, readyTime: 0, dueTime: 1236 });
    expect(problem.customers).toHaveLength(100);
    expect(problem.customers[0]).toEqual({ id: 1, x: 45, y: 68, demand: 10, readyTime: 912, dueTime: 967, serviceTime: 90 });
    expect(problem.customers[99]?.id).toBe(100);
    expect(problem.customers.reduce((s, c) => s + c.demand, 0)).toBe(1810);
  });

  it('keeps the instance name from the first line', () => {
    expect(parseSolomon('R999\nVEHICLE\nNUMBER CAPACITY\n 3 50\n 0 0 0 0 0 100 0\n').name).toBe('R999');
  });

  it('rejects a file without a fleet row', () => {
    expect(() => parseSolomon('X\n 0 0 0 0 0 100 0\n')).toThrow(RoutingInputError);
  });

  it('rejects node rows with the wrong number of columns', () => {
    expect(() => parseSolomon('X\n 3 50\n 0 0 0 0 0 100 0\n 1 2 3 4\n')).toThrow(/7 numbers/);
  });

  it('rejects a file with no depot', () => {
    expect(() => parseSolomon('X\n 3 50\n')).toThrow(/depot/);
  });
});
