import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

interface Seen {
  headers: IncomingHttpHeaders;
  body: string;
  remotePort: number;
}

/** A subgraph stand-in on a real socket: echoes what it received as JSON. */
async function startEcho(keepAliveTimeout: number): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body, remotePort: req.socket.remotePort! });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private' });
      res.end(JSON.stringify({ data: { n: seen.length } }));
    });
  });
  server.keepAliveTimeout = keepAliveTimeout;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen, server };
}

describe('subgraph fetcher', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())).then(() => server?.closeAllConnections()));

  it('sends the body and headers as given, asks for no compression, and reads the reply', async () => {
    const echo = await startEcho(65_000);
    server = echo.server;
    const fetcher = createSubgraphFetcher();
    const response = await fetcher(echo.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer k' }, body: '{"query":"{ n }"}' });
    expect(response.ok).toBe(true);
    expect(response.headers.get('Cache-Control')).toBe('private');
    expect(await response.json()).toEqual({ data: { n: 1 } });
    expect(echo.seen[0]).toMatchObject({ body: '{"query":"{ n }"}', headers: { authorization: 'Bearer k', 'content-type': 'application/json', 'accept-encoding': 'identity' } });
  });

  it('reuses one connection for requests in sequence', async () => {
    const echo = await startEcho(65_000);
    server = echo.server;
    const fetcher = createSubgraphFetcher();
    for (let i = 0; i < 5; i++) await (await fetcher(echo.url, { method: 'POST', body: '{}' })).text();
    expect(new Set(echo.seen.map((s) => s.remotePort)).size).toBe(1);
  });

  it('drops an idle connection before a server with a short keep-alive closes it (no ECONNRESET)', async () => {
    // The server announces `Keep-Alive: timeout=2`: the pool gives the socket up after 1 s, so at 1.5 s
    // (the server would still hold it) the next request opens a new connection.
    const echo = await startEcho(2_000);
    server = echo.server;
    const fetcher = createSubgraphFetcher();
    await (await fetcher(echo.url, { method: 'POST', body: '{}' })).text();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const again = await fetcher(echo.url, { method: 'POST', body: '{}' });
    expect(again.status).toBe(200);
    expect(echo.seen[1]!.remotePort).not.toBe(echo.seen[0]!.remotePort);
  });

  it('reports a non-2xx reply as not ok, with its body', async () => {
    server = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down'));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const response = await createSubgraphFetcher()(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method: 'POST', body: '{}' });
    expect([response.ok, response.status, await response.text()]).toEqual([false, 503, 'down']);
  });
});
