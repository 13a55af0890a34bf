import { createRequire, syncBuiltinESMExports } from 'node:module';
import { context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { setLogContext } from '../logger.js';
import { beforeSignalExit } from './shutdown.js';

/** Probes and scrapes would be most of the traces and say nothing. */
const UNTRACED = /^\/(health|metrics)(\/|$|\?)/;

/**
 * The tracing SDK proper, loaded only when an endpoint is set (tracing.ts): spans batched to the OTLP/HTTP
 * endpoint from the standard OTEL_* variables, W3C trace context in and out of every HTTP request (so the
 * gateway's subgraph fetches continue its trace), spans for incoming and outgoing HTTP, PostgreSQL queries
 * and GraphQL parse/validate/execute; Apollo Gateway adds its own plan and fetch spans through the global
 * provider. Log lines written inside a span carry its trace_id and span_id.
 */
export function startTracingSdk(serviceName: string): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The global provider, AsyncLocalStorage context and the W3C trace-context propagator.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED.test(request.url ?? '') }),
      new PgInstrumentation(),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true }),
    ],
  });
  // pg and graphql load as CommonJS (also under our ESM imports), so the instrumentations' require hook sees
  // them. node:http is patched on its CommonJS exports; requiring it now and syncing makes ESM named imports
  // (`import { request } from 'node:http'`, as the gateway's subgraph fetcher does) see the patched functions.
  const require = createRequire(import.meta.url);
  require('node:http');
  require('node:https');
  syncBuiltinESMExports();
  setLogContext((): Record<string, string> => {
    const span = trace.getSpan(context.active())?.spanContext();
    return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
  });
  // Spans still batched when the process exits go out first.
  beforeSignalExit(() => provider.shutdown());
  process.once('beforeExit', () => void provider.shutdown());
}
