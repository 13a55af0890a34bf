import { HOUR_MS } from '../common/time.js';
import { quantile, sampleRemaining, type QuantileDistribution } from './quantile-distribution.js';
import type { TimeComponent } from './remaining-time.js';
import { weekBlock } from './week-blocks.js';

/**
 * One stage of the remaining journey as the ETA saw it: how long it usually takes and how long it is now
 * expected to take, so an operator can tell which stage makes a package late. Computed from the same
 * components the Monte Carlo draws from, so the stage named is the one the ETA actually charged.
 */
export interface EtaStage {
  label: string;
  /** Hours already spent in the stage (only the stage under way has any). */
  elapsedHours: number;
  /** Median hours the stage still needs, given the time already spent and when it starts. */
  remainingHours: number;
  /** Median hours the stage takes normally (its learned or prior distribution, before today's slowdowns). */
  typicalHours: number;
  /** elapsed + remaining − typical: how much longer than usual the stage is expected to take. */
  excessHours: number;
  /** Network conditions now make this stage slower by this factor (e.g. a congested hub); 1 when normal. */
  slowdown: number;
  /** Running meaningfully past its usual time (see isSlowStage): the reason a package is late, not noise. */
  slow: boolean;
  learned: boolean;
}

/** Excess below half an hour, or a fifth of the stage's usual time, is noise of the quantile grid and the clock. */
const MEANINGFUL_EXCESS_HOURS = 0.5;
const MEANINGFUL_EXCESS_SHARE = 0.2;

/** Slower than usual by enough to name it: an hour more on an 18-hour last mile is not a reason. */
export function isSlowStage(stage: Pick<EtaStage, 'excessHours' | 'typicalHours'>): boolean {
  return stage.excessHours >= Math.max(MEANINGFUL_EXCESS_HOURS, MEANINGFUL_EXCESS_SHARE * stage.typicalHours);
}

const round = (x: number): number => Math.round(x * 100) / 100;

function startDistribution(component: TimeComponent, startMs: number): QuantileDistribution {
  return component.byWeekBlock?.[weekBlock(startMs, component.offsetHours)] ?? component.dist;
}

/** The stages ahead in order, each started when the previous one's median ends. */
export function stageBreakdown(components: readonly TimeComponent[], nowMs: number): EtaStage[] {
  let aheadHours = 0;
  return components.map((component) => {
    const factor = component.factor ?? 1;
    const slowdown = component.slowdown ?? 1;
    const startMs = nowMs + (aheadHours - component.elapsedHours) * HOUR_MS;
    const remaining = factor * sampleRemaining(startDistribution(component, startMs), component.elapsedHours / factor, 0.5);
    const typical = (factor * quantile(component.dist, 0.5)) / slowdown;
    aheadHours += remaining;
    const excessHours = round(component.elapsedHours + remaining - typical);
    const typicalHours = round(typical);
    return {
      label: component.label,
      elapsedHours: round(component.elapsedHours),
      remainingHours: round(remaining),
      typicalHours,
      excessHours,
      slowdown: round(slowdown),
      slow: isSlowStage({ excessHours, typicalHours }),
      learned: component.learned,
    };
  });
}

/**
 * The stage that makes the package late: the one running longest past its usual time; when none does,
 * the longest stage still ahead (the promise is then simply tighter than the normal journey).
 */
export function slowestStage(stages: readonly EtaStage[]): EtaStage | null {
  let slowest: EtaStage | null = null;
  for (const stage of stages) if (stage.slow && (!slowest || stage.excessHours > slowest.excessHours)) slowest = stage;
  if (slowest) return slowest;
  for (const stage of stages) if (!slowest || stage.remainingHours > slowest.remainingHours) slowest = stage;
  return slowest;
}

/** One sentence naming the slow stage and why, for lists and investigation findings. */
export function describeSlowStage(stage: EtaStage | null): string {
  if (!stage) return 'No stage ahead: nothing in the journey explains the risk.';
  const h = (x: number) => `${x.toFixed(1)} h`;
  if (!stage.slow) {
    return `No stage is slower than usual; the longest ahead is ${stage.label} (${h(stage.remainingHours)}), so the promise is tighter than the normal journey.`;
  }
  const parts = [`${stage.label} is expected to take ${h(stage.elapsedHours + stage.remainingHours)} against ${h(stage.typicalHours)} usually`];
  if (stage.elapsedHours > 0) parts.push(`${h(stage.elapsedHours)} spent so far`);
  if (stage.slowdown > 1) parts.push(`the facility is running ${stage.slowdown.toFixed(1)}× slower than normal now`);
  return `${parts.join('; ')}.`;
}
