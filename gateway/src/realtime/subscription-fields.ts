import type { BusChannel, BusChannels } from '@clearpath/core';

/** A message from the bus, tagged with its channel. */
export type BusMessage = { [C in BusChannel]: { channel: C; payload: BusChannels[C] } }[BusChannel];

/** Feed arguments the engine binds (as $cp_<name> variables) for one resolution. */
export type EngineArgs = Record<string, unknown>;

type Args = Record<string, unknown>;

/**
 * How one Subscription field is served: which bus channels can concern it, and which arguments of its
 * feed (the Query field of the realtime subgraph that materializes its payloads) resolve a message or a
 * replay. Payloads are always resolved through the supergraph, so subscribers may select any field.
 */
export interface SubscriptionFieldSpec {
  field: string;
  feed: string;
  /** Arguments of the subscription that the feed does not take (they steer the engine). */
  subscriptionOnly: readonly string[];
  /** Feed arguments set by the engine, never by the subscriber. */
  engineArgs: readonly string[];
  channels: readonly BusChannel[];
  /**
   * Log feeds (events and package edits): each message only says up to which log position there is news,
   * and the engine reads its group's range (last position read, that position]. Positions are commit-ordered,
   * so the range is complete when read, whatever order messages arrive in.
   */
  positional?: true;
  /** Feed arguments for a bus message (for log feeds: `until`), or null when it cannot concern this subscription. */
  live(message: BusMessage, args: Args): EngineArgs | null;
  /** Feed arguments replaying everything after a log position. */
  replay?(after: string): EngineArgs;
  /** Periodic snapshots (no bus channel): the period. */
  intervalMs?(args: Args): number;
  /** Coalesce per package: at most one payload per package per this many ms (the newest wins). */
  throttleMs?(args: Args): number;
}

const upTo = (seq: number) => ({ until: String(seq) });
const mentions = (packageIds: readonly string[], wanted: unknown) => typeof wanted !== 'string' || packageIds.includes(wanted);
const filterIds = (args: Args): string[] | undefined => (args.filter as { packageIds?: string[] | null } | null | undefined)?.packageIds ?? undefined;
const anyOf = (packageIds: readonly string[], wanted: string[] | undefined) => !wanted || wanted.some((id) => packageIds.includes(id));
const clamp = (value: unknown, min: number, max: number, fallback: number) => Math.min(max, Math.max(min, typeof value === 'number' ? value : fallback));

export const SUBSCRIPTION_FIELDS: Record<string, SubscriptionFieldSpec> = {
  packageUpdated: {
    field: 'packageUpdated',
    feed: 'packageUpdatedFeed',
    subscriptionOnly: ['after'],
    engineArgs: ['after', 'until'],
    channels: ['events.recorded', 'package.changed'],
    positional: true,
    live(message, args) {
      if (message.channel === 'events.recorded') {
        const p = message.payload;
        return mentions(p.packageIds, args.id) && anyOf(p.packageIds, filterIds(args)) ? upTo(p.toSeq) : null;
      }
      if (message.channel === 'package.changed') {
        const p = message.payload;
        return mentions([p.packageId], args.id) && anyOf([p.packageId], filterIds(args)) ? upTo(p.seq) : null;
      }
      return null;
    },
    replay: (after) => ({ after, until: null }),
  },
  trackingEventRecorded: {
    field: 'trackingEventRecorded',
    feed: 'trackingEventRecordedFeed',
    subscriptionOnly: ['after'],
    engineArgs: ['after', 'until'],
    channels: ['events.recorded'],
    positional: true,
    live(message, args) {
      if (message.channel !== 'events.recorded') return null;
      const p = message.payload;
      return mentions(p.packageIds, args.packageId) && anyOf(p.packageIds, filterIds(args)) ? upTo(p.toSeq) : null;
    },
    replay: (after) => ({ after, until: null }),
  },
  anomalyDetected: {
    field: 'anomalyDetected',
    feed: 'anomalyDetectedFeed',
    subscriptionOnly: ['after'],
    engineArgs: ['after', 'anomalyIds'],
    channels: ['anomaly.detected'],
    live(message) {
      return message.channel === 'anomaly.detected' ? { after: null, anomalyIds: [message.payload.anomalyId] } : null;
    },
    replay: (after) => ({ after, anomalyIds: null }),
  },
  investigationProgress: {
    field: 'investigationProgress',
    feed: 'investigationProgressFeed',
    subscriptionOnly: ['after'],
    engineArgs: ['after', 'progress'],
    channels: ['investigation.progress'],
    live(message, args) {
      if (message.channel !== 'investigation.progress') return null;
      const p = message.payload;
      if (!mentions([p.packageId], args.packageId) || !mentions([p.investigationId], args.investigationId)) return null;
      return { after: null, progress: [{ investigationId: p.investigationId, packageId: p.packageId, state: p.state, step: p.step, at: p.ts }] };
    },
    replay: (after) => ({ after, progress: null }),
  },
  dashboardMetrics: {
    field: 'dashboardMetrics',
    feed: 'dashboardMetricsFeed',
    subscriptionOnly: ['intervalSeconds'],
    engineArgs: [],
    channels: [],
    live: () => null,
    intervalMs: (args) => clamp(args.intervalSeconds, 1, 300, 5) * 1000,
  },
  mapUpdates: {
    field: 'mapUpdates',
    feed: 'mapUpdatesFeed',
    subscriptionOnly: ['after', 'throttleMs'],
    engineArgs: ['after', 'until'],
    channels: ['events.recorded'],
    positional: true,
    live: (message) => (message.channel === 'events.recorded' ? upTo(message.payload.toSeq) : null),
    replay: (after) => ({ after, until: null }),
    throttleMs: (args) => clamp(args.throttleMs, 100, 60_000, 1000),
  },
};
