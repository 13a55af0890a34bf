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
  CLEARPATH_LLM_MODEL: z.string().optional().transform((v) => v?.trim() || undefined),
});

export type InvestigationsEnv = z.output<typeof investigationsEnv>;
