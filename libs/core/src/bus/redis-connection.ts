import type { Redis } from 'ioredis';

export type { Redis };

/** A plain Redis connection for raw commands and pub/sub (the benchmark's floor uses it; ioredis lives in core). */
export async function openRedisConnection(url: string): Promise<Redis> {
  const { Redis: Client } = await import('ioredis');
  return new Client(url, { maxRetriesPerRequest: 3 });
}
