import autocannon from 'autocannon';

export interface HttpLoadResult {
  /** Latency of every response, in ms (autocannon's own histogram keeps whole ms only). */
  latenciesMs: number[];
  seconds: number;
}

/**
 * POSTs the given bodies in turn to `url` with autocannon for `seconds` over `connections` keep-alive
 * connections. Fails when any response is not a 200 without GraphQL errors, so a broken target never
 * reports speed.
 */
export async function postLoad(url: string, options: { bodies: readonly string[]; headers: Record<string, string>; connections: number; seconds: number }): Promise<HttpLoadResult> {
  const { bodies } = options;
  let next = 0;
  let failure: string | undefined;
  const latenciesMs: number[] = [];
  let done: (result: autocannon.Result) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const settings: autocannon.Options = {
    url,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (failure === undefined && (status !== 200 || body.includes('"errors"'))) failure = `${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  };
  // With a callback autocannon returns its instance, whose 'response' event carries the exact latency.
  const instance = autocannon(settings, (error, result) => (error ? failed(error) : done(result)));
  instance.on('response', (_client, _status, _bytes, responseTime: number) => latenciesMs.push(responseTime));
  const started = performance.now();
  const result = await finished;
  const seconds = (performance.now() - started) / 1000;
  if (failure !== undefined) throw new Error(`POST ${url} → ${failure}`);
  if (result.errors > 0 || result.timeouts > 0) throw new Error(`POST ${url}: ${result.errors} errors, ${result.timeouts} timeouts`);
  return { latenciesMs, seconds };
}
