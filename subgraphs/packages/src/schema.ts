import { buildSubgraph } from '@clearpath/core';
import type { GraphQLSchema } from 'graphql';
import { apiKeyResolvers } from './api-keys/api-key.resolvers.js';
import { carrierCodeResolvers } from './carrier-codes/carrier-code.resolvers.js';
import { eventResolvers } from './events/event.resolvers.js';
import { integrationResolvers } from './integrations/integration.resolvers.js';
import { facilityResolvers } from './facilities/facility.resolvers.js';
import { packageResolvers } from './package/package.resolvers.js';
import { statsResolvers } from './stats/stats.resolvers.js';

export function buildPackagesSchema(): GraphQLSchema {
  return buildSubgraph('packages', [packageResolvers, eventResolvers, facilityResolvers, statsResolvers, apiKeyResolvers, carrierCodeResolvers, integrationResolvers]);
}
