import { subscriptionDeliveries, subscriptionResolutions, type Bus, type BusChannel, type Logger, type Session, type Unsubscribe } from '@clearpath/core';
import type { GraphQLFormattedError } from 'graphql';
import { PackageThrottle } from './package-throttle.js';
import { RecentKeys } from './recent-keys.js';
import type { BusMessage, EngineArgs } from './subscription-fields.js';
import { KEY_ALIAS, PACKAGE_ALIAS, SEQ_ALIAS, resolutionVariables, type SubscriptionPlan } from './subscription-plan.js';

/** Runs a query through the engine supergraph as a session (Apollo's executeOperation). */
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
  /** Log position of the item (log feeds only). */
  seq?: number;
  /** The feed item as JSON, hidden engine fields removed: serialized once, sent to every subscriber. */
  json: string;
  /** `json` as UTF-8, encoded on the first send and shared by the rest (see deliveryBytes). */
  utf8?: Buffer;
}

/** The delivery's JSON as UTF-8: encoded once per delivery, not once per subscriber. */
export const deliveryBytes = (delivery: Delivery): Buffer => (delivery.utf8 ??= Buffer.from(delivery.json));

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
  /** Log feeds: the replay sent everything up to this position; a resolution still running may repeat some. */
  through?: number;
  /** Non-log feeds: keys the replay sent, so a late announcement of the same change is not sent twice. */
  replayed?: Set<string>;
}

/** Whether a live payload is new to this subscriber (not already sent by its replay). */
const unseen = (a: Attached, d: Delivery): boolean =>
  d.seq !== undefined && a.through !== undefined ? d.seq > a.through : !a.replayed?.has(d.key);

/** Subscribers sharing an operation, its variables and the caller's organization and role. */
interface Group {
  key: string;
  organizationId: string;
  plan: SubscriptionPlan;
  session: Session;
  token: string;
  subscribers: Set<Attached>;
  /** Resolutions run one after another, in order; for log feeds it starts by reading the log position. */
  queue: Promise<void>;
  ready: Promise<void>;
  /** Log feeds: the position read up to, and the newest position announced. */
  position: number;
  target: number;
  scheduled: boolean;
  /** Non-log feeds: recently sent keys (an announcement repeated by a retry is sent once). */
  seen?: RecentKeys;
  timer?: NodeJS.Timeout;
  last?: Delivery;
  throttle?: PackageThrottle<Delivery & { packageId: string }>;
}

const SEAM_MEMORY_MS = 60_000;
const POSITION_QUERY = 'query CpLogPosition { logPosition }';

/**
 * The one pipeline behind GraphQL subscriptions and the legacy channels: bus messages in, one supergraph
 * resolution per message and subscriber group, the same serialized payload out to every member.
 */
export class SubscriptionHub {
  private readonly groups = new Map<string, Group>();
  private readonly byOrganization = new Map<string, Set<Group>>();
  private readonly unsubscribes: Unsubscribe[] = [];
  readonly counters = { resolutions: 0, deliveries: 0, resolutionErrors: 0 };

