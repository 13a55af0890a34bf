import { z } from 'zod';

/** Settings of the investigations engine (read by its own process, or by the all-in-one gateway). */
export const investigationsEnv = z.object({
  /** How often detection re-checks moving packages for "nothing happened" anomalies. */
  CLEARPATH_SWEEP_SECONDS: z.coerce.number().positive().default(60),
  OPENAI_API_KEY: z.string().optional().transform((v) => v?.trim() || undefined),
  OLLAMA_BASE_URL: z.string().optional().transform((v) => v?.trim() || undefined).pipe(z.url().optional()),
  /** Worker threads solving delivery routes at once, and how many requests may wait for one. */
  CLEARPATH_ROUTING_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  CLEARPATH_ROUTING_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  /** Where ask runs the queries it writes (split mode); all-in-one uses its own gateway. */
  CLEARPATH_GATEWAY_URL: z.string().optional().transform((v) => v?.trim() || undefined).pipe(z.url().optional()),
  CLEARPATH_LLM_MODEL: z.string().optional().transform((v) => v?.trim() || undefined),
  /** Webhooks: the first retry waits this long, each next one twice as long, for CLEARPATH_WEBHOOK_RETRY_HOURS. */
  CLEARPATH_WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().positive().default(10),
  CLEARPATH_WEBHOOK_RETRY_HOURS: z.coerce.number().positive().default(24),
  /** Consecutive failed attempts (no success between) after which an endpoint is disabled. */
  CLEARPATH_WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).default(20),
  /** A receiver that has not answered within this many milliseconds counts as a failed attempt. */
  CLEARPATH_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Hosts or CIDRs webhooks may reach although private, loopback or link-local (SSRF guard). */
  CLEARPATH_WEBHOOK_ALLOWED_HOSTS: z.string().optional().transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
  /** eta.changed fires when a package's predicted delivery (p50) moves at least this far. */
  CLEARPATH_WEBHOOK_ETA_THRESHOLD_MINUTES: z.coerce.number().positive().default(60),
  /** E-mail notifications: SMTP_URL (smtp[s]://user:pass@host:port) or SMTP_HOST and friends; unset: no e-mail. */
  SMTP_URL: z.string().optional().transform((v) => v?.trim() || undefined),
  SMTP_HOST: z.string().optional().transform((v) => v?.trim() || undefined),
  SMTP_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_USER: z.string().optional().transform((v) => v?.trim() || undefined),
  SMTP_PASS: z.string().optional(),
  NOTIFY_FROM: z.string().default('ClearPath <notifications@clearpath.invalid>'),
});

export type InvestigationsEnv = z.output<typeof investigationsEnv>;
