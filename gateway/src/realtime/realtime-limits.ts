/** Limits that keep one client from hurting the others. */
export const REALTIME_LIMITS = {
  /** Bytes queued on a socket beyond which the client is too slow and is disconnected. */
  maxBufferedBytes: 1 << 20,
  maxSubscriptionsPerConnection: 100,
  /** graphql-ws: connection_init must arrive this soon; legacy: the auth message. */
  authTimeoutMs: 10_000,
  maxMessageBytes: 256 * 1024,
  keepAliveMs: 12_000,
} as const;

/** A close code beyond the graphql-ws protocol's own (4400, 4401, 4403, 4408, 4409, 4429, 4500). */
export const CLOSE_SLOW_CONSUMER = 4008;
