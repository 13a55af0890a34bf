import type { PackagePosition } from './package-position.js';
import type { RemainingPlan } from './remaining-plan.js';

const h = (hours: number): string => `${hours.toFixed(1)} h`;

function positionText(position: PackagePosition, elapsedHours: number): string {
  switch (position.kind) {
    case 'awaiting-pickup':
      return `Awaiting pickup for ${h(elapsedHours)}`;
    case 'at-facility':
      return `At ${position.facilityCode} for ${h(elapsedHours)}`;
    case 'in-transit':
      return `In transit from ${position.fromFacilityCode} for ${h(elapsedHours)}`;
    case 'out-for-delivery':
      return `Out for delivery for ${h(elapsedHours)}`;
    case 'failed-attempt':
      return `Awaiting redelivery for ${h(elapsedHours)} after a failed attempt`;
    case 'delivered':
      return 'Delivered';
    case 'terminal':
      return `Closed as ${position.status}`;
  }
}

export function explainPrediction(input: {
  position: PackagePosition;
  elapsedHours: number;
  plan: RemainingPlan;
  p50Hours: number;
  p90Hours: number;
  onTimeProbability: number | null;
}): string {
  const { plan } = input;
  const parts = [positionText(input.position, input.elapsedHours) + '.'];
  if (plan.fallbackReason) parts.push(`No path could be planned (${plan.fallbackReason}); using the created-to-delivered distribution.`);
  else if (plan.remainingPath.length > 0) {
    const learned = plan.components.filter((c) => c.learned).length;
    const source = plan.learnedPath ? 'learned lane graph' : 'geographic guess (no learned lanes connect it)';
    parts.push(`Remaining path ${plan.remainingPath.join(' → ')} (${source}); ${learned} of ${plan.components.length} stages learned, others from distance and service-level priors.`);
  }
  const overdue = plan.components.find((c) => c.elapsedHours > 0);
  if (overdue) parts.push(`Current stage "${overdue.label}" conditioned on ${h(overdue.elapsedHours)} already spent.`);
  parts.push(`Median ${h(input.p50Hours)} to delivery, 90% within ${h(input.p90Hours)}.`);
  if (input.onTimeProbability !== null) parts.push(`${Math.round(input.onTimeProbability * 100)}% chance to meet the promised date.`);
  return parts.join(' ');
}
