import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGraphQL, checkRest, checkSubscription, report, runAll, type Finding } from '../support/fuzz/checks.js';
import { graphqlCases } from '../support/fuzz/graphql-cases.js';
import { fuzzCases, fuzzSeed, Random } from '../support/fuzz/random.js';
import { restCases, type OpenApiDocument } from '../support/fuzz/rest-cases.js';
import type { KnownValues } from '../support/fuzz/values.js';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { sleep, wsClient } from './realtime-client.js';

/**
 * Schema-driven fuzz of the public API: every root field of the schema the running gateway serves and
 * every route of its OpenAPI document, with valid-shaped and hostile inputs from a seeded PRNG. A client
 * mistake must come back as an error with a code (REST: 4xx JSON), never a 5xx or INTERNAL_SERVER_ERROR.
 */
const CASES = fuzzCases(15);
const SEED = fuzzSeed(20261202);
const RUN_MS = 110_000;

/** A package with events, a facility and real positions, so valid-shaped cases reach the real work. */
async function seedKnownValues(app: TestApp): Promise<KnownValues> {
  await app.gql('mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }', {
    f: [{ code: 'FUZZ-HUB', name: 'Fuzz hub', type: 'HUB', lat: 50.1, lon: 8.6 }],
  });
  const packages = [await createPackage(app, ADMIN_KEY, { destination: { lat: 52.5, lon: 13.4 } }), await createPackage(app, ADMIN_KEY)];
  const first = packages[0]!;
  await app.gql(RECORD, {
    events: [
      event(first.id, 'fuzz-e1', '2026-11-25T08:00:00Z', 'IN_TRANSIT', { location: { facilityCode: 'FUZZ-HUB', lat: 50.1, lon: 8.6 } }),
      event(first.id, 'fuzz-e2', '2026-11-25T12:00:00Z', 'EXCEPTION', { carrierCode: 'DAMAGED' }),
    ],
  });
  const events = await app.gql<{ trackingEvents: { seq: string }[] }>('query($id: ID!) { trackingEvents(packageId: $id) { seq } }', { id: first.id });
  const page = await app.gql<{ packages: { pageInfo: { endCursor: string } } }>('{ packages(first: 1) { pageInfo { endCursor } } }');
  const investigation = await app.gql<{ investigateDelay: { id: string } }>('mutation($id: ID!) { investigateDelay(packageId: $id) { id } }', { id: first.id });
  // Detection opens an anomaly for the carrier exception in the background; its id makes anomaly cases real.
  let anomalyIds: string[] = [];
  for (let tries = 0; tries < 40 && anomalyIds.length === 0; tries++) {
    const anomalies = await app.gql<{ anomalies: { edges: { node: { id: string } }[] } }>('{ anomalies(first: 5) { edges { node { id } } } }');
    anomalyIds = anomalies.data?.anomalies.edges.map((e) => e.node.id) ?? [];
    if (anomalyIds.length === 0) await sleep(100);
  }
  return {
    packageIds: packages.map((p) => p.id),
    trackingNumbers: packages.map((p) => p.trackingNumber),
    facilityCodes: ['FUZZ-HUB'],
    positions: ['0', ...(events.data?.trackingEvents.map((e) => e.seq) ?? []), page.data?.packages.pageInfo.endCursor ?? ''],
    ids: [...(investigation.data ? [investigation.data.investigateDelay.id] : []), ...anomalyIds],
  };
}

/** An event with a location and a package edit: what every subscription field announces. */
async function makeActivity(app: TestApp, known: KnownValues, n: number): Promise<void> {
  const [first, second] = known.packageIds;
  await app.gql(RECORD, {
    events: [event(first!, `fuzz-live-${n}`, new Date().toISOString(), 'IN_TRANSIT', { location: { facilityCode: 'FUZZ-HUB', lat: 50.1, lon: 8.6 } })],
  });
  await app.gql('mutation($id: ID!) { updatePackage(id: $id, input: { reference: "fuzzed" }) { id } }', { id: second });
}

