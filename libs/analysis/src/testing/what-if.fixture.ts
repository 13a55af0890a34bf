import { learnEtaModel, predictEta } from '../eta/index.js';
import { historyAsOf } from '../simulation/index.js';
import type { WhatIfPackage } from '../whatif/what-if.js';
import { generateShape } from './network-shapes.js';

/**
 * A hubs-only network mid-life for what-if runs (its test and benchmark): the model learned from what was
 * delivered by `now`, and each package still moving with its ETA, as the service reads them from the memo.
 */
export function whatIfScenario(options: { packageCount: number; samples: number }) {
  const shape = generateShape('hubs-only', { seed: 5, packageCount: options.packageCount, spanDays: 30 });
  const now = new Date('2025-03-27T10:00:00Z');
  const snapshot = shape.packages.flatMap((p) => historyAsOf(p, now) ?? []);
  const model = learnEtaModel(snapshot.filter((p) => p.status === 'DELIVERED'), shape.facilities, { trainedAt: now });
  const active: WhatIfPackage[] = snapshot
    .filter((p) => p.status !== 'DELIVERED')
    .map((p) => ({
      id: p.id,
      trackingNumber: p.trackingNumber,
      serviceLevel: p.serviceLevel,
      promisedDeliveryAt: p.promisedDeliveryAt,
      currentFacility: p.events.at(-1)?.facilityCode ?? null,
      destination: p.destination,
      eta: predictEta(model, p, now, shape.facilities, undefined, { samples: options.samples }),
    }));
  return { shape, now, model, active };
}
