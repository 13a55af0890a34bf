import { AppError, badInput } from '@clearpath/core';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { publicSchema } from './public-schema.js';
import { writeQuery } from './query-writer.js';

const MAX_QUESTION_LENGTH = 500;
const GATEWAY_TIMEOUT_MS = 30_000;

export interface AskAnswer {
  question: string;
  query: string;
  data: unknown;
  errors: { message: string; code: string | null }[];
  attempts: number;
  graphiqlPath: string;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Questions in plain words: the model writes a query, the guard checks it, and the gateway runs it with the
 * caller's own credential, so the answer holds exactly what the caller could have queried themselves.
 */
export class AskService {
  private gatewayUrl: string | undefined;

  constructor(
    private readonly model: BaseChatModel | undefined,
    gatewayUrl?: string,
  ) {
    this.gatewayUrl = gatewayUrl;
  }

  /** All-in-one: the gateway of this process, known once it listens (a configured URL wins). */
  useGateway(url: string): void {
    this.gatewayUrl ??= url;
  }

  async ask(question: string, credential: string, now = new Date()): Promise<AskAnswer> {
    const text = question.trim();
    if (!text) throw badInput('question must not be empty');
    if (text.length > MAX_QUESTION_LENGTH) throw badInput(`question must be at most ${MAX_QUESTION_LENGTH} characters`);
    if (!this.model) {
      throw new AppError(
        'LLM_NOT_CONFIGURED',
        'ask needs an LLM and none is configured: set OPENAI_API_KEY or OLLAMA_BASE_URL on the investigations service, or write the query yourself in GraphiQL (/graphiql)',
      );
    }
    if (!this.gatewayUrl) throw new AppError('SERVICE_UNAVAILABLE', 'ask cannot run queries: set CLEARPATH_GATEWAY_URL on the investigations service');
    const written = await writeQuery(this.model, publicSchema(), text, now);
    if ('rejected' in written) {
      throw new AppError('ASK_QUERY_REJECTED', `The model wrote no query the schema and limits accept in ${written.rejected.length} attempts; nothing was run`, {
        rejected: written.rejected,
      });
    }
    const result = await this.run(written.query, credential);
    return {
      question: text,
      query: written.query,
      data: result.data ?? null,
      errors: (result.errors ?? []).map((e) => ({ message: e.message, code: typeof e.extensions?.code === 'string' ? e.extensions.code : null })),
      attempts: written.attempts,
      graphiqlPath: `/graphiql?query=${encodeURIComponent(written.query)}`,
    };
  }

  /** Through the gateway, as the caller: its authentication, tenancy, limits and rate limits apply. */
  private async run(query: string, credential: string): Promise<GraphQLResponse> {
    const response = await fetch(this.gatewayUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    }).catch((error: unknown) => {
      throw new AppError('SERVICE_UNAVAILABLE', `ask could not reach the gateway: ${String(error)}`);
    });
    if (response.status === 401) throw new AppError('UNAUTHENTICATED', 'The gateway refused the caller’s credentials');
    const body = (await response.json().catch(() => undefined)) as GraphQLResponse | undefined;
    if (!body || response.status >= 500) throw new AppError('SERVICE_UNAVAILABLE', `The gateway answered ${response.status} to the written query`);
    return body;
  }
}
