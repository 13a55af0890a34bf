import { sql } from 'kysely';
import type { Bus } from '../bus/bus.js';
import type { Db } from './database.js';

export interface ReadRouting {
  /** Where an organization's reads go now: the replica, or the primary while its own writes may not be there yet. */
  readerFor(organizationId: string): Db;
  /** Is the replica used at all (false: every read is on the primary). */
  readonly replicated: boolean;
  /** Notes the writes announced on the bus (this process's before they leave, other processes' on arrival). */
  watch(bus: Bus): Promise<Bus>;
  close(): void;
}

export interface ReadRoutingOptions {
  /** An organization reads from the primary this long after each of its writes. */
  stickyMs: number;
  /** How often the replica's replay position is compared with the primary's. */
  probeMs?: number;
  /** The replica connection the probe uses (its own, so probing never waits behind reads). */
  probe?: Db;
}

/**
 * Read traffic to a streaming replica, with reads that must see their writes kept on the primary: an
 * organization that wrote within `stickyMs` reads from the primary, and so does everyone while the replica
 * has not replayed what the primary had written at the previous probe (it is more than one probe behind).
 */
export function createReadRouting(primary: Db, replica: Db | undefined, options: ReadRoutingOptions): ReadRouting {
  if (!replica) return { readerFor: () => primary, replicated: false, watch: async (bus) => bus, close: () => {} };
  const lastWrite = new Map<string, number>();
  let replicaCurrent = false;
  let previousPrimaryLsn: string | undefined;
  const noteWrite = (organizationId: string) => void lastWrite.set(organizationId, Date.now());

  const probe = async () => {
    try {
      const { rows: head } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary);
      if (previousPrimaryLsn) {
        const { rows } = await sql<{ behind: boolean }>`select pg_last_wal_replay_lsn() < ${previousPrimaryLsn}::pg_lsn as behind`.execute(options.probe ?? replica);
        replicaCurrent = rows[0]?.behind === false;
      }
      previousPrimaryLsn = head[0]?.lsn;
    } catch {
      replicaCurrent = false; // a replica that does not answer serves nothing
    }
  };
  const timer = setInterval(() => void probe(), options.probeMs ?? 1000);
  timer.unref();
  void probe();

  return {
    replicated: true,
    readerFor(organizationId) {
      const wrote = lastWrite.get(organizationId);
      if (wrote !== undefined && Date.now() - wrote >= options.stickyMs) lastWrite.delete(organizationId);
      return replicaCurrent && !lastWrite.has(organizationId) ? replica : primary;
    },
    async watch(bus) {
      await bus.subscribe('events.recorded', (m) => noteWrite(m.organizationId));
      await bus.subscribe('package.changed', (m) => noteWrite(m.organizationId));
      return {
        ...bus,
        kind: bus.kind,
        publish: (channel, payload) => {
          if (channel === 'events.recorded' || channel === 'package.changed') noteWrite(payload.organizationId);
          return bus.publish(channel, payload);
        },
      };
    },
    close: () => clearInterval(timer),
  };
}
