/** Which analyses each kind of investigation runs, in order (the deterministic planner follows this). */
export const INVESTIGATION_PLANS = {
  ANOMALY: ['get_timeline', 'get_anomaly_findings', 'get_facility_load', 'get_carrier_performance', 'get_eta', 'get_route_alternatives', 'classify_root_cause', 'recommend_actions'],
  DELAY: ['get_timeline', 'get_eta', 'get_facility_load', 'get_carrier_performance', 'get_anomaly_findings', 'get_route_alternatives', 'classify_root_cause', 'recommend_actions'],
  ROUTE: ['get_timeline', 'get_eta', 'get_facility_load', 'get_route_alternatives', 'classify_root_cause', 'recommend_actions'],
  PREDICTION: ['get_timeline', 'get_eta', 'get_delivery_risk', 'get_anomaly_findings', 'classify_root_cause', 'recommend_actions'],
} as const;

export type InvestigationKind = keyof typeof INVESTIGATION_PLANS;

export function isInvestigationKind(value: string): value is InvestigationKind {
  return value in INVESTIGATION_PLANS;
}

export interface TraceStep {
  at: string;
  step: string;
  tool: string | null;
  summary: string;
}

/** A one-line, human-readable gist of a tool result for the trace and the progress feed. */
export function summarizeToolResult(name: string, output: string): string {
  const size = output.length > 200 ? `${output.slice(0, 200)}…` : output;
  return `${name} → ${size}`;
}
