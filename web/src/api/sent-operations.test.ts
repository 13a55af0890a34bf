import { describe, expect, it } from 'vitest';
import { Kind } from 'graphql';
import manifest from '../../../schema/__generated__/dashboard-operations.json?raw';
import { dashboardDocuments, sentOperationTexts } from './sent-operations';

describe('dashboard operations for the gateway to plan at start', () => {
  it('the committed manifest is what the client sends now (run `npm run codegen` when this fails)', async () => {
    expect(JSON.parse(manifest)).toEqual(await sentOperationTexts());
  });

  it('holds every query and mutation once, with the __typename the normalized cache adds', async () => {
    const texts = await sentOperationTexts();
    const names = dashboardDocuments().flatMap((d) => d.definitions.flatMap((o) => (o.kind === Kind.OPERATION_DEFINITION && o.name ? [o.name.value] : [])));
    expect(names.length).toBeGreaterThan(10);
    expect(texts).toHaveLength(names.length);
    for (const name of names) expect(texts.filter((t) => new RegExp(`^(query|mutation) ${name}\\b`).test(t))).toHaveLength(1);
    expect(texts.every((t) => t.includes('__typename'))).toBe(true);
    expect(texts.some((t) => t.startsWith('subscription'))).toBe(false);
  });
});
