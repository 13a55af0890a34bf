import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { describe, expect, it } from 'vitest';
import { publicSchema } from './public-schema.js';
import { extractQuery, MAX_ATTEMPTS, writeQuery } from './query-writer.js';

const NOW = new Date('2026-12-03T12:00:00Z');
const reply = (query: string) => new AIMessage(`Here it is:\n\`\`\`graphql\n${query}\n\`\`\``);
const GOOD = '{ packages(first: 5, filter: { status: EXCEPTION }) { totalCount edges { node { trackingNumber carrier } } } }';

describe('writeQuery (LangChain fake model, the real public schema and limits)', () => {
  it('accepts a query the schema and limits accept, on the first attempt', async () => {
    const model = fakeModel().respond(reply(GOOD));
    expect(await writeQuery(model, publicSchema(), 'Which packages are in exception?', NOW)).toEqual({ query: GOOD, attempts: 1 });
    const prompt = model.calls[0]!.messages.map((m) => String(m.content)).join('\n');
    expect(prompt).toContain('type Package'); // the model is shown the public schema
    expect(prompt).toContain(NOW.toISOString());
  });

  it('sends a rejected query back with the reasons and takes the corrected one', async () => {
    const model = fakeModel().respond(reply('{ packages(first: 5) { edges { node { colour } } } }')).respond(reply(GOOD));
    expect(await writeQuery(model, publicSchema(), 'q', NOW)).toEqual({ query: GOOD, attempts: 2 });
    const feedback = model.calls[1]!.messages.at(-1)!;
    expect(String(feedback.content)).toMatch(/Cannot query field "colour" on type "Package"/);
  });

  it.each([
    ['a mutation', 'mutation { deletePackage(id: "x") { id } }', /Only queries may run; this is a mutation/],
    ['a subscription', 'subscription { packageUpdated(id: "x") { id } }', /Only queries may run/],
    ['two operations', '{ packages { totalCount } } query B { packageStats { total } }', /exactly one operation/],
    ['variables', 'query($id: ID!) { package(id: $id) { id } }', /no.*declare variables|may not declare variables/],
    ['ask itself', '{ ask(question: "again") { query } }', /may not call ask/],
    ['introspection', '{ __schema { types { name } } }', /may not introspect/],
    ['a field the schema lacks', '{ parcels { id } }', /Cannot query field "parcels"/],
    ['a syntax error', '{ packages( ', /Syntax Error/],
    ['over the depth limit', `{ packages { edges { node { ${'anomalies { package { '.repeat(6)}id${' } }'.repeat(6)} } } } }`, /depth .* exceeds the limit of 12/],
  ])('never accepts %s', async (_what, query, reason) => {
    const model = fakeModel();
    for (let i = 0; i < MAX_ATTEMPTS; i++) model.respond(reply(query));
    const result = await writeQuery(model, publicSchema(), 'q', NOW);
    expect('rejected' in result && result.rejected).toHaveLength(MAX_ATTEMPTS);
    expect('rejected' in result && result.rejected[0]!.reasons.join('\n')).toMatch(reason);
  });

  it('reads the query from a fenced block or bare text', () => {
    expect(extractQuery('```gql\n{ a }\n```')).toBe('{ a }');
    expect(extractQuery('  { a }  ')).toBe('{ a }');
  });
});
