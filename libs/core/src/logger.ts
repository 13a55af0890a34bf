import { pino, type Logger } from 'pino';

export type { Logger };

/** Fields from the active trace for each log line; set by tracing when it runs (runtime/tracing-sdk.ts). */
let logContext: (() => Record<string, string>) | undefined;

export function setLogContext(fields: () => Record<string, string>): void {
  logContext = fields;
}

export function createLogger(name: string, level = 'info'): Logger {
  // Without tracing no mixin at all: nothing runs per line.
  return pino({ name, level, base: { service: name }, ...(logContext ? { mixin: logContext } : {}) });
}
