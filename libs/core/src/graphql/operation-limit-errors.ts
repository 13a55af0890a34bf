import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * graphql-armor reports a limit as "Syntax Error: Query Cost limit of … exceeded", and Apollo files every
 * validation error under GRAPHQL_VALIDATION_FAILED: a client could not tell an over-limit query from a
 * typo. Each limit gets its own code and a message that says what to change.
 */
const LIMITS = {
  cost: { code: 'QUERY_TOO_COMPLEX', what: 'cost', advice: 'ask for fewer items per list (smaller first/last) or fewer nested lists, or split the query' },
  depth: { code: 'QUERY_TOO_DEEP', what: 'depth', advice: 'nest fewer levels, or fetch the deeper part in a second query' },
  aliases: { code: 'TOO_MANY_ALIASES', what: 'alias count', advice: 'use fewer aliases, or split the query' },
  directives: { code: 'TOO_MANY_DIRECTIVES', what: 'directive count', advice: 'use fewer directives' },
} as const;

export type LimitKind = keyof typeof LIMITS;
export const LIMIT_CODES: ReadonlySet<string> = new Set(Object.values(LIMITS).map((l) => l.code));

/** Armor options for one limit: report our coded error instead of armor's. */
export function rejectAs(kind: LimitKind, max: number) {
  const { code, what, advice } = LIMITS[kind];
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        const found = /found (\d+(?:\.\d+)?)/.exec(armorError.message)?.[1];
        const message = `Query ${what} ${found ? `${Math.ceil(Number(found))} ` : ''}exceeds the limit of ${max}: ${advice}`;
        context?.reportError(new GraphQLError(message, { extensions: { code, limit: kind, max } }));
      },
    ],
  };
}

// graphql-js 16 words it "more that"; accept the corrected spelling too.
const TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo wraps validation errors (code GRAPHQL_VALIDATION_FAILED); this restores a limit error's own code.
 * The token limit is enforced by the parser, so it arrives as a parse error and is recognised by message.
 */
export function formatLimitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof GraphQLError && LIMIT_CODES.has(String(original.extensions.code))) {
    return { message: original.message, extensions: { ...original.extensions } };
  }
  const tokens = TOKENS.exec(formatted.message);
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    return { message: `The query has more than ${tokens[1]} tokens: split it into smaller queries`, extensions: { code: 'TOO_MANY_TOKENS', limit: 'tokens', max: Number(tokens[1]) } };
  }
  return undefined;
}
