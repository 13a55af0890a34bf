import { parseEnv, runtimeEnv } from '@clearpath/core';
import { investigationsEnv } from '@clearpath/investigations';
import { z } from 'zod';

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined))
  .pipe(z.url().optional());

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

/** Comma-separated origins (scheme://host[:port]); each must be exactly an origin, no path. */
const originList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean))
  .superRefine((origins, ctx) => {
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (parsed?.origin !== origin.replace(/\/$/, '')) {
        ctx.addIssue({ code: 'custom', message: `CLEARPATH_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin like https://app.example.com` });
      }
    }
  })
  .transform((origins) => origins.map((origin) => origin.replace(/\/$/, '')));

export const gatewayEnv = runtimeEnv.extend(investigationsEnv.shape).extend({
  SUBGRAPH_PACKAGES_URL: optionalUrl,
  SUBGRAPH_INVESTIGATIONS_URL: optionalUrl,
  SUBGRAPH_REALTIME_URL: optionalUrl,
  /** Introspection powers GraphiQL; turn it off for locked-down deployments. */
  CLEARPATH_INTROSPECTION: flag(true),
  /** Seed a demo network and run a live event simulator for the default organization on first start. */
  CLEARPATH_DEMO: flag(true),
  /** Demo live feed: how often a batch is ingested, and how many new shipments arrive per hour (each then scans along its journey). */
  DEMO_FEED_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(1_000),
  DEMO_FEED_PACKAGES_PER_HOUR: z.coerce.number().min(0).max(100_000).default(1_000),
  CLEARPATH_DEFAULT_ORG: z.string().default('org_default'),
  /** The dashboard signs in with Clerk when set (served to it by /dashboard-config.json); unset: API-key sign-in. */
  CLERK_PUBLISHABLE_KEY: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .pipe(z.string().regex(/^pk_(test|live)_[A-Za-z0-9+/=_-]+$/, 'CLERK_PUBLISHABLE_KEY: not a Clerk publishable key (pk_test_… or pk_live_…)').optional()),
  /**
   * Gateway processes sharing PORT (node:cluster workers, each a whole gateway): WebSocket fan-out and HTTP
   * spread over that many cores. Above 1 it needs DATABASE_URL and REDIS_URL.
   */
  CLEARPATH_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Browser origins allowed to call the API with credentials (CORS); empty: same-origin only. */
  CLEARPATH_CORS_ORIGINS: originList,
});

export type GatewayEnv = z.output<typeof gatewayEnv>;

export function loadGatewayEnv(overrides: Record<string, string | undefined> = {}): GatewayEnv {
  return parseEnv(gatewayEnv, { PORT: '4000' }, overrides);
}
