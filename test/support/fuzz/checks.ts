import { appendFileSync } from 'node:fs';
import type { Client } from 'graphql-ws';
import type { GraphQLCase } from './graphql-cases.js';
import type { RestCase } from './rest-cases.js';
import { abbreviate } from './values.js';

/** One request that broke the contract: what was sent, and what came back. */
export interface Finding {
  request: unknown;
  problem: string;
  response: unknown;
}

/** The one 5xx that is an answer, not a fault: the route solver is at capacity, retry later (503, Retry-After). */
const BUSY = 'SERVICE_BUSY';

interface WireError {
  message?: string;
  extensions?: { code?: unknown };
}

/** Every client mistake is an error with a code, and never INTERNAL_SERVER_ERROR. */
function badErrors(errors: readonly WireError[] | undefined): WireError[] {
  return (errors ?? []).filter((e) => typeof e?.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR');
}

// The query prints whole (it is short unless a hostile literal is in it); long values print as their length.
/**
 * fetch, retried once when the connection drops before a response (an idle keep-alive socket closed by
 * the server as the request went out, under load): a request that really breaks the connection fails twice.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

const describeCase = (c: GraphQLCase) => ({ field: c.field, mode: c.mode, query: c.query.length > 2_000 ? abbreviate(c.query) : c.query, variables: abbreviate(c.variables) });

export async function checkGraphQL(url: string, token: string, c: GraphQLCase): Promise<Finding | undefined> {
  const response = await send(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await response.text();
  let body: { errors?: WireError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { request: describeCase(c), problem: `HTTP ${response.status} without a JSON body`, response: abbreviate(text) };
  }
  const busy = body.errors?.length && body.errors.every((e) => e.extensions?.code === BUSY);
  if (response.status >= 500 && !(response.status === 503 && busy)) return { request: describeCase(c), problem: `HTTP ${response.status}`, response: abbreviate(body) };
  const bad = badErrors(body.errors);
  if (bad.length) return { request: describeCase(c), problem: 'error without a client code', response: abbreviate(bad) };
  return undefined;
}

/**
 * Subscribes over graphql-ws and watches for `settleMs`: a refusal must carry a code, and so must any
 * error in a payload; a close of the connection by the server (4500) is a server fault.
 */
export function checkSubscription(client: Client, c: GraphQLCase, settleMs: number): Promise<Finding | undefined> {
  return new Promise((resolve) => {
    const finding = (problem: string, response: unknown) => ({ request: describeCase(c), problem, response: abbreviate(response) });
    let result: Finding | undefined;
    const timer = setTimeout(() => {
      dispose();
      resolve(result);
    }, settleMs);
    const finish = (found: Finding | undefined) => {
      clearTimeout(timer);
      resolve(found ?? result);
    };
    const dispose = client.subscribe(
      { query: c.query, variables: c.variables },
      {
        next: (payload) => {
          const bad = badErrors(payload.errors as WireError[] | undefined);
          if (bad.length) result ??= finding('payload error without a client code', bad);
        },
        error: (error: unknown) => {
          if (Array.isArray(error)) {
            const bad = badErrors(error as WireError[]);
            finish(bad.length ? finding('subscribe refused without a client code', bad) : undefined);
          } else {
            const code = (error as { code?: number }).code;
            finish(finding(`connection closed${code ? ` with ${code}` : ''}`, String((error as { reason?: string }).reason ?? error)));
          }
        },
        complete: () => finish(undefined),
      },
    );
  });
}

export async function checkRest(url: string, token: string, c: RestCase): Promise<Finding | undefined> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (c.contentType) headers['content-type'] = c.contentType;
  const response = await send(`${url}/api/v1${c.path}`, { method: c.method, headers, body: c.body });
  const text = await response.text();
  const request = { method: c.method, path: abbreviate(c.path), mode: c.mode, contentType: c.contentType, body: abbreviate(c.body) };
  if (response.status >= 500 && !(response.status === 503 && text.includes(`"code":"${BUSY}"`))) return { request, problem: `HTTP ${response.status}`, response: abbreviate(text) };
  if (response.status >= 400) {
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string') {
      return { request, problem: `HTTP ${response.status} without {"error":{"code","message"}}`, response: abbreviate(text) };
    }
  }
  return undefined;
}

/** Runs the checks `concurrency` at a time (the server sees a little overlap, the run stays bounded). */
export async function runAll<T>(items: readonly T[], concurrency: number, check: (item: T) => Promise<Finding | undefined>): Promise<Finding[]> {
  const findings: Finding[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        const found = await check(item);
        if (found) findings.push(found);
      } catch (error) {
        findings.push({ request: abbreviate(item), problem: 'request failed', response: `${String(error)} (${String((error as { cause?: unknown }).cause)})` });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return findings;
}

/** The report a failing run prints: the seed to replay it and each failing request (FUZZ_REPORT=file: all of them, as JSON lines). */
export function report(seed: number, findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  if (process.env.FUZZ_REPORT) appendFileSync(process.env.FUZZ_REPORT, findings.map((f) => `${JSON.stringify({ seed, ...f })}\n`).join(''));
  const shown = findings.slice(0, 15).map((f, i) => `#${i + 1} ${f.problem}\n  request: ${JSON.stringify(f.request)}\n  response: ${JSON.stringify(f.response)}`);
  return `${findings.length} finding(s); replay with FUZZ_SEED=${seed}\n${shown.join('\n')}`;
}
