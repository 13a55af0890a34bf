import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed resolvers per subgraph: resolvers are checked against the SDL in schema/, never typed by hand.
const resolvers = (subgraph: string, mappers: Record<string, string>) => ({
  [`subgraphs/${subgraph}/src/__generated__/resolvers-types.ts`]: {
    schema: `schema/${subgraph}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      useTypeImports: true,
      enumsAsTypes: true,
      contextType: '../context.js#SubgraphContext',
      mappers,
      scalars: { DateTime: 'Date | string', JSON: 'unknown' },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...resolvers('packages', {
      Package: '@clearpath/core#PackageRow',
      TrackingEvent: '@clearpath/core#TrackingEventRow',
      Facility: '@clearpath/core#FacilityRow',
      PackageConnection: '../package/package.model.js#PackageConnectionModel',
      RecordEventsResult: '../events/ingest.service.js#IngestResult',
      ApiKey: '@clearpath/core#ApiKeyRow',
    }),
    ...resolvers('investigations', {
      Anomaly: '@clearpath/core#AnomalyRow',
      Investigation: '@clearpath/core#InvestigationRow',
      Package: '../context.js#PackageRef',
      WebhookEndpoint: '@clearpath/core#WebhookEndpointRow',
      WebhookDelivery: '../webhooks/webhook.repository.js#DeliveryWithEvent',
      WebhookAttempt: '@clearpath/core#WebhookAttemptRow',
      NotificationSettings: '@clearpath/core#NotificationSettingsRow',
      AtRiskPackage: '../predictive/at-risk.service.js#AtRiskEntry',
      WhatIfResult: '../whatif/what-if.service.js#WhatIfAnswer',
      WhatIfImpact: '../whatif/what-if.service.js#WhatIfImpactModel',
      WhatIfReroute: '../whatif/what-if.service.js#WhatIfRerouteModel',
    }),
    ...resolvers('realtime', {}),
    // The dashboard's operations, typed from the supergraph: a schema change that breaks the web app fails
    // `npm run typecheck`. Documents are written with the generated `graphql()` beside the view using them.
    'web/src/__generated__/': {
      schema: 'schema/supergraph.graphql',
      // Tests' own operations (e.g. cache tests with gql) are not the dashboard's, so they stay out of its types.
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/**/*.test.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'const',
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },

};

export default config;
