import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { GraphQLSchema } from 'graphql';
import { checkQuery } from './query-guard.js';

export const MAX_ATTEMPTS = 3;

export interface WrittenQuery {
  query: string;
  attempts: number;
}

export interface RejectedQuery {
  query: string;
  reasons: string[];
}

const instructions = (sdl: string, now: Date) => `You answer questions about parcel shipments by writing ONE GraphQL query for the ClearPath API.
Rules:
- Use only the types, fields and arguments of the schema below; write values inline (no variables).
- A query only: never a mutation or subscription. Keep pages small (first: 50 at most) and select only the fields the answer needs.
- Dates are ISO-8601 DateTime strings; the time now is ${now.toISOString()}.
- Reply with the query alone in a \`\`\`graphql code block.

Schema:
${sdl}`;

/** The query in the reply: the first fenced block, else the whole text. */
export function extractQuery(reply: string): string {
  const fenced = /```(?:graphql|gql)?\s*\n?([\s\S]*?)```/i.exec(reply);
  return (fenced?.[1] ?? reply).trim();
}

const textOf = (message: BaseMessage): string => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? String(part.text) : '')).join(''));

/**
 * Asks the model for a query and checks it; a rejected query goes back to the model with the reasons, up to
 * MAX_ATTEMPTS times. Nothing here runs a query: the caller runs only what this returns.
 */
export async function writeQuery(
  model: BaseChatModel,
  schema: { schema: GraphQLSchema; sdl: string },
  question: string,
  now: Date,
): Promise<WrittenQuery | { rejected: RejectedQuery[] }> {
  const messages: BaseMessage[] = [new SystemMessage(instructions(schema.sdl, now)), new HumanMessage(question)];
  const rejected: RejectedQuery[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const reply = await model.invoke(messages);
    const query = extractQuery(textOf(reply));
    const verdict = checkQuery(schema.schema, query);
    if (verdict.ok) return { query, attempts: attempt };
    rejected.push({ query, reasons: verdict.reasons });
    messages.push(new AIMessage(textOf(reply)), new HumanMessage(`That query was rejected:\n- ${verdict.reasons.join('\n- ')}\nWrite a corrected query.`));
  }
  return { rejected };
}
