import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server behind express, as `@as-integrations/express5` does it, but written out with `res.end`:
 * that integration answers through express's `res.send`, which hashes every response body for an ETag
 * (SHA-1, then a Buffer copy of the body and a two-chunk socket write) and checks request freshness. Our
 * clients POST (the dashboard, the REST shim in process, the gateway to subgraphs) and none revalidates,
 * so that was CPU on every request for nothing; a GET query no longer gets an ETag or a 304. Everything
 * else is the same: express.json() parses the body first, headers and status come from Apollo.
 */
export function graphqlHandler<C extends BaseContext>(server: ApolloServer<C>, context: ContextFunction<[{ req: Request; res: Response }], C>): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500).end('`req.body` is not set: mount express.json() before the GraphQL handler');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query >= 0 ? req.url.slice(query) : '', body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      (res as { flush?: () => void }).flush?.();
    }
    res.end();
  };
}