describe.each(BACKENDS)('API fuzz (%s)', (backend) => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let openApi: OpenApiDocument;
  let known: KnownValues;
  const seed = SEED + BACKENDS.indexOf(backend);

  beforeAll(async () => {
    app = await startTestApp(backend);
    known = await seedKnownValues(app);
    // The schema clients see right now: whatever the public API is at run time is what gets fuzzed.
    const introspection = await app.gql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    openApi = (await app.rest('GET', '/api/v1/openapi.json')).body as OpenApiDocument;
  });

  /** Most cases as the admin (the deepest reach); every fifth as a viewer of the same organization (the refusals). */
  const withCallers = <T>(items: T[]) => items.map((item, i) => ({ item, token: i % 5 === 4 ? app.token('org_default', 'org:viewer') : ADMIN_KEY }));

  afterAll(async () => {
    await app?.close();
  });

  // Subscriptions first: the mutation cases may delete the seeded packages the live activity uses.
  it('answers every subscription without a server error', { timeout: RUN_MS }, async () => {
    const cases = graphqlCases(schema, new Random(seed + 100), known, CASES).filter((c) => c.kind === 'subscription');
    expect(cases.length).toBeGreaterThan(0);
    const findings: Finding[] = [];
    // Batches of subscriptions on one connection each; while they are open, events and edits happen, so
    // their arguments are also exercised where each event is resolved, not only at subscribe.
    for (let i = 0; i < cases.length; i += 8) {
      const client = wsClient(app.url, { authorization: `Bearer ${ADMIN_KEY}` });
      const pending = cases.slice(i, i + 8).map((c) => checkSubscription(client, c, 700));
      await sleep(150);
      await makeActivity(app, known, i);
      findings.push(...(await Promise.all(pending)).filter((f): f is Finding => f !== undefined));
      await client.dispose();
    }
    expect(findings, report(seed + 100, findings)).toEqual([]);
  });

  it('answers every query and mutation without a server error', { timeout: RUN_MS }, async () => {
    const cases = graphqlCases(schema, new Random(seed), known, CASES).filter((c) => c.kind !== 'subscription');
    const findings = await runAll(withCallers(cases), 3, ({ item, token }) => checkGraphQL(app.url, token, item));
    expect(findings, report(seed, findings)).toEqual([]);
  });

  it('answers every REST route without a server error', { timeout: RUN_MS }, async () => {
    const cases = restCases(openApi, new Random(seed + 200), known, CASES);
    expect(cases.length).toBeGreaterThan(10);
    const findings = await runAll(withCallers(cases), 3, ({ item, token }) => checkRest(app.url, token, item));
    expect(findings, report(seed + 200, findings)).toEqual([]);
  });

  // Not from the schema: the envelope around any operation, which no schema describes.
  it('answers malformed GraphQL requests with a coded 4xx', async () => {
    const bodies = [
      '{',
      '[]',
      'null',
      '{"query": 1}',
      '{"query": "{ packages { totalCount } }", "variables": "x"}',
      '{"query": "{ packages { totalCount } }", "operationName": 5}',
      '{"query": "{ packages { totalCount } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
      JSON.stringify({ query: '\u0000' }),
      JSON.stringify({ query: `{ ${'packages { totalCount } '.repeat(3_000)} }` }),
      JSON.stringify({ query: `{ a${'('.repeat(5_000)} }` }),
    ];
    const findings: Finding[] = [];
    for (const body of bodies) {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` }, body });
      const text = await response.text();
      let codes: unknown[] = [];
      try {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[]; error?: { code?: unknown } };
        codes = parsed.errors?.map((e) => e.extensions?.code) ?? [parsed.error?.code];
      } catch {
        codes = [undefined];
      }
      if (response.status < 400 || response.status >= 500 || codes.some((c) => typeof c !== 'string' || c === 'INTERNAL_SERVER_ERROR')) {
        findings.push({ request: body.slice(0, 120), problem: `HTTP ${response.status}`, response: text.slice(0, 300) });
      }
    }
    expect(findings, report(seed, findings)).toEqual([]);
  });

  it('still answers after the run', async () => {
    const created = await createPackage(app, ADMIN_KEY);
    const result = await app.gql<{ package: { trackingNumber: string } }>('query($id: ID!) { package(id: $id) { trackingNumber } }', { id: created.id });
    expect(result.data?.package.trackingNumber).toBe(created.trackingNumber);
    expect((await app.rest('GET', '/health')).status).toBe(200);
  });
});
