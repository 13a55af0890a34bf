import { readSdl } from '@clearpath/core';
import { buildASTSchema, coerceInputValue, parse, type GraphQLInputType } from 'graphql';
import { camelKeys } from './case-mapping.js';

export interface Rejected {
  index: number;
  eventId: string | null;
  code: string;
  message: string;
}

let eventInputType: GraphQLInputType | undefined;

/**
 * The GraphQL input type the mutation will coerce against, so the shim can pre-check each event alone.
 * Built here from the SDL (federation directives ignored) so it belongs to this module's graphql instance.
 */
function trackingEventInputType(): GraphQLInputType {
  eventInputType ??= buildASTSchema(parse(readSdl('packages')), { assumeValidSDL: true }).getType('TrackingEventInput') as GraphQLInputType;
  return eventInputType;
}

/**
 * Splits a REST batch into events the mutation can take and local rejections. GraphQL would fail the
 * whole request on one event of the wrong shape; REST clients get a per-event answer instead.
 */
export function prepareEvents(items: unknown[], defaults: Record<string, unknown> = {}) {
  const events: unknown[] = [];
  const positions: number[] = [];
  const rejected: Rejected[] = [];
  items.forEach((item, index) => {
    if (item instanceof SyntaxError) {
      rejected.push({ index, eventId: null, code: 'INVALID_JSON', message: item.message });
      return;
    }
    const candidate = item !== null && typeof item === 'object' && !Array.isArray(item) ? { ...(camelKeys(item) as object), ...defaults } : item;
    const problems: string[] = [];
    coerceInputValue(candidate, trackingEventInputType(), (path, _value, error) => {
      problems.push(path.length ? `${path.join('.')}: ${error.message}` : error.message);
    });
    if (problems.length > 0) {
      const eventId = (candidate as { eventId?: unknown })?.eventId;
      rejected.push({ index, eventId: typeof eventId === 'string' ? eventId : null, code: 'INVALID_EVENT', message: problems[0]! });
      return;
    }
    events.push(candidate);
    positions.push(index);
  });
  return { events, positions, rejected };
}

/** NDJSON: one event per line; a line that is not JSON becomes a rejection at its index. */
export function parseNdjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        return error as SyntaxError;
      }
    });
}
