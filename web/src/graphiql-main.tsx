import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readToken, websocketUrl } from './api/auth-token';
import 'graphiql/style.css';

// GraphiQL for analysts, bundled (no CDN). The token from the dashboard sign-in is read on every request,
// so signing in while GraphiQL is open works without a reload (schema introspection retries on its own).
const authorize = (headers?: HeadersInit): Headers => {
  const result = new Headers(headers);
  const token = readToken();
  if (token && !result.has('authorization')) result.set('authorization', `Bearer ${token}`);
  return result;
};
const token = readToken();
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, headers: authorize(init?.headers) }),
  subscriptionUrl: websocketUrl(),
  wsConnectionParams: token ? { authorization: `Bearer ${token}` } : {},
});

const DEFAULT_QUERY = `# ClearPath supergraph. ${token ? 'Requests carry the token from the dashboard sign-in.' : 'Sign in on the dashboard (/) first, or set an Authorization header below.'}
query RecentPackages {
  packages(first: 10) {
    totalCount
    edges { node { trackingNumber carrier status lastEventAt } }
  }
}
`;

// /graphiql?query=… opens with that query (ask returns such a link with the query it ran).
const linkedQuery = new URLSearchParams(window.location.search).get('query') ?? undefined;

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} query={linkedQuery} isHeadersEditorEnabled>
      <GraphiQL.Logo>
        <a href="/" className="graphiql-back">
          ← ClearPath dashboard
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
