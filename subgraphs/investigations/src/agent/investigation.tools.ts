import { tool } from 'langchain';
import { z } from 'zod';
import type { InvestigationToolkit } from './investigation.toolkit.js';

const noInput = z.object({});

/**
 * The toolkit's analyses as LangChain tools; each returns compact JSON the model (or the trace) can cite.
 * `observe` sees every call, whoever makes it, so the trace and progress feed are the same for both planners.
 */
export function createInvestigationTools(toolkit: InvestigationToolkit, observe: (name: string, output: string) => Promise<void> = async () => {}) {
  const json = (value: unknown) => JSON.stringify(value);
  const tools = [
    tool(async () => json(toolkit.timeline()), {
      name: 'get_timeline',
      description: "The package scans in time order with each scan's reason (ADDRESS, RECIPIENT_UNAVAILABLE, CUSTOMS, WEATHER, ... from its code or words), gaps and dwell per facility, and the longest silence.",
      schema: noInput,
    }),
    tool(async () => json(toolkit.findings()), {
      name: 'get_anomaly_findings',
      description: 'Anomalies that hold for the package now (no scan, dwell, misroute, impossible travel, late risk, failed attempts with their reason, carrier exceptions by reason) with their evidence.',
      schema: noInput,
    }),
    tool(async () => json({ currentFacility: toolkit.evidence().currentFacility, congestion: toolkit.evidence().congestion, congestedFacilities: toolkit.congestedFacilities() }), {
      name: 'get_facility_load',
      description: 'How many packages the current facility holds now against its normal load, its turnaround statistics, and congested facilities in the network (systemic or isolated?).',
      schema: noInput,
    }),
    tool(async () => json(toolkit.evidence().carrierPerformance), {
      name: 'get_carrier_performance',
      description: "The carrier's recent on-time and exception rates against the network's.",
      schema: noInput,
    }),
    tool(async () => json(toolkit.eta()), {
      name: 'get_eta',
      description: 'Predicted delivery (p50, p90), on-time probability and the remaining path.',
      schema: noInput,
    }),
    tool(async () => json(toolkit.deliveryRisk()), {
      name: 'get_delivery_risk',
      description: 'How likely the package is to miss its promise (from the ETA distribution), the ETA band, and which stage ahead is slow and why.',
      schema: noInput,
    }),
    tool(async () => json(toolkit.routes()), {
      name: 'get_route_alternatives',
      description: 'Up to three alternative paths from the current facility, ranked by expected arrival, avoiding congested facilities.',
      schema: noInput,
    }),
    tool(async () => json(toolkit.rootCause()), {
      name: 'classify_root_cause',
      description: 'The deterministic root-cause classification over all the evidence, with the rule that decided it.',
      schema: noInput,
    }),
    tool(async () => json(toolkit.actions()), {
      name: 'recommend_actions',
      description: 'Ranked recommended actions (reroute, contact carrier, notify recipient with the new ETA, file a claim, verify address, offer a pickup point, wait).',
      schema: noInput,
    }),
  ];
  return tools.map((t) => {
    const invoke = t.func;
    t.func = async (input, runManager, config) => {
      const output = (await invoke(input, runManager, config)) as string;
      await observe(t.name, output);
      return output;
    };
    return t;
  });
}
