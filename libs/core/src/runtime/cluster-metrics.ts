import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { metricsRegistry } from './metrics.js';

/**
 * /metrics under node:cluster workers sharing one port. A scraper's connection lands on whichever worker
 * takes it, so one worker's registry would make every counter jump between workers' values from scrape to
 * scrape. Instead the worker asks the primary, which collects every worker's registry over IPC (prom-client's
 * AggregatorRegistry: counters and histograms summed, per-process gauges as prom-client aggregates them).
 * Only workers that joined (joinClusterMetrics) ask: under another process manager's cluster nobody would answer.
 */

const REQUEST = 'clearpath:metrics-request';
const RESPONSE = 'clearpath:metrics-response';
/** prom-client gives up on a worker after 5 s; this leaves room for that answer to arrive. */
const ANSWER_TIMEOUT_MS = 6_000;

interface Request {
  type: typeof REQUEST;
  id: number;
}
interface Response {
  type: typeof RESPONSE;
  id: number;
  text?: string;
  error?: string;
}

const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

let aggregated = false;

/** In a worker whose primary runs serveClusterMetrics: hand this registry to it, and serve the sum of all. */
export function joinClusterMetrics(): void {
  if (!cluster.isWorker || aggregated) return;
  aggregated = true;
  AggregatorRegistry.setRegistries([metricsRegistry]);
  // Constructing one registers prom-client's listener that hands this worker's metrics to the primary.
  new AggregatorRegistry();
}

/** In the primary: answers each worker's request with every worker's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<Request>(message, REQUEST)) return;
    const answer = (response: Omit<Response, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: RESPONSE, id: message.id, ...response });
    };
    aggregator.clusterMetrics().then(
      (text) => answer({ text }),
      (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

let nextId = 0;
const waiting = new Map<number, (response: Response) => void>();
let listening = false;

function askPrimary(): Promise<string> {
  if (!listening) {
    listening = true;
    process.on('message', (message: unknown) => {
      if (isMessage<Response>(message, RESPONSE)) waiting.get(message.id)?.(message);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('the cluster primary did not answer for the workers’ metrics'));
    }, ANSWER_TIMEOUT_MS);
    waiting.set(id, (response) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (response.text !== undefined) resolve(response.text);
      else reject(new Error(response.error ?? 'no metrics'));
    });
    process.send!({ type: REQUEST, id } satisfies Request);
  });
}

/** What /metrics serves: this process's registry, or every worker's when run as a cluster worker. */
export const metricsText = (): Promise<string> => (aggregated ? askPrimary() : metricsRegistry.metrics());
