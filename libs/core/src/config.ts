import { z } from 'zod';
import { apiKeyProblem } from './auth/api-key.format.js';

/**
 * Each service composes its own environment schema from these fragments and parses it once at start;
 * nothing else reads process.env (lint enforces it).
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

export const databaseEnv = z.object({
  DATABASE_URL: optionalString,
  CLEARPATH_DATA_DIR: z.string().default('./data'),
  /** A streaming replica of DATABASE_URL for reads; unset: every read on the primary. */
  DATABASE_READ_URL: optionalString,
  /** An organization's reads stay on the primary this long after each of its writes (read your writes). */
  DATABASE_READ_STICKY_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  /**
   * How long a pooled PostgreSQL connection may sit idle before it is closed; 0 keeps connections open. A new
   * backend pays a page fault per shared buffer it first touches, so its first search or stats read costs
   * 10-100x a warm one: pg's own 10 s default reopened them after every lull.
   */
  DATABASE_POOL_IDLE_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  /** Months of tracking events kept (whole months past it are dropped); unset: every event is kept. */
  TRACKING_EVENTS_RETENTION_MONTHS: optionalString.pipe(z.union([z.undefined(), z.coerce.number<string>().int().min(1).max(1200)])),
});

export const redisEnv = z.object({ REDIS_URL: optionalString });

export const authEnv = z.object({
  CLERK_JWT_KEY: optionalString,
  CLERK_SECRET_KEY: optionalString,
  CLERK_AUTHORIZED_PARTIES: optionalString.transform((v) =>
    v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
  ),
  // Checked here with the authenticator's own rule: a key that starts the service is a key requests can use.
  CLEARPATH_API_KEY: optionalString.superRefine((value, ctx) => {
    const problem = value === undefined ? undefined : apiKeyProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `CLEARPATH_API_KEY ${problem}` });
  }),
});

export const serverEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Address to listen on; unset: every interface. Replicas on one machine can share a port on distinct addresses. */
  HOST: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** On SIGTERM, how long in-flight work may take before the process exits anyway (Docker kills at 10 s). */
  CLEARPATH_SHUTDOWN_SECONDS: z.coerce.number().min(0).max(3600).default(8),
  /** Bearer token /metrics asks for; unset: /metrics answers loopback and private addresses only. */
  CLEARPATH_METRICS_TOKEN: optionalString,
});

/**
 * OpenTelemetry's standard variables that decide whether tracing starts at all (the SDK reads the rest, such
 * as OTEL_EXPORTER_OTLP_HEADERS, itself). Read before anything else loads, by runtime/tracing.ts.
 */
export const telemetryEnv = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalString,
  OTEL_SERVICE_NAME: optionalString,
  OTEL_SDK_DISABLED: z.enum(['true', 'false', '']).optional(),
});

export class ConfigError extends Error {}

/** Parses defaults < environment < overrides against a schema and reports every problem at once. */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  defaults: Record<string, string> = {},
  overrides: Record<string, string | undefined> = {},
): z.output<S> {
  const result = schema.safeParse({ ...defaults, ...process.env, ...overrides });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** What every ClearPath process reads: server, database, Redis and auth settings. */
export const runtimeEnv = serverEnv.extend(databaseEnv.shape).extend(redisEnv.shape).extend(authEnv.shape);
export type RuntimeEnv = z.output<typeof runtimeEnv>;
