import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { hostOf, resolveAllowed, type TargetPolicy } from './target-guard.js';

/** Stripe's scheme: the receiver recomputes HMAC-SHA256(secret, `${t}.${body}`) and compares. */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** The first characters of the receiver's answer, for the delivery log. */
  excerpt: string | null;
}

const EXCERPT_BYTES = 512;

/** The socket's DNS lookup, refusing addresses the policy does not allow: what is checked is what is connected to. */
function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowed(policy, hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const list = wanted.length > 0 ? wanted : addresses;
        if (options.all) (callback as (e: null, a: typeof list) => void)(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** POSTs one signed delivery; never throws: every outcome is an attempt for the log. */
export async function postWebhook(options: {
  policy: TargetPolicy;
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}): Promise<AttemptResult> {
  const started = performance.now();
  const result = (fields: Omit<AttemptResult, 'latencyMs' | 'ok'>): AttemptResult => ({
    ...fields,
    ok: fields.statusCode !== null && fields.statusCode >= 200 && fields.statusCode < 300,
    latencyMs: Math.round(performance.now() - started),
  });
  try {
    const url = new URL(options.url);
    // A literal address is connected to without a lookup: check it here.
    if (isIP(hostOf(url))) await resolveAllowed(options.policy, hostOf(url));
    const transport = url.protocol === 'https:' ? https : http;
    return await new Promise<AttemptResult>((resolve) => {
      const request = transport.request(
        url,
        {
          method: 'POST',
          lookup: guardedLookup(options.policy),
          headers: { 'content-type': 'application/json', 'user-agent': 'ClearPath-Webhooks/1', ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () => {
            clearTimeout(timer);
            resolve(result({ statusCode: response.statusCode ?? null, error: null, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_BYTES) || null }));
            response.destroy();
          };
          response.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= EXCERPT_BYTES) finish();
          });
          response.on('end', finish);
          response.on('error', finish);
        },
      );
      const timer = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        resolve(result({ statusCode: null, error: error.message, excerpt: null }));
      });
      request.end(options.body);
    });
  } catch (error) {
    return result({ statusCode: null, error: error instanceof Error ? error.message : String(error), excerpt: null });
  }
}
