import type { Bus, InvestigationRow } from '@clearpath/core';

/** Announces an investigation's state on the agent channel (the realtime subgraph streams it). */
export async function publishState(bus: Bus, row: InvestigationRow, step: string): Promise<void> {
  await bus.publish('investigation.progress', {
    organizationId: row.organization_id,
    investigationId: row.id,
    packageId: row.package_id,
    state: row.state,
    step,
    ts: new Date().toISOString(),
  });
}