  constructor(private readonly deps: { bus: Bus; execute: Execute; logger: Logger }) {}

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
   * the replay are held and sent after it: for log feeds those past the replay's last position (the replay
   * read the log after the group's start, so nothing falls between; a resolution finishing after the
   * replay is held to the same position), for others those it did not send.
   */
  async subscribe(plan: SubscriptionPlan, session: Session, token: string, sink: SubscriptionSink, after?: string): Promise<() => void> {
    const attached: Attached = { sink };
    const replaying = after !== undefined && plan.spec.replay !== undefined;
    if (replaying) attached.buffer = [];
    const group = this.join(plan, session, token, attached);
    const leave = () => this.leave(group, attached);
    try {
      await group.ready;
    } catch {
      leave();
      sink.fail([{ message: 'The event log is unavailable; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
      return () => {};
    }
    if (!replaying || !plan.spec.replay) return leave;

    const result = await this.deps.execute(session, token, plan.query, plan.operationName, resolutionVariables(plan, plan.spec.replay(after)));
    const items = result.data?.[plan.responseKey];
    if (!Array.isArray(items)) {
      leave();
      sink.fail(result.errors ?? [{ message: 'Replay failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      return () => {};
    }
    if (result.errors?.length) sink.errors(result.errors);
    const replayed = new Set<string>();
    let last = Number(after);
    for (const item of items as Record<string, unknown>[]) {
      const delivery = toDelivery(item);
      replayed.add(delivery.key);
      if (delivery.seq !== undefined) last = Math.max(last, delivery.seq);
      sink.next(delivery);
    }
    if (plan.spec.positional) attached.through = last;
    else {
      // An announcement of a change the replay already read may still arrive: remember its keys for a while.
      attached.replayed = replayed;
      setTimeout(() => delete attached.replayed, SEAM_MEMORY_MS).unref();
    }
    for (const delivery of attached.buffer ?? []) if (unseen(attached, delivery)) sink.next(delivery);
    delete attached.buffer;
    return leave;
  }

  private join(plan: SubscriptionPlan, session: Session, token: string, attached: Attached): Group {
    const key = `${session.organizationId}\n${session.role}\n${plan.shareKey}`;
    let group = this.groups.get(key);
    if (!group) {
      group = this.createGroup(key, plan, session, token);
    } else if (group.last) {
      attached.sink.next(group.last);
    }
    group.subscribers.add(attached);
    return group;
  }

  private createGroup(key: string, plan: SubscriptionPlan, session: Session, token: string): Group {
    const group: Group = {
      key,
      organizationId: session.organizationId,
      plan,
      session,
      token,
      subscribers: new Set(),
      queue: Promise.resolve(),
      ready: Promise.resolve(),
      position: 0,
      target: 0,
      scheduled: false,
    };
    this.groups.set(key, group);
    let orgGroups = this.byOrganization.get(session.organizationId);
    if (!orgGroups) this.byOrganization.set(session.organizationId, (orgGroups = new Set()));
    orgGroups.add(group);

    const { spec, args } = plan;
    if (spec.positional) {
      // Live from the log position at the start; every later position is read in order from there.
      group.ready = group.queue = this.deps.execute(session, token, POSITION_QUERY, 'CpLogPosition', {}).then((result) => {
        const position = result.data?.logPosition;
        if (typeof position !== 'string') throw new Error(`log position unavailable: ${result.errors?.[0]?.message ?? 'no data'}`);
        group.position = group.target = Math.max(group.target, Number(position));
      });
      group.queue = group.queue.catch((error: unknown) => {
        // Without a start position the group cannot follow the log: forget it, the next subscriber retries.
        this.failed(group, error);
        for (const a of group.subscribers) this.leave(group, a);
      });
    } else {
      group.seen = new RecentKeys(20_000);
    }
    const throttleMs = spec.throttleMs?.(args);
    if (throttleMs) group.throttle = new PackageThrottle(throttleMs, (d) => this.fanOut(group, d));
    const intervalMs = spec.intervalMs?.(args);
    if (intervalMs) {
      // Snapshots only while someone listens: the timer lives and dies with the group.
      this.enqueue(group, {});
      group.timer = setInterval(() => this.enqueue(group, {}), intervalMs);
      group.timer.unref();
    }
    return group;
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
      if (!engine) continue;
      if (group.plan.spec.positional) this.advance(group, Number(engine.until));
      else this.enqueue(group, engine);
    }
  }

  /**
   * Log feeds: news up to `until`. One resolution reads everything between the group's position and the
   * newest announced one; announcements arriving meanwhile widen the next read instead of queueing more.
   */
  private advance(group: Group, until: number): void {
    group.target = Math.max(group.target, until);
    if (group.scheduled) return;
    group.scheduled = true;
    group.queue = group.queue
      .then(async () => {
        group.scheduled = false;
        const target = group.target;
        if (target <= group.position) return;
        if (await this.resolve(group, { after: String(group.position), until: String(target) })) group.position = target;
      })
      .catch((error: unknown) => this.failed(group, error));
  }

  /** Resolutions of one group run in message order, so subscribers see changes in the order announced. */
  private enqueue(group: Group, engine: EngineArgs): void {
    group.queue = group.queue.then(() => this.resolve(group, engine)).then(
      () => undefined,
      (error: unknown) => this.failed(group, error),
    );
  }

  private failed(group: Group, error: unknown): void {
    this.counters.resolutionErrors += 1;
    subscriptionResolutions.inc({ outcome: 'failed' });
    this.deps.logger.error({ err: error, field: group.plan.spec.field }, 'subscription resolution failed');
  }

  /** Resolves one range or announcement and fans the items out; false when the feed gave no items. */
  private async resolve(group: Group, engine: EngineArgs): Promise<boolean> {
    if (group.subscribers.size === 0) return true;
    const { plan } = group;
    this.counters.resolutions += 1;
    const result = await this.deps.execute(group.session, group.token, plan.query, plan.operationName, resolutionVariables(plan, engine));
    const items = result.data?.[plan.responseKey];
    subscriptionResolutions.inc({ outcome: result.errors?.length ? 'error' : 'ok' });
    if (result.errors?.length) {
      this.counters.resolutionErrors += 1;
      for (const a of group.subscribers) a.sink.errors(result.errors);
    }
    if (!Array.isArray(items)) return false;
    for (const item of items as Record<string, unknown>[]) {
      const packageId = item[PACKAGE_ALIAS];
      const delivery = toDelivery(item);
      if (group.seen && !group.seen.add(delivery.key)) continue;
      if (group.throttle && typeof packageId === 'string') group.throttle.offer(packageId, { ...delivery, packageId });
      else this.fanOut(group, delivery);
    }
    return true;
  }

  private fanOut(group: Group, delivery: Delivery): void {
    if (group.plan.spec.intervalMs) group.last = delivery;
    let delivered = 0;
    for (const a of group.subscribers) {
      if (a.buffer) a.buffer.push(delivery);
      else if (unseen(a, delivery)) {
        delivered += 1;
        a.sink.next(delivery);
      }
    }
    // One metric update per fan-out rather than one per subscriber.
    this.counters.deliveries += delivered;
    if (delivered > 0) subscriptionDeliveries.inc(delivered);
  }
}

function toDelivery(item: Record<string, unknown>): Delivery {
  const { [KEY_ALIAS]: key, [PACKAGE_ALIAS]: _packageId, [SEQ_ALIAS]: seq, ...visible } = item;
  return { key: String(key), ...(seq !== undefined ? { seq: Number(seq) } : {}), json: JSON.stringify(visible) };
}
