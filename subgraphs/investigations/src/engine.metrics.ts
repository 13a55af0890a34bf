import { investigationQueue, logConsumerLag, type Db } from '@clearpath/core';
import { sql } from 'kysely';

/**
 * The engine's scrape-time gauges, read from the database where every replica sees the same truth: how
 * far each log consumer (detection, webhooks) is behind the log's head, and how many investigations wait
 * or run. Returns the function that removes them (on stop).
 */
export function registerEngineMetrics(db: Db): () => void {
  const removeLag = logConsumerLag.add(async () => {
    const { rows } = await sql<{ consumer: string; lag: number }>`
      SELECT consumer, greatest(0, coalesce(greatest((SELECT max(seq) FROM tracking_events), (SELECT max(seq) FROM package_changes)), 0) - last_seq) AS lag
      FROM consumer_offsets`.execute(db);
    return rows.map((r) => ({ labels: { consumer: r.consumer }, value: Number(r.lag) }));
  });
  const removeQueue = investigationQueue.add(async () => {
    const rows = await db
      .selectFrom('investigations')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('state', 'in', ['QUEUED', 'RUNNING'])
      .groupBy('state')
      .execute();
    return ['QUEUED', 'RUNNING'].map((state) => ({ labels: { state }, value: Number(rows.find((r) => r.state === state)?.n ?? 0) }));
  });
  return () => {
    removeLag();
    removeQueue();
  };
}
