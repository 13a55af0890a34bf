import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import type { InvestigationToolkit } from './investigation.toolkit.js';
import { INVESTIGATION_PLANS, type InvestigationKind } from './investigation.plan.js';
import { createInvestigationTools } from './investigation.tools.js';

export interface AgentOutcome {
  narrative: string;
  narrator: 'llm' | 'template';
}

type Observe = (name: string, output: string) => Promise<void>;

/** Without an LLM: run the kind's analyses in a fixed order, then the template narrative. */
export async function runDeterministicPlanner(toolkit: InvestigationToolkit, kind: InvestigationKind, observe: Observe): Promise<AgentOutcome> {
  const tools = new Map(createInvestigationTools(toolkit, observe).map((t) => [t.name, t]));
  for (const name of INVESTIGATION_PLANS[kind]) await tools.get(name)!.invoke({});
  return { narrative: toolkit.narrative(), narrator: 'template' };
}

const SYSTEM_PROMPT = `You are ClearPath's shipment investigator. Use the tools to gather evidence about one parcel
(timeline, anomaly findings, facility load, carrier performance, ETA, delivery risk, route alternatives), then call
classify_root_cause and recommend_actions. Do not invent facts: cite event ids, facility codes and numbers from
tool results. Finish with a short report for an operations team: what happened, the root cause with its
confidence, and the ranked actions.`;

/** With an LLM: a LangChain agent chooses which analyses to call and writes the narrative from their results. */
export async function runLlmAgent(
  model: BaseChatModel,
  toolkit: InvestigationToolkit,
  kind: InvestigationKind,
  observe: Observe,
): Promise<AgentOutcome> {
  const agent = createAgent({ model, tools: createInvestigationTools(toolkit, observe), systemPrompt: SYSTEM_PROMPT });
  const pkg = toolkit.pkg;
  const task = `Investigate ${kind.toLowerCase()} for package ${pkg.trackingNumber} (id ${pkg.id}, carrier ${pkg.carrier}, status ${pkg.status}).`;
  const result = await agent.invoke({ messages: [new HumanMessage(task)] }, { recursionLimit: 30 });
  const last = [...result.messages].reverse().find((m) => AIMessage.isInstance(m) && !(m.tool_calls?.length));
  const text = last ? (typeof last.content === 'string' ? last.content : JSON.stringify(last.content)) : '';
  if (!text.trim()) return { narrative: toolkit.narrative(), narrator: 'template' };
  return { narrative: text, narrator: 'llm' };
}
