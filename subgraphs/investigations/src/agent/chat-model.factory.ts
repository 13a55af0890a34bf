import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

export interface LlmConfig {
  openAiApiKey?: string | undefined;
  ollamaBaseUrl?: string | undefined;
  model?: string | undefined;
}

/** The configured chat model, or undefined: then the deterministic planner and template narrative run. */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel | undefined> {
  if (config.openAiApiKey) {
    const { ChatOpenAI } = await import('@langchain/openai');
    return new ChatOpenAI({ apiKey: config.openAiApiKey, model: config.model ?? 'gpt-4o-mini', temperature: 0 });
  }
  if (config.ollamaBaseUrl) {
    const { ChatOllama } = await import('@langchain/ollama');
    return new ChatOllama({ baseUrl: config.ollamaBaseUrl, model: config.model ?? 'llama3.1', temperature: 0 });
  }
  return undefined;
}
