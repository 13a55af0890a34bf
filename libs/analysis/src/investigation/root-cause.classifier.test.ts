import { describe, expect, it } from 'vitest';
import { evidenceOf, scenarios } from '../testing/investigation-scenarios.fixture.js';
import { recommendActions } from './action.recommender.js';
import { classifyRootCause } from './root-cause.classifier.js';

describe('classifyRootCause', () => {
  it('finds nothing on a normal journey', () => {
    const result = classifyRootCause(evidenceOf(scenarios.normal()));
    expect(result).toMatchObject({ rootCause: 'NONE_FOUND', rule: 'none.no-signal', firedRules: [] });
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('blames facility congestion when the package is one of many stalled at its facility', () => {
    const result = classifyRootCause(evidenceOf(scenarios.congestion()));
    expect(result).toMatchObject({ rootCause: 'FACILITY_CONGESTION', rule: 'congestion.systemic-finding' });
    expect(result.explanation).toContain('6 packages stalled');
  });

  it('calls a move away from the destination a misroute', () => {
    const result = classifyRootCause(evidenceOf(scenarios.misroute()));
    expect(result).toMatchObject({ rootCause: 'MISSORT_MISROUTE', rule: 'misroute.finding' });
    expect(result.firedRules.find((r) => r.rule === 'misroute.finding')?.eventIds).toEqual(['mis-e7', 'mis-e8']);
  });

  it('prefers data quality when the misroute scan is also an impossible jump', () => {
    const result = classifyRootCause(evidenceOf(scenarios.misrouteFromBadScan()));
    expect(result.rootCause).toBe('DATA_QUALITY');
    expect(result.scores.MISSORT_MISROUTE).toBeGreaterThan(0);
    // Close competition lowers the confidence.
    expect(result.confidence).toBeLessThan(result.scores.DATA_QUALITY);
  });

  it('classifies carrier exceptions, customs and address problems by exception subtype', () => {
    expect(classifyRootCause(evidenceOf(scenarios.damaged()))).toMatchObject({ rootCause: 'CARRIER_EXCEPTION', rule: 'exception.carrier' });
    expect(classifyRootCause(evidenceOf(scenarios.customs()))).toMatchObject({ rootCause: 'CUSTOMS', rule: 'exception.customs' });
    const address = classifyRootCause(evidenceOf(scenarios.address()));
    expect(address).toMatchObject({ rootCause: 'ADDRESS_PROBLEM', rule: 'exception.address' });
    expect(address.firedRules.map((r) => r.rule)).toContain('attempts.address');
  });

  it('reads the reason from the words: a failed attempt at an incorrect address is an address problem, not a misroute', () => {
    const result = classifyRootCause(evidenceOf(scenarios.addressInWords()));
    expect(result).toMatchObject({ rootCause: 'ADDRESS_PROBLEM', rule: 'exception.address' });
    expect(result.scores.MISSORT_MISROUTE).toBe(0);
    expect(result.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('calls a hold under an unknown code described as held by customs a customs cause, not a generic exception', () => {
    const result = classifyRootCause(evidenceOf(scenarios.customsUnknownCode()));
    expect(result).toMatchObject({ rootCause: 'CUSTOMS', rule: 'exception.customs' });
    expect(result.scores.CARRIER_EXCEPTION).toBe(0);
  });

  it('calls two attempts that found nobody in a recipient who is unavailable, and suggests a pickup point', () => {
    const evidence = evidenceOf(scenarios.recipientOutTwice());
    const result = classifyRootCause(evidence);
    expect(result).toMatchObject({ rootCause: 'RECIPIENT_UNAVAILABLE', rule: 'attempts.recipient-unavailable' });
    expect(result.scores.ADDRESS_PROBLEM).toBe(0);
    expect(recommendActions(result, evidence)[0]?.type).toBe('OFFER_PICKUP_POINT');
  });

  it('calls a very long silence a probable loss', () => {
    const result = classifyRootCause(evidenceOf(scenarios.loss()));
    expect(result).toMatchObject({ rootCause: 'PROBABLE_LOSS', rule: 'silence.very-long' });
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('calls impossible travel a data-quality problem', () => {
    expect(classifyRootCause(evidenceOf(scenarios.impossibleTravel()))).toMatchObject({
      rootCause: 'DATA_QUALITY',
      rule: 'data.impossible-travel',
    });
  });

  it('is deterministic', () => {
    const evidence = evidenceOf(scenarios.loss());
    expect(classifyRootCause(evidence)).toEqual(classifyRootCause(structuredClone(evidence)));
  });
});
