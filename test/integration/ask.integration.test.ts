import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const ASK = /* GraphQL */ `
  query Ask($q: String!) {
    ask(question: $q) { question query data errors { message code } attempts graphiqlPath }
  }
`;
interface Answer {
  ask: { question: string; query: string; data: unknown; errors: { message: string; code: string | null }[]; attempts: number; graphiqlPath: string };
}
const reply = (query: string) => new AIMessage(`\`\`\`graphql\n${query}\n\`\`\``);

/** ask with LangChain's fake model as the LLM: the written query is checked, limited and run as the caller. */
describe.each(BACKENDS)('ask on %s', (backend) => {
  const model = fakeModel();
  let app: TestApp;
  let alice: string;
  let mallory: string;
  let alicePackage: { id: string };

  beforeAll(async () => {
    app = await startTestApp(backend, {}, { chatModel: model });
    alice = app.token('org_alice');
    mallory = app.token('org_mallory');
    alicePackage = await createPackage(app, alice, { reference: 'alice-1' });
    await createPackage(app, alice, { reference: 'alice-2' });
    await createPackage(app, mallory, { reference: 'mallory-1' });
  });
  afterAll(() => app?.close());

  it('runs the written query as the caller: another organization’s rows never appear', async () => {
    const query = '{ packages(first: 50) { totalCount edges { node { reference } } } }';
    model.respond(reply(query));
    const result = await app.gql<Answer>(ASK, { q: 'Which packages do we have?' }, mallory);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ask).toMatchObject({ question: 'Which packages do we have?', query, attempts: 1, errors: [] });
    expect(result.data?.ask.data).toEqual({ packages: { totalCount: 1, edges: [{ node: { reference: 'mallory-1' } }] } });
    expect(result.data?.ask.graphiqlPath).toBe(`/graphiql?query=${encodeURIComponent(query)}`);
  });

  it('holds the query to the caller’s role', async () => {
    model.respond(reply('{ webhookEndpoints { url } }'));
    const result = await app.gql<Answer>(ASK, { q: 'Which webhooks are set up?' }, app.token('org_alice', 'org:viewer'));
    expect(result.data?.ask.data).toBeNull();
    expect(result.data?.ask.errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });

  it('never runs a query the checks reject: a mutation written three times is refused and nothing changes', async () => {
    const mutation = `mutation { deletePackage(id: "${alicePackage.id}") { id } }`;
    model.respond(reply(mutation)).respond(reply(mutation)).respond(reply(mutation));
    const result = await app.gql<Answer>(ASK, { q: 'Delete the first package' }, alice);
    expect(result.errors?.[0]?.extensions?.code).toBe('ASK_QUERY_REJECTED');
    const details = (result.errors?.[0]?.extensions as { details?: { rejected: { query: string; reasons: string[] }[] } }).details;
    expect(details?.rejected).toHaveLength(3);
    expect(details?.rejected[0]?.reasons).toEqual(['Only queries may run; this is a mutation']);
    const still = await app.gql<{ package: { id: string } | null }>(`query($id: ID!) { package(id: $id) { id } }`, { id: alicePackage.id }, alice);
    expect(still.data?.package?.id).toBe(alicePackage.id);
  });

  it('refuses an empty question without calling the model', async () => {
    const before = model.callCount;
    const result = await app.gql<Answer>(ASK, { q: '   ' }, alice);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(model.callCount).toBe(before);
  });
});

describe('ask without an LLM', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('says clearly that no LLM is configured', async () => {
    const result = await app.gql(ASK, { q: 'Which carriers had the most customs holds last week?' });
    expect(result.errors?.[0]?.extensions?.code).toBe('LLM_NOT_CONFIGURED');
    expect(result.errors?.[0]?.message).toMatch(/OPENAI_API_KEY or OLLAMA_BASE_URL/);
  });
});
