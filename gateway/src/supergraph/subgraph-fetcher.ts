import { Agent, request, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { urlToHttpOptions } from 'node:url';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The gateway's HTTP client for subgraphs: one keep-alive pool per gateway, plain http.request, no
 * compression. RemoteGraphQLDataSource's default (make-fetch-happen over minipass-fetch) is an npm
 * registry client: cache policy, integrity and retry machinery and a WHATWG-style body stream on every
 * call, and it asks for gzip. Subgraph replies are small and travel over loopback or a private network,
 * where compressing costs more CPU than it saves.
 */
export function createSubgraphFetcher(options: { maxSockets?: number } = {}): Fetcher {
  // Idle sockets close after 30 s, or before the server's `Keep-Alive: timeout` hint when that is shorter
  // (Node's agent applies the hint only under its own timeout; subgraph servers hold them 65 s), so a
  // request never goes out on a socket the server is closing. They never keep the process alive.
  const settings = { keepAlive: true, timeout: 30_000, maxSockets: options.maxSockets ?? 64, scheduling: 'lifo' } as const;
  const agent = new Agent(settings);
  const tlsAgent = new HttpsAgent(settings);
  // A handful of subgraph URLs, each parsed once rather than by http.request on every call.
  const targets = new Map<string, RequestOptions>();
  const targetOf = (url: string): RequestOptions => {
    let target = targets.get(url);
    if (!target) targets.set(url, (target = urlToHttpOptions(new URL(url))));
    return target;
  };
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const body = init.body ?? '';
      const target = targetOf(url);
      // Subgraph URLs may also be https (a subgraph behind TLS elsewhere).
      const tls = target.protocol === 'https:';
      const req = (tls ? httpsRequest : request)(
        {
          ...target,
          agent: tls ? tlsAgent : agent,
          method: init.method ?? 'GET',
          headers: { ...lowercase(init.headers), 'accept-encoding': 'identity', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => resolve(new BufferedResponse(url, res.statusCode ?? 0, res.statusMessage ?? '', res.headers, Buffer.concat(chunks))));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/**
 * A header of a subgraph's reply, read from the raw headers when the response is one of ours (no `Headers`
 * object built for the content type each fetch looks at).
 */
export function responseHeader(response: FetcherResponse, name: string): string | null {
  const raw = response as Partial<RawHeaderReader>;
  return typeof raw.header === 'function' ? raw.header(name) : response.headers.get(name);
}

interface RawHeaderReader {
  header(name: string): string | null;
}

function lowercase(headers: FetcherRequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** A response whose body has been read in full: what RemoteGraphQLDataSource needs, nothing streamed. */
class BufferedResponse implements FetcherResponse, RawHeaderReader {
  readonly redirected = false;
  readonly bodyUsed = false;
  private headerObject: FetcherResponse['headers'] | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: Record<string, string | string[] | undefined>,
    private readonly body: Buffer,
  ) {}

  /** Built when first read (RemoteGraphQLDataSource asks for the content type), not per response up front. */
  get headers(): FetcherResponse['headers'] {
    if (!this.headerObject) {
      const entries: [string, string][] = [];
      for (const [name, value] of Object.entries(this.rawHeaders)) {
        if (value !== undefined) entries.push([name, Array.isArray(value) ? value.join(', ') : value]);
      }
      this.headerObject = new Headers(entries);
    }
    return this.headerObject;
  }

  header(name: string): string | null {
    const value = this.rawHeaders[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body.toString('utf8'));
  }

  json(): Promise<unknown> {
    return this.text().then((text) => JSON.parse(text) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer);
  }

  clone(): FetcherResponse {
    return this;
  }
}
