/** The GraphQL operations behind the REST shim: REST can never disagree with the supergraph. */
const PACKAGE_FIELDS = /* GraphQL */ `
  fragment RestPackage on Package {
    id trackingNumber carrier serviceLevel reference recipient status
    origin { name address lat lon facilityCode }
    destination { name address lat lon facilityCode }
    promisedDeliveryAt
    currentLocation { facilityCode name lat lon }
    lastEventAt deliveredAt metadata createdAt updatedAt
  }
`;

const EVENT_FIELDS = /* GraphQL */ `
  fragment RestEvent on TrackingEvent {
    id eventId packageId status carrierCode description reason reasonSource occurredAt receivedAt
    location { facilityCode name lat lon }
    attributes seq
  }
`;

export const LIST_PACKAGES = /* GraphQL */ `
  query RestListPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String, $withCount: Boolean!, $exactCount: Boolean!) {
    packages(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges { node { ...RestPackage } }
      pageInfo { hasNextPage endCursor }
      totalCount(exact: $exactCount) @include(if: $withCount)
      totalCountEstimated @include(if: $withCount)
    }
  }
  ${PACKAGE_FIELDS}
`;

export const GET_PACKAGE = /* GraphQL */ `
  query RestGetPackage($id: ID!) { package(id: $id) { ...RestPackage } }
  ${PACKAGE_FIELDS}
`;

export const CREATE_PACKAGE = /* GraphQL */ `
  mutation RestCreatePackage($input: CreatePackageInput!) { createPackage(input: $input) { ...RestPackage } }
  ${PACKAGE_FIELDS}
`;

export const UPDATE_PACKAGE = /* GraphQL */ `
  mutation RestUpdatePackage($id: ID!, $input: UpdatePackageInput!) { updatePackage(id: $id, input: $input) { ...RestPackage } }
  ${PACKAGE_FIELDS}
`;

export const DELETE_PACKAGE = /* GraphQL */ `
  mutation RestDeletePackage($id: ID!) { deletePackage(id: $id) { id deleted } }
`;

export const PACKAGE_STATS = /* GraphQL */ `
  query RestPackageStats($filter: PackageFilter) {
    packageStats(filter: $filter) {
      total byStatus { status count } byCarrier { carrier count }
      onTimeRate medianTransitHours p90TransitHours exceptions eventsPerHour { hour count }
      byReason { reason packages events }
    }
  }
`;

export const PACKAGE_EVENTS = /* GraphQL */ `
  query RestPackageEvents($id: ID!) { package(id: $id) { id events { ...RestEvent } } }
  ${EVENT_FIELDS}
`;

export const RECORD_EVENTS = /* GraphQL */ `
  mutation RestRecordEvents($events: [TrackingEventInput!]!) {
    recordTrackingEvents(events: $events) {
      accepted
      duplicates { index eventId }
      rejected { index eventId code message }
      warnings { index eventId code message }
    }
  }
`;

const INVESTIGATION_FIELDS = /* GraphQL */ `
  fragment RestInvestigation on Investigation {
    id kind state error summary limitations createdAt startedAt completedAt
    package { id }
    rootCause { cause confidence rule explanation }
    recommendedActions { type priority reason details }
    eta { p50 p90 onTimeProbability basis remainingPath }
    routes { rank path expectedHours p50 p90 onTimeProbability avoids reason }
  }
`;

/** One mutation per agent route; the field names are the contract's. */
export const START_INVESTIGATION = {
  anomaly: `mutation RestInvestigateAnomaly($id: ID!) { started: investigateAnomaly(packageId: $id) { ...RestInvestigation } } ${INVESTIGATION_FIELDS}`,
  delay: `mutation RestInvestigateDelay($id: ID!) { started: investigateDelay(packageId: $id) { ...RestInvestigation } } ${INVESTIGATION_FIELDS}`,
  route: `mutation RestOptimizeRoute($id: ID!) { started: optimizeRoute(packageId: $id) { ...RestInvestigation } } ${INVESTIGATION_FIELDS}`,
  prediction: `mutation RestInvestigatePrediction($id: ID!) { started: investigatePrediction(packageId: $id) { ...RestInvestigation } } ${INVESTIGATION_FIELDS}`,
} as const;

/** GET /packages/at-risk: the ranking with enough of each package to act on without another call. */
export const AT_RISK_PACKAGES = /* GraphQL */ `
  query RestAtRiskPackages($filter: AtRiskFilter, $horizonHours: Float, $first: Int, $after: String) {
    atRiskPackages(filter: $filter, horizonHours: $horizonHours, first: $first, after: $after) {
      edges {
        node {
          package { id trackingNumber carrier serviceLevel status currentLocation { facilityCode name } }
          risk promisedDeliveryAt reason
          eta { p50 p90 onTimeProbability basis basisReason remainingPath }
          slowStage { label elapsedHours remainingHours typicalHours excessHours slowdown slow learned }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount partial
    }
  }
`;

/** POST /agents/predict: a PREDICTION for each of the top packages of an at-risk cohort. */
export const START_COHORT_PREDICTIONS = /* GraphQL */ `
  mutation RestInvestigateAtRisk($filter: AtRiskFilter, $horizonHours: Float, $first: Int) {
    started: investigateAtRisk(filter: $filter, horizonHours: $horizonHours, first: $first) { ...RestInvestigation }
  }
  ${INVESTIGATION_FIELDS}
`;

export const PACKAGE_INVESTIGATIONS = /* GraphQL */ `
  query RestPackageInvestigations($id: ID!) { package(id: $id) { id investigations { ...RestInvestigation } } }
  ${INVESTIGATION_FIELDS}
`;

/** Every operation above: the gateway plans them at start (supergraph/plan-warmup.ts). */
export const REST_OPERATIONS: readonly string[] = [
  LIST_PACKAGES,
  GET_PACKAGE,
  CREATE_PACKAGE,
  UPDATE_PACKAGE,
  DELETE_PACKAGE,
  PACKAGE_STATS,
  PACKAGE_EVENTS,
  RECORD_EVENTS,
  ...Object.values(START_INVESTIGATION),
  AT_RISK_PACKAGES,
  START_COHORT_PREDICTIONS,
  PACKAGE_INVESTIGATIONS,
];
