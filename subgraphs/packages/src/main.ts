/** Entry point: tracing first when configured (its instrumentations must see the service's modules load), then the service. */
import { startTracing } from '@clearpath/core/tracing';

await startTracing('packages');
await import('./service.js');
