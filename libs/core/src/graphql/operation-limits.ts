import { ApolloArmor } from '@escape.tech/graphql-armor';
import { rejectAs } from './operation-limit-errors.js';

/** Limits on what one operation may ask for; generous for dashboards, fatal for abuse. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxCost: 20_000,
  maxTokens: 5_000,
  maxDirectives: 30,
} as const;

/**
 * The operation limits as validation rules (armor), shared by HTTP operations, graphql-ws subscriptions
 * and the queries `ask` writes, so each is held to the same bounds.
 */
export function operationLimits(options: { introspection: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, ...rejectAs('depth', OPERATION_LIMITS.maxDepth) },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, ...rejectAs('aliases', OPERATION_LIMITS.maxAliases) },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true, ...rejectAs('cost', OPERATION_LIMITS.maxCost) },
    // graphql-js enforces the token limit while parsing (parseOptions), so a syntax error stays a 400;
    // armor's plugin version of it turns parse errors into 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...rejectAs('directives', OPERATION_LIMITS.maxDirectives) },
    // Field suggestions leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  return armor.protect();
}
