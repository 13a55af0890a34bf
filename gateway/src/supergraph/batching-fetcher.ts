import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { responseHeader } from './subgraph-fetcher.js';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** How many operations one batched request carries at most. */
const MAX_BATCH = 32;

/**
 * Only query operations are batched: the subgraph runs a batch's operations concurrently, which a
 * mutation's fields must not be. RemoteGraphQLDataSource serializes `query` first, and the planner
 * writes each fetch as `query Name…` or `{…}`.
 */
const QUERY_BODY = /^\{"query":"(?:query\b|\{)/;

interface Waiting {
  init: FetcherRequestInit;
  resolve(response: FetcherResponse): void;
  reject(error: unknown): void;
}

export interface BatchCounters {
  /** HTTP requests that carried a batch of two or more operations, and the operations they carried. */
  batches: number;
  batchedOperations: number;
}

/**
 * Subgraph fetches of queries issued in the same turn of the event loop, to the same subgraph with the
 * same headers (so the same caller), go out as one HTTP request carrying a JSON array of operations (Apollo
 * Server's batching, on in our subgraphs). Under load the hop then costs one request and one reply per
 * batch instead of per operation on both sides, and the subgraph resolves the batch with one context, so
 * its DataLoaders fetch the batch's rows in one statement. A lone fetch goes out as it is; a batch the
 * subgraph refuses as a whole (not 2xx, not an array of as many results) is sent again one by one, so
 * each caller gets its own answer.
 */
export function createBatchingFetcher(send: Fetcher, counters: BatchCounters = { batches: 0, batchedOperations: 0 }): Fetcher {
  const queues = new Map<string, Waiting[]>();

  const flush = (key: string, url: string) => {
    const waiting = queues.get(key);
    if (!waiting) return;
    queues.delete(key);
    if (waiting.length === 1) return void forward(url, waiting[0]!);
    counters.batches += 1;
    counters.batchedOperations += waiting.length;
    const init = { ...waiting[0]!.init, body: `[${waiting.map((w) => w.init.body).join(',')}]` };
    send(url, init)
      .then(async (response) => {
        const results = response.ok ? await response.json().catch(() => undefined) : undefined;
        if (!Array.isArray(results) || results.length !== waiting.length) return waiting.forEach((w) => forward(url, w));
        waiting.forEach((w, i) => w.resolve(new ParsedResponse(response, results[i])));
      })
      .catch(() => waiting.forEach((w) => forward(url, w)));
  };

  const forward = (url: string, waiting: Waiting) => send(url, waiting.init).then(waiting.resolve, waiting.reject);

  return (url, init = {}) => {
    if (init.method !== 'POST' || typeof init.body !== 'string' || !QUERY_BODY.test(init.body)) return send(url, init);
    const key = `${url}\n${JSON.stringify(init.headers ?? {})}`;
    return new Promise<FetcherResponse>((resolve, reject) => {
      let waiting = queues.get(key);
      if (!waiting) {
        waiting = [];
        queues.set(key, waiting);
        // After this turn's I/O callbacks and the promise chains they start: every fetch the requests read
        // in this turn has been issued by then.
        setImmediate(() => flush(key, url));
      }
      waiting.push({ init, resolve, reject });
      if (waiting.length >= MAX_BATCH) flush(key, url);
    });
  };
}

/** One operation's result out of a batched reply: its own parsed JSON, the batch's status and headers. */
class ParsedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly bodyUsed = false;
  readonly url: string;
  readonly status: number;
  readonly statusText: string;

  constructor(
    private readonly batch: FetcherResponse,
    private readonly value: unknown,
  ) {
    this.url = batch.url;
    this.status = batch.status;
    this.statusText = batch.statusText;
  }

  get headers(): FetcherResponse['headers'] {
    return this.batch.headers;
  }

  header(name: string): string | null {
    return responseHeader(this.batch, name);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  json(): Promise<unknown> {
    return Promise.resolve(this.value);
  }

  text(): Promise<string> {
    return Promise.resolve(JSON.stringify(this.value));
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(JSON.stringify(this.value));
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }

  clone(): FetcherResponse {
    return this;
  }
}
