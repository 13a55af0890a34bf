/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DashboardPlace on Place {\n    name\n    address\n    facilityCode\n    lat\n    lon\n  }\n": typeof types.DashboardPlaceFragmentDoc,
    "\n  fragment DashboardFacility on Facility {\n    code\n    name\n    type\n    lat\n    lon\n  }\n": typeof types.DashboardFacilityFragmentDoc,
    "\n  fragment DashboardEditablePackage on Package {\n    id\n    trackingNumber\n    carrier\n    serviceLevel\n    reference\n    recipient\n    promisedDeliveryAt\n    origin {\n      ...DashboardPlace\n    }\n    destination {\n      ...DashboardPlace\n    }\n  }\n": typeof types.DashboardEditablePackageFragmentDoc,
    "\n  fragment DashboardAgentRun on Investigation {\n    id\n    kind\n    state\n    error\n    createdAt\n    startedAt\n    completedAt\n    rootCause {\n      cause\n      confidence\n    }\n    trace {\n      at\n      step\n      tool\n      summary\n    }\n    package {\n      id\n      trackingNumber\n    }\n  }\n": typeof types.DashboardAgentRunFragmentDoc,
    "\n  query DashboardAgents {\n    active: recentInvestigations(filter: { state: [QUEUED, RUNNING] }, first: 50) {\n      ...DashboardAgentRun\n    }\n    history: recentInvestigations(first: 50) {\n      ...DashboardAgentRun\n    }\n    failures: recentInvestigations(filter: { state: [FAILED] }, first: 20) {\n      ...DashboardAgentRun\n    }\n  }\n": typeof types.DashboardAgentsDocument,
    "\n  subscription DashboardAgentActivity {\n    investigationProgress {\n      key\n      investigationId\n      state\n      step\n      at\n      package {\n        id\n        trackingNumber\n      }\n    }\n  }\n": typeof types.DashboardAgentActivityDocument,
    "\n  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {\n    anomalies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          severity\n          confidence\n          summary\n          state\n          detectedAt\n          facilityCode\n          package {\n            id\n            trackingNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardAnomaliesDocument,
    "\n  mutation DashboardAcknowledgeAnomaly($id: ID!) {\n    acknowledgeAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.DashboardAcknowledgeAnomalyDocument,
    "\n  mutation DashboardResolveAnomaly($id: ID!) {\n    resolveAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.DashboardResolveAnomalyDocument,
    "\n  mutation DashboardInvestigateAnomaly($packageId: ID!) {\n    investigateAnomaly(packageId: $packageId) {\n      id\n      kind\n      state\n    }\n  }\n": typeof types.DashboardInvestigateAnomalyDocument,
    "\n  mutation DashboardImportPackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardImportPackageDocument,
    "\n  query DashboardMap($filter: PackageFilter, $first: Int) {\n    packages(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          currentLocation {\n            facilityCode\n            name\n            lat\n            lon\n          }\n        }\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n": typeof types.DashboardMapDocument,
    "\n  query DashboardMapRisk {\n    anomalies(filter: { state: [OPEN, ACKNOWLEDGED] }, first: 200) {\n      edges {\n        node {\n          id\n          type\n          severity\n          package {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMapRiskDocument,
    "\n  subscription DashboardMapUpdates($bbox: BoundingBox!) {\n    mapUpdates(bbox: $bbox, throttleMs: 1000) {\n      seq\n      packageId\n      lat\n      lon\n      status\n      facilityCode\n    }\n  }\n": typeof types.DashboardMapUpdatesDocument,
    "\n  query DashboardOverview {\n    packageStats {\n      total\n      byStatus {\n        status\n        count\n      }\n      onTimeRate\n      medianTransitHours\n      p90TransitHours\n      exceptions\n    }\n    eventHistogram(hours: 24, bucketMinutes: 5) {\n      start\n      count\n    }\n    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query DashboardPackage($id: ID!) {\n    package(id: $id) {\n      id\n      trackingNumber\n      carrier\n      serviceLevel\n      reference\n      recipient\n      status\n      promisedDeliveryAt\n      lastEventAt\n      deliveredAt\n      createdAt\n      origin {\n        ...DashboardPlace\n      }\n      destination {\n        ...DashboardPlace\n      }\n      currentLocation {\n        facilityCode\n        name\n        lat\n        lon\n      }\n      events {\n        id\n        status\n        carrierCode\n        description\n        occurredAt\n        location {\n          facilityCode\n          name\n          lat\n          lon\n        }\n      }\n      anomalies {\n        id\n        type\n        severity\n        confidence\n        summary\n        state\n        detectedAt\n      }\n      investigations {\n        id\n        kind\n        state\n        error\n        summary\n        createdAt\n        startedAt\n        completedAt\n        limitations\n        rootCause {\n          cause\n          confidence\n          explanation\n        }\n        recommendedActions {\n          type\n          priority\n          reason\n        }\n        routes {\n          rank\n          path\n          expectedHours\n          p50\n          onTimeProbability\n          reason\n        }\n        trace {\n          at\n          step\n          tool\n          summary\n        }\n      }\n      eta {\n        p50\n        p90\n        onTimeProbability\n        explanation\n        remainingPath\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n  }\n": typeof types.DashboardPackageDocument,
    "\n  subscription DashboardInvestigationProgress($packageId: ID!) {\n    investigationProgress(packageId: $packageId) {\n      seq\n      investigationId\n      state\n      step\n      at\n    }\n  }\n": typeof types.DashboardInvestigationProgressDocument,
    "\n    mutation DashboardInvestigatePackage($packageId: ID!) {\n      investigateAnomaly(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": typeof types.DashboardInvestigatePackageDocument,
    "\n    mutation DashboardInvestigateDelay($packageId: ID!) {\n      investigateDelay(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": typeof types.DashboardInvestigateDelayDocument,
    "\n    mutation DashboardOptimizeRoute($packageId: ID!) {\n      optimizeRoute(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": typeof types.DashboardOptimizeRouteDocument,
    "\n  mutation DashboardCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n      trackingNumber\n    }\n  }\n": typeof types.DashboardCreatePackageDocument,
    "\n  mutation DashboardUpdatePackage($id: ID!, $input: UpdatePackageInput!) {\n    updatePackage(id: $id, input: $input) {\n      ...DashboardEditablePackage\n    }\n  }\n": typeof types.DashboardUpdatePackageDocument,
    "\n  query DashboardEditablePackage($id: ID!) {\n    package(id: $id) {\n      ...DashboardEditablePackage\n    }\n  }\n": typeof types.DashboardEditablePackageDocument,
    "\n  query DashboardPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {\n    packages(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          lastEventAt\n          promisedDeliveryAt\n          createdAt\n          currentLocation {\n            facilityCode\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardPackagesDocument,
    "\n  query DashboardCarriers {\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n": typeof types.DashboardCarriersDocument,
    "\n  subscription DashboardPackageUpdates {\n    packageUpdated {\n      seq\n    }\n  }\n": typeof types.DashboardPackageUpdatesDocument,
    "\n  subscription DashboardAnomaliesFeed {\n    anomalyDetected {\n      seq\n    }\n  }\n": typeof types.DashboardAnomaliesFeedDocument,
    "\n  subscription DashboardMetricsFeed {\n    dashboardMetrics(intervalSeconds: 5) {\n      seq\n      at\n      activeTotal\n      openAnomalies\n      eventsPerMinute\n    }\n  }\n": typeof types.DashboardMetricsFeedDocument,
};
const documents: Documents = {
    "\n  fragment DashboardPlace on Place {\n    name\n    address\n    facilityCode\n    lat\n    lon\n  }\n": types.DashboardPlaceFragmentDoc,
    "\n  fragment DashboardFacility on Facility {\n    code\n    name\n    type\n    lat\n    lon\n  }\n": types.DashboardFacilityFragmentDoc,
    "\n  fragment DashboardEditablePackage on Package {\n    id\n    trackingNumber\n    carrier\n    serviceLevel\n    reference\n    recipient\n    promisedDeliveryAt\n    origin {\n      ...DashboardPlace\n    }\n    destination {\n      ...DashboardPlace\n    }\n  }\n": types.DashboardEditablePackageFragmentDoc,
    "\n  fragment DashboardAgentRun on Investigation {\n    id\n    kind\n    state\n    error\n    createdAt\n    startedAt\n    completedAt\n    rootCause {\n      cause\n      confidence\n    }\n    trace {\n      at\n      step\n      tool\n      summary\n    }\n    package {\n      id\n      trackingNumber\n    }\n  }\n": types.DashboardAgentRunFragmentDoc,
    "\n  query DashboardAgents {\n    active: recentInvestigations(filter: { state: [QUEUED, RUNNING] }, first: 50) {\n      ...DashboardAgentRun\n    }\n    history: recentInvestigations(first: 50) {\n      ...DashboardAgentRun\n    }\n    failures: recentInvestigations(filter: { state: [FAILED] }, first: 20) {\n      ...DashboardAgentRun\n    }\n  }\n": types.DashboardAgentsDocument,
    "\n  subscription DashboardAgentActivity {\n    investigationProgress {\n      key\n      investigationId\n      state\n      step\n      at\n      package {\n        id\n        trackingNumber\n      }\n    }\n  }\n": types.DashboardAgentActivityDocument,
    "\n  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {\n    anomalies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          severity\n          confidence\n          summary\n          state\n          detectedAt\n          facilityCode\n          package {\n            id\n            trackingNumber\n          }\n        }\n      }\n    }\n  }\n": types.DashboardAnomaliesDocument,
    "\n  mutation DashboardAcknowledgeAnomaly($id: ID!) {\n    acknowledgeAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n": types.DashboardAcknowledgeAnomalyDocument,
    "\n  mutation DashboardResolveAnomaly($id: ID!) {\n    resolveAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n": types.DashboardResolveAnomalyDocument,
    "\n  mutation DashboardInvestigateAnomaly($packageId: ID!) {\n    investigateAnomaly(packageId: $packageId) {\n      id\n      kind\n      state\n    }\n  }\n": types.DashboardInvestigateAnomalyDocument,
    "\n  mutation DashboardImportPackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n    }\n  }\n": types.DashboardImportPackageDocument,
    "\n  query DashboardMap($filter: PackageFilter, $first: Int) {\n    packages(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          currentLocation {\n            facilityCode\n            name\n            lat\n            lon\n          }\n        }\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n": types.DashboardMapDocument,
    "\n  query DashboardMapRisk {\n    anomalies(filter: { state: [OPEN, ACKNOWLEDGED] }, first: 200) {\n      edges {\n        node {\n          id\n          type\n          severity\n          package {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMapRiskDocument,
    "\n  subscription DashboardMapUpdates($bbox: BoundingBox!) {\n    mapUpdates(bbox: $bbox, throttleMs: 1000) {\n      seq\n      packageId\n      lat\n      lon\n      status\n      facilityCode\n    }\n  }\n": types.DashboardMapUpdatesDocument,
    "\n  query DashboardOverview {\n    packageStats {\n      total\n      byStatus {\n        status\n        count\n      }\n      onTimeRate\n      medianTransitHours\n      p90TransitHours\n      exceptions\n    }\n    eventHistogram(hours: 24, bucketMinutes: 5) {\n      start\n      count\n    }\n    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) {\n      totalCount\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query DashboardPackage($id: ID!) {\n    package(id: $id) {\n      id\n      trackingNumber\n      carrier\n      serviceLevel\n      reference\n      recipient\n      status\n      promisedDeliveryAt\n      lastEventAt\n      deliveredAt\n      createdAt\n      origin {\n        ...DashboardPlace\n      }\n      destination {\n        ...DashboardPlace\n      }\n      currentLocation {\n        facilityCode\n        name\n        lat\n        lon\n      }\n      events {\n        id\n        status\n        carrierCode\n        description\n        occurredAt\n        location {\n          facilityCode\n          name\n          lat\n          lon\n        }\n      }\n      anomalies {\n        id\n        type\n        severity\n        confidence\n        summary\n        state\n        detectedAt\n      }\n      investigations {\n        id\n        kind\n        state\n        error\n        summary\n        createdAt\n        startedAt\n        completedAt\n        limitations\n        rootCause {\n          cause\n          confidence\n          explanation\n        }\n        recommendedActions {\n          type\n          priority\n          reason\n        }\n        routes {\n          rank\n          path\n          expectedHours\n          p50\n          onTimeProbability\n          reason\n        }\n        trace {\n          at\n          step\n          tool\n          summary\n        }\n      }\n      eta {\n        p50\n        p90\n        onTimeProbability\n        explanation\n        remainingPath\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n  }\n": types.DashboardPackageDocument,
    "\n  subscription DashboardInvestigationProgress($packageId: ID!) {\n    investigationProgress(packageId: $packageId) {\n      seq\n      investigationId\n      state\n      step\n      at\n    }\n  }\n": types.DashboardInvestigationProgressDocument,
    "\n    mutation DashboardInvestigatePackage($packageId: ID!) {\n      investigateAnomaly(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": types.DashboardInvestigatePackageDocument,
    "\n    mutation DashboardInvestigateDelay($packageId: ID!) {\n      investigateDelay(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": types.DashboardInvestigateDelayDocument,
    "\n    mutation DashboardOptimizeRoute($packageId: ID!) {\n      optimizeRoute(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  ": types.DashboardOptimizeRouteDocument,
    "\n  mutation DashboardCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n      trackingNumber\n    }\n  }\n": types.DashboardCreatePackageDocument,
    "\n  mutation DashboardUpdatePackage($id: ID!, $input: UpdatePackageInput!) {\n    updatePackage(id: $id, input: $input) {\n      ...DashboardEditablePackage\n    }\n  }\n": types.DashboardUpdatePackageDocument,
    "\n  query DashboardEditablePackage($id: ID!) {\n    package(id: $id) {\n      ...DashboardEditablePackage\n    }\n  }\n": types.DashboardEditablePackageDocument,
    "\n  query DashboardPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {\n    packages(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          lastEventAt\n          promisedDeliveryAt\n          createdAt\n          currentLocation {\n            facilityCode\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardPackagesDocument,
    "\n  query DashboardCarriers {\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n": types.DashboardCarriersDocument,
    "\n  subscription DashboardPackageUpdates {\n    packageUpdated {\n      seq\n    }\n  }\n": types.DashboardPackageUpdatesDocument,
    "\n  subscription DashboardAnomaliesFeed {\n    anomalyDetected {\n      seq\n    }\n  }\n": types.DashboardAnomaliesFeedDocument,
    "\n  subscription DashboardMetricsFeed {\n    dashboardMetrics(intervalSeconds: 5) {\n      seq\n      at\n      activeTotal\n      openAnomalies\n      eventsPerMinute\n    }\n  }\n": types.DashboardMetricsFeedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardPlace on Place {\n    name\n    address\n    facilityCode\n    lat\n    lon\n  }\n"): (typeof documents)["\n  fragment DashboardPlace on Place {\n    name\n    address\n    facilityCode\n    lat\n    lon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFacility on Facility {\n    code\n    name\n    type\n    lat\n    lon\n  }\n"): (typeof documents)["\n  fragment DashboardFacility on Facility {\n    code\n    name\n    type\n    lat\n    lon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardEditablePackage on Package {\n    id\n    trackingNumber\n    carrier\n    serviceLevel\n    reference\n    recipient\n    promisedDeliveryAt\n    origin {\n      ...DashboardPlace\n    }\n    destination {\n      ...DashboardPlace\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardEditablePackage on Package {\n    id\n    trackingNumber\n    carrier\n    serviceLevel\n    reference\n    recipient\n    promisedDeliveryAt\n    origin {\n      ...DashboardPlace\n    }\n    destination {\n      ...DashboardPlace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardAgentRun on Investigation {\n    id\n    kind\n    state\n    error\n    createdAt\n    startedAt\n    completedAt\n    rootCause {\n      cause\n      confidence\n    }\n    trace {\n      at\n      step\n      tool\n      summary\n    }\n    package {\n      id\n      trackingNumber\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardAgentRun on Investigation {\n    id\n    kind\n    state\n    error\n    createdAt\n    startedAt\n    completedAt\n    rootCause {\n      cause\n      confidence\n    }\n    trace {\n      at\n      step\n      tool\n      summary\n    }\n    package {\n      id\n      trackingNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAgents {\n    active: recentInvestigations(filter: { state: [QUEUED, RUNNING] }, first: 50) {\n      ...DashboardAgentRun\n    }\n    history: recentInvestigations(first: 50) {\n      ...DashboardAgentRun\n    }\n    failures: recentInvestigations(filter: { state: [FAILED] }, first: 20) {\n      ...DashboardAgentRun\n    }\n  }\n"): (typeof documents)["\n  query DashboardAgents {\n    active: recentInvestigations(filter: { state: [QUEUED, RUNNING] }, first: 50) {\n      ...DashboardAgentRun\n    }\n    history: recentInvestigations(first: 50) {\n      ...DashboardAgentRun\n    }\n    failures: recentInvestigations(filter: { state: [FAILED] }, first: 20) {\n      ...DashboardAgentRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAgentActivity {\n    investigationProgress {\n      key\n      investigationId\n      state\n      step\n      at\n      package {\n        id\n        trackingNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardAgentActivity {\n    investigationProgress {\n      key\n      investigationId\n      state\n      step\n      at\n      package {\n        id\n        trackingNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {\n    anomalies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          severity\n          confidence\n          summary\n          state\n          detectedAt\n          facilityCode\n          package {\n            id\n            trackingNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {\n    anomalies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          severity\n          confidence\n          summary\n          state\n          detectedAt\n          facilityCode\n          package {\n            id\n            trackingNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardAcknowledgeAnomaly($id: ID!) {\n    acknowledgeAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardAcknowledgeAnomaly($id: ID!) {\n    acknowledgeAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardResolveAnomaly($id: ID!) {\n    resolveAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardResolveAnomaly($id: ID!) {\n    resolveAnomaly(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardInvestigateAnomaly($packageId: ID!) {\n    investigateAnomaly(packageId: $packageId) {\n      id\n      kind\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardInvestigateAnomaly($packageId: ID!) {\n    investigateAnomaly(packageId: $packageId) {\n      id\n      kind\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardImportPackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardImportPackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMap($filter: PackageFilter, $first: Int) {\n    packages(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          currentLocation {\n            facilityCode\n            name\n            lat\n            lon\n          }\n        }\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardMap($filter: PackageFilter, $first: Int) {\n    packages(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          currentLocation {\n            facilityCode\n            name\n            lat\n            lon\n          }\n        }\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMapRisk {\n    anomalies(filter: { state: [OPEN, ACKNOWLEDGED] }, first: 200) {\n      edges {\n        node {\n          id\n          type\n          severity\n          package {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardMapRisk {\n    anomalies(filter: { state: [OPEN, ACKNOWLEDGED] }, first: 200) {\n      edges {\n        node {\n          id\n          type\n          severity\n          package {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMapUpdates($bbox: BoundingBox!) {\n    mapUpdates(bbox: $bbox, throttleMs: 1000) {\n      seq\n      packageId\n      lat\n      lon\n      status\n      facilityCode\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardMapUpdates($bbox: BoundingBox!) {\n    mapUpdates(bbox: $bbox, throttleMs: 1000) {\n      seq\n      packageId\n      lat\n      lon\n      status\n      facilityCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview {\n    packageStats {\n      total\n      byStatus {\n        status\n        count\n      }\n      onTimeRate\n      medianTransitHours\n      p90TransitHours\n      exceptions\n    }\n    eventHistogram(hours: 24, bucketMinutes: 5) {\n      start\n      count\n    }\n    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverview {\n    packageStats {\n      total\n      byStatus {\n        status\n        count\n      }\n      onTimeRate\n      medianTransitHours\n      p90TransitHours\n      exceptions\n    }\n    eventHistogram(hours: 24, bucketMinutes: 5) {\n      start\n      count\n    }\n    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPackage($id: ID!) {\n    package(id: $id) {\n      id\n      trackingNumber\n      carrier\n      serviceLevel\n      reference\n      recipient\n      status\n      promisedDeliveryAt\n      lastEventAt\n      deliveredAt\n      createdAt\n      origin {\n        ...DashboardPlace\n      }\n      destination {\n        ...DashboardPlace\n      }\n      currentLocation {\n        facilityCode\n        name\n        lat\n        lon\n      }\n      events {\n        id\n        status\n        carrierCode\n        description\n        occurredAt\n        location {\n          facilityCode\n          name\n          lat\n          lon\n        }\n      }\n      anomalies {\n        id\n        type\n        severity\n        confidence\n        summary\n        state\n        detectedAt\n      }\n      investigations {\n        id\n        kind\n        state\n        error\n        summary\n        createdAt\n        startedAt\n        completedAt\n        limitations\n        rootCause {\n          cause\n          confidence\n          explanation\n        }\n        recommendedActions {\n          type\n          priority\n          reason\n        }\n        routes {\n          rank\n          path\n          expectedHours\n          p50\n          onTimeProbability\n          reason\n        }\n        trace {\n          at\n          step\n          tool\n          summary\n        }\n      }\n      eta {\n        p50\n        p90\n        onTimeProbability\n        explanation\n        remainingPath\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n  }\n"): (typeof documents)["\n  query DashboardPackage($id: ID!) {\n    package(id: $id) {\n      id\n      trackingNumber\n      carrier\n      serviceLevel\n      reference\n      recipient\n      status\n      promisedDeliveryAt\n      lastEventAt\n      deliveredAt\n      createdAt\n      origin {\n        ...DashboardPlace\n      }\n      destination {\n        ...DashboardPlace\n      }\n      currentLocation {\n        facilityCode\n        name\n        lat\n        lon\n      }\n      events {\n        id\n        status\n        carrierCode\n        description\n        occurredAt\n        location {\n          facilityCode\n          name\n          lat\n          lon\n        }\n      }\n      anomalies {\n        id\n        type\n        severity\n        confidence\n        summary\n        state\n        detectedAt\n      }\n      investigations {\n        id\n        kind\n        state\n        error\n        summary\n        createdAt\n        startedAt\n        completedAt\n        limitations\n        rootCause {\n          cause\n          confidence\n          explanation\n        }\n        recommendedActions {\n          type\n          priority\n          reason\n        }\n        routes {\n          rank\n          path\n          expectedHours\n          p50\n          onTimeProbability\n          reason\n        }\n        trace {\n          at\n          step\n          tool\n          summary\n        }\n      }\n      eta {\n        p50\n        p90\n        onTimeProbability\n        explanation\n        remainingPath\n      }\n    }\n    facilities {\n      ...DashboardFacility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardInvestigationProgress($packageId: ID!) {\n    investigationProgress(packageId: $packageId) {\n      seq\n      investigationId\n      state\n      step\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardInvestigationProgress($packageId: ID!) {\n    investigationProgress(packageId: $packageId) {\n      seq\n      investigationId\n      state\n      step\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardInvestigatePackage($packageId: ID!) {\n      investigateAnomaly(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardInvestigatePackage($packageId: ID!) {\n      investigateAnomaly(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardInvestigateDelay($packageId: ID!) {\n      investigateDelay(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardInvestigateDelay($packageId: ID!) {\n      investigateDelay(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardOptimizeRoute($packageId: ID!) {\n      optimizeRoute(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardOptimizeRoute($packageId: ID!) {\n      optimizeRoute(packageId: $packageId) {\n        id\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n      trackingNumber\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      id\n      trackingNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardUpdatePackage($id: ID!, $input: UpdatePackageInput!) {\n    updatePackage(id: $id, input: $input) {\n      ...DashboardEditablePackage\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardUpdatePackage($id: ID!, $input: UpdatePackageInput!) {\n    updatePackage(id: $id, input: $input) {\n      ...DashboardEditablePackage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardEditablePackage($id: ID!) {\n    package(id: $id) {\n      ...DashboardEditablePackage\n    }\n  }\n"): (typeof documents)["\n  query DashboardEditablePackage($id: ID!) {\n    package(id: $id) {\n      ...DashboardEditablePackage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {\n    packages(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          lastEventAt\n          promisedDeliveryAt\n          createdAt\n          currentLocation {\n            facilityCode\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {\n    packages(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          trackingNumber\n          carrier\n          status\n          lastEventAt\n          promisedDeliveryAt\n          createdAt\n          currentLocation {\n            facilityCode\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCarriers {\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCarriers {\n    packageStats {\n      byCarrier {\n        carrier\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardPackageUpdates {\n    packageUpdated {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardPackageUpdates {\n    packageUpdated {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAnomaliesFeed {\n    anomalyDetected {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardAnomaliesFeed {\n    anomalyDetected {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMetricsFeed {\n    dashboardMetrics(intervalSeconds: 5) {\n      seq\n      at\n      activeTotal\n      openAnomalies\n      eventsPerMinute\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardMetricsFeed {\n    dashboardMetrics(intervalSeconds: 5) {\n      seq\n      at\n      activeTotal\n      openAnomalies\n      eventsPerMinute\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;