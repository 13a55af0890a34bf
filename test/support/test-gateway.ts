import { startGateway, loadGatewayEnv, type GatewayOptions, type RunningGateway } from '@clearpath/gateway';
import { createTokenIssuer, type TokenIssuer } from './clerk-tokens.js';
import { createPostgresDatabase, type Backend } from './test-database.js';

export const ADMIN_KEY = `cp_test_admin_${'x'.repeat(20)}`;

export interface TestApp {
  gateway: RunningGateway;
  url: string;
  /** The PostgreSQL database of this app (postgres backend only), for a second connection. */
  databaseUrl: string | undefined;
  issuer: TokenIssuer;
  /** A bearer token of a Clerk session in the given organization and role. */
  token(org: string, role?: 'org:admin' | 'org:member' | 'org:viewer'): string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON bodies
  rest(method: string, path: string, options?: { token?: string | null; body?: unknown; raw?: string; contentType?: string }): Promise<{ status: number; body: any; text: string }>;
  close(): Promise<void>;
}

/** Starts the all-in-one gateway on a free port against PGlite (in memory) or a fresh PostgreSQL database. */
export async function startTestApp(backend: Backend, env: Record<string, string> = {}, options: GatewayOptions = {}): Promise<TestApp> {
  const issuer = createTokenIssuer();
  const database = backend === 'postgres' ? await createPostgresDatabase() : undefined;
  const gateway = await startGateway(
    loadGatewayEnv({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database?.url ?? '',
      CLEARPATH_DATA_DIR: 'memory://',
      CLEARPATH_API_KEY: ADMIN_KEY,
      CLEARPATH_DEMO: 'false',
      CLERK_JWT_KEY: issuer.publicKeyPem,
      REDIS_URL: '',
      ...env,
    }),
    options,
  );
  const url = gateway.url;
  const app: TestApp = {
    gateway,
    url,
    databaseUrl: database?.url,
    issuer,
    token: (org, role = 'org:admin') => issuer.mint({ org_id: org, org_role: role, sub: `user_${org}` }),
    async gql(query, variables, token = ADMIN_KEY) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async rest(method, path, options = {}) {
      const headers: Record<string, string> = {};
      const token = options.token === undefined ? ADMIN_KEY : options.token;
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | undefined;
      if (options.raw !== undefined) {
        body = options.raw;
        headers['content-type'] = options.contentType ?? 'application/json';
      } else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
      const response = await fetch(`${url}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text };
    },
    async close() {
      await gateway.stop();
      await database?.drop();
    },
  };
  return app;
}
