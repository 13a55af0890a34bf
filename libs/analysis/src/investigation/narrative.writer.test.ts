import { describe, expect, it } from 'vitest';
import { recommendActions } from './action.recommender.js';
import { evidenceOf, scenarios, type Scenario } from '../testing/investigation-scenarios.fixture.js';
import { writeNarrative } from './narrative.writer.js';
import { classifyRootCause } from './root-cause.classifier.js';

function narrate(scenario: Scenario): string {
  const evidence = evidenceOf(scenario);
  const rootCause = classifyRootCause(evidence);
  return writeNarrative(evidence, rootCause, recommendActions(rootCause, evidence));
}

describe('writeNarrative', () => {
  it('cites the root cause rule, findings, event ids and statistics', () => {
    const text = narrate(scenarios.congestion());
    expect(text).toContain('# Investigation: TRK-held-1 (package held-1)');
    expect(text).toContain('Facility congestion (confidence');
    expect(text).toContain('rule congestion.systemic-finding');
    expect(text).toContain('FACILITY_CONGESTION:HUB-LEJ');
    expect(text).toContain('Affected packages (6): held-1, held-2');
    expect(text).toMatch(/EXCESSIVE_DWELL \(key EXCESSIVE_DWELL:HUB-LEJ:held-1-e6/);
    expect(text).toMatch(/thresholdHours=\d/);
    expect(text).toContain('{held-1-e6}');
    expect(text).toContain('packages held there now');
    expect(text).toMatch(/## Recommended actions\n1\. /);
  });

  it('names exception codes and the carrier', () => {
    const text = narrate(scenarios.customs());
    expect(text).toContain('Exception CUSTOMS (CUSTOMS_HOLD)');
    expect(text).toContain('Carrier ACME');
  });

  it('says plainly when nothing was found', () => {
    const text = narrate(scenarios.normal());
    expect(text).toContain('No root cause found');
    expect(text).toContain('- No open anomalies.');
  });

  it('is deterministic', () => {
    expect(narrate(scenarios.loss())).toBe(narrate(scenarios.loss()));
  });
});
