import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Attempt {
  batch: number;
  /** HTTP status, or 0 when the request failed without an answer. */
  status: number;
  /** The error code of a JSON error body, when there was one. */
  code?: string;
  /** When the answer came (ms since the epoch). */
  at: number;
}

/**
 * An at-least-once producer: sends each batch until it is acknowledged (201, or 200 when all were stored
 * already), one batch at a time, and records every attempt. Event ids are idempotency keys, so a batch resent after a lost answer is safe.
 */
export function startProducer<T extends { event_id: string }>(send: (events: T[]) => Promise<Response>, batches: T[][], options: { pauseMs: number; retryMs: number }) {
  const acknowledged = new Set<string>();
  const attempts: Attempt[] = [];
  let stopped = false;
  let sent = 0;
  let held: Promise<void> | undefined;
  let release = () => {};
  const done = (async () => {
    for (const [index, batch] of batches.entries()) {
      for (;;) {
        if (stopped) return;
        if (held) await held;
        const answer = await send(batch).then(
          async (r) => ({ status: r.status, body: (await r.json().catch(() => undefined)) as { error?: { code?: string } } | undefined }),
          () => ({ status: 0, body: undefined }),
        );
        attempts.push({ batch: index, status: answer.status, at: Date.now(), ...(answer.body?.error?.code ? { code: answer.body.error.code } : {}) });
        if (answer.status === 201 || answer.status === 200) break;
        await sleep(options.retryMs);
      }
      for (const e of batch) acknowledged.add(e.event_id);
      sent = index + 1;
      await sleep(options.pauseMs);
    }
  })();
  return {
    acknowledged,
    attempts,
    done,
    /** Batches acknowledged so far. */
    progress: () => sent,
    stop: () => void (stopped = true),
    /** Sends nothing new until released (an attempt under way finishes). */
    hold() {
      held ??= new Promise((resolve) => (release = resolve));
    },
    release() {
      held = undefined;
      release();
    },
  };
}

/** waits until the producer has acknowledged at least n batches. */
export async function untilProgress(producer: { progress: () => number }, n: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (producer.progress() < n) {
    if (Date.now() > until) throw new Error(`producer stuck at ${producer.progress()}/${n} batches`);
    await sleep(50);
  }
}

export interface Item {
  seq: string;
  key: string;
  [field: string]: unknown;
}

/**
 * A graphql-ws subscriber through nginx that, whenever its connection ends, connects again and resumes
 * with the last position it received (`after`), as the README tells clients to. It records every close
 * it was told about and every payload.
 */
export function resumingSubscriber(options: { url: string; ca: string; token: string; query: string; after?: string }) {
  const items: Item[] = [];
  const closes: number[] = [];
  const errors: unknown[] = [];
  let after = options.after;
  let client: Client | undefined;
  let stopped = false;
  let subscriptions = 0;
  const ca = options.ca;
  class TlsWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { ca });
    }
  }

  const connect = () => {
    if (stopped) return;
    subscriptions += 1;
    client = createClient({
      url: `${options.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: TlsWebSocket,
      connectionParams: { authorization: `Bearer ${options.token}` },
      retryAttempts: 0,
      lazy: true,
      on: { closed: (event) => void closes.push((event as { code: number }).code) },
    });
    const current = client;
    let ended = false;
    const again = () => {
      if (ended) return;
      ended = true;
      void current.dispose();
      setTimeout(connect, 300);
    };
    current.subscribe<Record<string, Item>>(
      { query: options.query, variables: after === undefined ? {} : { after } },
      {
        next: (result) => {
          if (result.errors) errors.push(...result.errors);
          const item = result.data ? Object.values(result.data)[0] : undefined;
          if (!item) return;
          items.push(item);
          if (after === undefined || Number(item.seq) > Number(after)) after = item.seq;
        },
        error: (error) => {
          errors.push(error);
          again();
        },
        complete: again,
      },
    );
  };
  connect();
  return {
    items,
    closes,
    errors,
    /** How many times it subscribed (1 + resumes). */
    subscriptions: () => subscriptions,
    async stop() {
      stopped = true;
      await client?.dispose();
    },
  };
}

/** Polls until `check` holds (returns true), or fails with `describe()` after the timeout. */
export async function eventually(check: () => boolean | Promise<boolean>, describe: () => string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not reached: ${describe()}`);
    await sleep(250);
  }
}
