import { parseEnv, telemetryEnv } from '../config.js';

let started = false;

/** Whether this process traces (the gateway then keeps Apollo Gateway's own spans on every request). */
export function tracingStarted(): boolean {
  return started;
}

/**
 * Starts OpenTelemetry tracing when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), before the service's own modules load, so the instrumentations see
 * http, pg and graphql being imported. Without an endpoint nothing of the SDK is even loaded. Each entry
 * point (main.ts) calls this first and imports the service after it.
 */
export async function startTracing(service: string): Promise<void> {
  const env = parseEnv(telemetryEnv);
  if (env.OTEL_SDK_DISABLED === 'true' || !(env.OTEL_EXPORTER_OTLP_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)) return;
  const { startTracingSdk } = await import('./tracing-sdk.js');
  startTracingSdk(env.OTEL_SERVICE_NAME ?? `clearpath-${service}`);
  started = true;
}
