import { OPERATION_LIMITS, operationLimits } from '@clearpath/core';
import { GraphQLError, Kind, parse, specifiedRules, validate, visit, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

export type GuardResult = { ok: true; document: DocumentNode } | { ok: false; reasons: string[] };

const limits = operationLimits({ introspection: false }).validationRules as unknown as readonly ValidationRule[];

/**
 * What a written query must be before it runs: one read-only operation the public schema accepts, within the
 * limits every client has, with its values inline, not asking the schema about itself or `ask` again.
 */
export function checkQuery(schema: GraphQLSchema, text: string): GuardResult {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: OPERATION_LIMITS.maxTokens });
  } catch (error) {
    return { ok: false, reasons: [error instanceof GraphQLError ? error.message : String(error)] };
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const reasons: string[] = [];
  if (operations.length !== 1) reasons.push(`The document must hold exactly one operation; it holds ${operations.length}`);
  for (const operation of operations) {
    if (operation.operation !== 'query') reasons.push(`Only queries may run; this is a ${operation.operation}`);
    if (operation.variableDefinitions?.length) reasons.push('Write values inline: the query may not declare variables');
  }
  visit(document, {
    Field(node) {
      if (node.name.value === 'ask') reasons.push('The query may not call ask');
      if (node.name.value === '__schema' || node.name.value === '__type') reasons.push('The query may not introspect the schema');
    },
  });
  if (reasons.length > 0) return { ok: false, reasons };
  const errors = validate(schema, document, [...specifiedRules, ...limits]);
  return errors.length > 0 ? { ok: false, reasons: errors.map((e) => e.message) } : { ok: true, document };
}
