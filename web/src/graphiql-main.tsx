import { useEditorContext, useSchemaStore } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { readToken, websocketUrl } from './api/auth-token';
import 'graphiql/style.css';
import './graphiql-narrow.css';

// GraphiQL for analysts, bundled (no CDN). The token from the dashboard sign-in is read on every request.
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

/**
 * GraphiQL introspects once: a schema refused for want of a key (401) stayed "Error fetching schema" until a
 * reload. While it has failed, an edit of the headers (an Authorization header typed in) or coming back to the
 * page (signed in on the dashboard meanwhile) asks again.
 */
function IntrospectAgain() {
  const headerEditor = useEditorContext()?.headerEditor;
  const introspect = useSchemaStore((state) => state.introspect);
  const failed = useSchemaStore((state) => Boolean(state.fetchError));
  useEffect(() => {
    if (!failed) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const retry = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void introspect(), 400); // once typing pauses; half-typed JSON is not sent
    };
    headerEditor?.on('change', retry);
    window.addEventListener('focus', retry);
    window.addEventListener('pageshow', retry);
    return () => {
      clearTimeout(timer);
      headerEditor?.off('change', retry);
      window.removeEventListener('focus', retry);
      window.removeEventListener('pageshow', retry);
    };
  }, [failed, headerEditor, introspect]);
  return null;
}

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
        <IntrospectAgain />
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
