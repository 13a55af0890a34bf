import { buildSubgraph } from '@clearpath/core';
import type { GraphQLSchema } from 'graphql';
import { anomalyResolvers } from './anomalies/anomaly.resolvers.js';
import { askResolvers } from './ask/ask.resolvers.js';
import { atRiskResolvers } from './predictive/at-risk.resolvers.js';
import { investigationResolvers } from './investigations/investigation.resolvers.js';
import { routingResolvers } from './routing/routing.resolvers.js';
import { webhookResolvers } from './webhooks/webhook.resolvers.js';
import { whatIfResolvers } from './whatif/what-if.resolvers.js';

export function buildInvestigationsSchema(): GraphQLSchema {
  return buildSubgraph('investigations', [anomalyResolvers, askResolvers, atRiskResolvers, investigationResolvers, routingResolvers, webhookResolvers, whatIfResolvers]);
}
