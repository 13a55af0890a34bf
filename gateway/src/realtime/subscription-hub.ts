import type { Bus, BusChannel, Logger, Session, Unsubscribe } from '@clearpath/core';
import type { GraphQLFormattedError } from 'graphql';
import { PackageThrottle } from './package-throttle.js';
import { RecentKeys } from './recent-keys.js';
import type { BusMessage, EngineArgs } from './subscription-fields.js';
import { KEY_ALIAS, PACKAGE_ALIAS, resolutionVariables, type SubscriptionPlan } from './subscription-plan.js';

/** Runs a query through the supergraph as a session (Apollo's executeOperation). */
export type Execute = (
  session: Session,
  token: string,
  query: string,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** One resolved payload: its notification key and the subscriber-visible JSON of the feed item. */
export interface Delivery {
  key: string;
  /** The feed item as JSON, hidden engine fields removed: serialized once, sent to every subscriber. */
  json: string;
}

/** Where a subscription's payloads go (a graphql-ws operation or a legacy channel). */
export interface SubscriptionSink {
  next(delivery: Delivery): void;
  /** Errors of one resolution; the subscription goes on. */
  errors(errors: readonly GraphQLFormattedError[]): void;
  /** The subscription cannot go on (a replay too far behind, say). */
  fail(errors: readonly GraphQLFormattedError[]): void;
}

interface Attached {
  sink: SubscriptionSink;
  /** Live payloads held back while the replay runs. */
  buffer?: Delivery[];
  /** Keys the replay sent: live duplicates at the seam are dropped. */
  replayed?: Set<string>;
}

/** Subscribers sharing an operation, its variables and the caller's organization and role. */
interface Group {
  key: string;
  organizationId: string;
  plan: SubscriptionPlan;
  session: Session;
  token: string;
  subscribers: Set<Attached>;
  queue: Promise<void>;
  seen: RecentKeys;
  timer?: NodeJS.Timeout;
  last?: Delivery;
  throttle?: PackageThrottle<Delivery & { packageId: string }>;
  /** A log range waiting in the queue; later ranges widen it instead of queueing more resolutions. */
  pendingRange?: { after: number; until: number };
}

const SEAM_MEMORY_MS = 60_000;

/**
 * The one pipeline behind GraphQL subscriptions and the legacy channels: bus messages in, one supergraph
 * resolution per message and subscriber group, the same serialized payload out to every member.
 */
export class SubscriptionHub {
  private readonly groups = new Map<string, Group>();
  private readonly byOrganization = new Map<string, Set<Group>>();
  private readonly unsubscribes: Unsubscribe[] = [];
  readonly counters = { resolutions: 0, deliveries: 0, resolutionErrors: 0 };

  constructor(
    private readonly deps: { bus: Bus; execute: Execute; logger: Logger },
  ) {}

  async start(): Promise<void> {
    const channels: BusChannel[] = ['events.recorded', 'package.changed', 'anomaly.detected', 'investigation.progress'];
    for (const channel of channels) {
      this.unsubscribes.push(await this.deps.bus.subscribe(channel, (payload) => this.dispatch({ channel, payload } as BusMessage)));
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.unsubscribes.splice(0).map((u) => u()));
    for (const group of this.groups.values()) this.dispose(group);
    this.groups.clear();
    this.byOrganization.clear();
  }

  get stats() {
    let subscribers = 0;
    for (const g of this.groups.values()) subscribers += g.subscribers.size;
    return { groups: this.groups.size, subscribers, ...this.counters };
  }

  /**
   * Attaches a subscriber; with `after`, replays what it missed first. Live payloads that arrive during
   * the replay are held and sent after it, minus those the replay already sent (no gap, no duplicate).
   */
  async subscribe(plan: SubscriptionPlan, session: Session, token: string, sink: SubscriptionSink, after?: string): Promise<() => void> {
    const attached: Attached = { sink };
    const replaying = after !== undefined && plan.spec.replay !== undefined;
    if (replaying) attached.buffer = [];
    const group = this.join(plan, session, token, attached);
    const leave = () => this.leave(group, attached);
    if (!replaying || !plan.spec.replay) return leave;

    const result = await this.deps.execute(session, token, plan.query, plan.operationName, resolutionVariables(plan, plan.spec.replay(after)));
    const items = result.data?.[plan.responseKey];
    if (!Array.isArray(items)) {
      leave();
      sink.fail(result.errors ?? [{ message: 'Replay failed' }]);
      return () => {};
    }
    if (result.errors?.length) sink.errors(result.errors);
    const replayed = new Set<string>();
    for (const item of items as Record<string, unknown>[]) {
      const delivery = toDelivery(item);
      replayed.add(delivery.key);
      sink.next(delivery);
    }
    for (const delivery of attached.buffer ?? []) if (!replayed.has(delivery.key)) sink.next(delivery);
    delete attached.buffer;
    // A batch committed before the replay read it may still be announced afterwards: remember for a while.
    attached.replayed = replayed;
    setTimeout(() => delete attached.replayed, SEAM_MEMORY_MS).unref();
    return leave;
  }

  private join(plan: SubscriptionPlan, session: Session, token: string, attached: Attached): Group {
    const key = `${session.organizationId}\n${session.role}\n${plan.shareKey}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, organizationId: session.organizationId, plan, session, token, subscribers: new Set(), queue: Promise.resolve(), seen: new RecentKeys(20_000) };
      this.groups.set(key, group);
      let orgGroups = this.byOrganization.get(session.organizationId);
      if (!orgGroups) this.byOrganization.set(session.organizationId, (orgGroups = new Set()));
      orgGroups.add(group);
      this.startGroup(group);
    } else if (group.last) {
      attached.sink.next(group.last);
    }
    group.subscribers.add(attached);
    return group;
  }

  private startGroup(group: Group): void {
    const { spec, args } = group.plan;
    const throttleMs = spec.throttleMs?.(args);
    if (throttleMs) group.throttle = new PackageThrottle(throttleMs, (d) => this.fanOut(group, d));
    const intervalMs = spec.intervalMs?.(args);
    if (intervalMs) {
      // Snapshots only while someone listens: the timer lives and dies with the group.
      this.enqueue(group, {});
      group.timer = setInterval(() => this.enqueue(group, {}), intervalMs);
      group.timer.unref();
    }
  }

  private leave(group: Group, attached: Attached): void {
    group.subscribers.delete(attached);
    if (group.subscribers.size > 0 || this.groups.get(group.key) !== group) return;
    this.dispose(group);
    this.groups.delete(group.key);
    const orgGroups = this.byOrganization.get(group.organizationId);
    orgGroups?.delete(group);
    if (orgGroups?.size === 0) this.byOrganization.delete(group.organizationId);
  }

  private dispose(group: Group): void {
    if (group.timer) clearInterval(group.timer);
    group.throttle?.stop();
  }

  private dispatch(message: BusMessage): void {
    const groups = this.byOrganization.get(message.payload.organizationId);
    if (!groups) return;
    for (const group of groups) {
      if (!group.plan.spec.channels.includes(message.channel)) continue;
      const engine = group.plan.spec.live(message, group.plan.args);
      if (engine) this.enqueue(group, engine);
    }
  }

  /**
   * Resolutions of one group run in message order, so subscribers see events in log order. While one
   * runs, further log ranges merge into the next: under load a resolution covers many batches (events of
   * other batches a wide range picks up are sent once, thanks to the group's key memory).
   */
  private enqueue(group: Group, engine: EngineArgs): void {
    const range = logRange(engine);
    if (range && group.pendingRange) {
      group.pendingRange.after = Math.min(group.pendingRange.after, range.after);
      group.pendingRange.until = Math.max(group.pendingRange.until, range.until);
      return;
    }
    if (range) group.pendingRange = range;
    group.queue = group.queue
      .then(() => {
        const merged = range ? group.pendingRange : undefined;
        if (range) delete group.pendingRange;
        return this.resolve(group, merged ? { ...engine, after: String(merged.after), until: String(merged.until) } : engine);
      })
      .catch((error: unknown) => {
        this.counters.resolutionErrors += 1;
        this.deps.logger.error({ err: error, field: group.plan.spec.field }, 'subscription resolution failed');
      });
  }

  private async resolve(group: Group, engine: EngineArgs): Promise<void> {
    if (group.subscribers.size === 0) return;
    const { plan } = group;
    this.counters.resolutions += 1;
    const result = await this.deps.execute(group.session, group.token, plan.query, plan.operationName, resolutionVariables(plan, engine));
    const items = result.data?.[plan.responseKey];
    if (result.errors?.length) {
      this.counters.resolutionErrors += 1;
      for (const a of group.subscribers) a.sink.errors(result.errors);
    }
    if (!Array.isArray(items)) return;
    for (const item of items as Record<string, unknown>[]) {
      const packageId = item[PACKAGE_ALIAS];
      const delivery = toDelivery(item);
      // Concurrent batches can interleave seqs, so one range may hold another batch's events: send each once.
      if (!group.seen.add(delivery.key)) continue;
      if (group.throttle && typeof packageId === 'string') group.throttle.offer(packageId, { ...delivery, packageId });
      else this.fanOut(group, delivery);
    }
  }

  private fanOut(group: Group, delivery: Delivery): void {
    if (group.plan.spec.intervalMs) group.last = delivery;
    for (const a of group.subscribers) {
      if (a.buffer) a.buffer.push(delivery);
      else if (!a.replayed?.has(delivery.key)) {
        this.counters.deliveries += 1;
        a.sink.next(delivery);
      }
    }
  }
}

/** The (after, until] log range of a live resolution, when it is one (not a change list or a replay). */
function logRange(engine: EngineArgs): { after: number; until: number } | undefined {
  const { after, until, changes } = engine;
  if (typeof after !== 'string' || typeof until !== 'string' || changes != null) return undefined;
  return { after: Number(after), until: Number(until) };
}

function toDelivery(item: Record<string, unknown>): Delivery {
  const { [KEY_ALIAS]: key, [PACKAGE_ALIAS]: _packageId, ...visible } = item;
  return { key: String(key), json: JSON.stringify(visible) };
}
