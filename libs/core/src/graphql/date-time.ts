import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const EXPECTED = 'an ISO-8601 date-time with a time zone, like 2026-12-01T09:00:00Z';

const invalid = (value: unknown) =>
  new GraphQLError(`DateTime must be ${EXPECTED}; got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, {
    extensions: { code: 'BAD_USER_INPUT', expected: EXPECTED },
  });

/** graphql-scalars' DateTime, with an error that says which format to send instead of just "invalid". */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue(value) {
    try {
      return DateTimeResolver.parseValue(value);
    } catch {
      throw invalid(value);
    }
  },
  parseLiteral(ast: ValueNode, variables) {
    try {
      return DateTimeResolver.parseLiteral(ast, variables);
    } catch {
      // A plain Error: graphql-js's validation prefixes it with the literal found and its location.
      throw new Error(`DateTime must be ${EXPECTED}`);
    }
  },
});

/**
 * The gateway builds its schema from the supergraph SDL, where a custom scalar accepts any value: a bad
 * DateTime went on to a subgraph and came back as an internal error. Checking it at the gateway turns it
 * into a client error before planning (BAD_USER_INPUT for variables, a validation error for literals);
 * the value the subgraphs receive is unchanged.
 */
export function checkDateTimeInputs(schema: { getType(name: string): unknown }): void {
  const type = schema.getType('DateTime');
  if (!(type instanceof GraphQLScalarType)) return;
  type.parseValue = (value) => {
    DateTimeScalar.parseValue(value);
    return value;
  };
  type.parseLiteral = (ast, variables) => DateTimeScalar.parseLiteral(ast, variables);
}
