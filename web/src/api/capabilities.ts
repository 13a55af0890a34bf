import { request } from './graphql-client';

/**
 * What the running supergraph offers beyond the core contract. Parts of the schema (ETA, agent mutations,
 * subscriptions) ship independently, so the dashboard asks once at start instead of breaking on a missing field.
 */
export interface Capabilities {
  packageEta: boolean;
  mutations: Set<string>;
  /** Names of the Subscription fields the supergraph has (empty: no live feed, poll instead). */
  subscriptions: Set<string>;
}

export const NO_CAPABILITIES: Capabilities = { packageEta: false, mutations: new Set(), subscriptions: new Set() };

interface CapabilitiesResult {
  package: { fields: { name: string }[] | null } | null;
  mutation: { fields: { name: string }[] | null } | null;
  subscription: { fields: { name: string }[] | null } | null;
}

const CAPABILITIES_QUERY = /* GraphQL */ `
  query DashboardCapabilities {
    package: __type(name: "Package") { fields { name } }
    mutation: __type(name: "Mutation") { fields { name } }
    subscription: __type(name: "Subscription") { fields { name } }
  }
`;

const names = (type: { fields: { name: string }[] | null } | null) => new Set((type?.fields ?? []).map((field) => field.name));

export async function loadCapabilities(): Promise<Capabilities> {
  let result: CapabilitiesResult;
  try {
    result = await request<CapabilitiesResult>(CAPABILITIES_QUERY);
  } catch (error) {
    // Introspection can be turned off (CLEARPATH_INTROSPECTION=false): fall back to the core contract.
    if (error instanceof Error && error.name === 'UnauthorizedError') throw error;
    return NO_CAPABILITIES;
  }
  return {
    packageEta: names(result.package).has('eta'),
    mutations: names(result.mutation),
    subscriptions: names(result.subscription),
  };
}
