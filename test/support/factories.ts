import type { TestApp } from './test-gateway.js';

let counter = 0;
export const uniqueTracking = (prefix = 'TN') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePackageInput!) {
    createPackage(input: $input) { id trackingNumber status carrier createdAt }
  }
`;

export const RECORD = /* GraphQL */ `
  mutation Record($events: [TrackingEventInput!]!) {
    recordTrackingEvents(events: $events) {
      accepted
      duplicates { index eventId }
      rejected { index eventId code message }
    }
  }
`;

/** Creates a package through GraphQL and returns its id. */
export async function createPackage(app: TestApp, token: string | undefined, input: Record<string, unknown> = {}): Promise<{ id: string; trackingNumber: string }> {
  const result = await app.gql<{ createPackage: { id: string; trackingNumber: string } }>(
    CREATE,
    { input: { trackingNumber: uniqueTracking(), carrier: 'DHL', ...input } },
    token,
  );
  if (!result.data) throw new Error(`createPackage failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPackage;
}

export function event(packageId: string, eventId: string, occurredAt: string, status: string, extra: Record<string, unknown> = {}) {
  return { eventId, packageId, occurredAt, status, ...extra };
}
