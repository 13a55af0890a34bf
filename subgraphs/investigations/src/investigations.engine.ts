import type { Bus, Db, Logger } from '@clearpath/core';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createChatModel } from './agent/chat-model.factory.js';
import { AskService } from './ask/ask.service.js';
import type { InvestigationsDeps } from './context.js';
import { startDetectionConsumer, type DetectionConsumer } from './detection/detection.consumer.js';
import type { InvestigationsEnv } from './environment.js';
import { startInvestigationWorker, type InvestigationWorker } from './investigations/investigation.worker.js';
import { startWebhookRuntime, type WebhookRuntime } from './webhooks/webhook.runtime.js';
import { NetworkModelCache } from './network/network-model.cache.js';
import { createSolverPool } from './routing/solver-pool.js';
import { registerEngineMetrics } from './engine.metrics.js';

export interface InvestigationsEngine {
  deps: InvestigationsDeps;
  detection: DetectionConsumer;
  worker: InvestigationWorker;
  /** Webhooks and notifications: the package feed and the outbox dispatcher. */
  webhooks: WebhookRuntime;
  /** Stops following the log and working the queue; an investigation still running at `deadline` (epoch ms) goes back to the queue. */
  stop(deadline?: number): Promise<void>;
}

/**
 * The background half of the subgraph: the detection consumer following the event log, the periodic sweep,
 * the investigation worker, and the outgoing integrations (webhook package feed, outbox dispatcher). Each
 * replica runs one; offsets and SKIP LOCKED let replicas share the work.
 */
export interface InvestigationsEngineOptions {
  db: Db;
  bus: Bus;
  logger: Logger;
  env: InvestigationsEnv;
  /** A chat model to use instead of the configured one (tests drive LangChain's fake model). */
  chatModel?: BaseChatModel;
}

export async function startInvestigationsEngine(options: InvestigationsEngineOptions): Promise<InvestigationsEngine> {
  const models = new NetworkModelCache(options.db);
  const chatModel =
    options.chatModel ?? (await createChatModel({ openAiApiKey: options.env.OPENAI_API_KEY, ollamaBaseUrl: options.env.OLLAMA_BASE_URL, model: options.env.CLEARPATH_LLM_MODEL }));
  const webhooks = await startWebhookRuntime(options);
  const outbox = webhooks.outbox;
  const worker = await startInvestigationWorker({ db: options.db, bus: options.bus, models, logger: options.logger, chatModel, outbox });
  const detection = await startDetectionConsumer({ db: options.db, bus: options.bus, models, notifyWorker: worker.notify, logger: options.logger, outbox }, { logger: options.logger, sweepSeconds: options.env.CLEARPATH_SWEEP_SECONDS });
  const unregisterMetrics = registerEngineMetrics(options.db);
  const solver = createSolverPool({ workers: options.env.CLEARPATH_ROUTING_WORKERS, queue: options.env.CLEARPATH_ROUTING_QUEUE });
  const engine: InvestigationsEngine = {
    deps: { db: options.db, bus: options.bus, models, solver, notifyWorker: worker.notify, outbox, webhooks, ask: new AskService(chatModel, options.env.CLEARPATH_GATEWAY_URL) },
    detection,
    worker,
    webhooks,
    async stop(deadline) {
      unregisterMetrics();
      await engine.detection.stop();
      await engine.worker.stop(deadline);
      await webhooks.stop();
      await solver.close();
    },
  };
  return engine;
}
