import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readToken, websocketUrl } from './api/auth-token';
import 'graphiql/style.css';

// GraphiQL for analysts, bundled (no CDN): it uses the token the dashboard stored at sign-in.
const token = readToken();
const authorization = token ? `Bearer ${token}` : undefined;
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: authorization ? { authorization } : {},
  subscriptionUrl: websocketUrl(),
  wsConnectionParams: authorization ? { authorization } : {},
});

const DEFAULT_QUERY = `# ClearPath supergraph. ${token ? 'Requests carry the token from the dashboard sign-in.' : 'Sign in on the dashboard (/) first, or set an Authorization header below.'}
query RecentPackages {
  packages(first: 10) {
    totalCount
    edges { node { trackingNumber carrier status lastEventAt } }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} isHeadersEditorEnabled />
  </StrictMode>,
);
