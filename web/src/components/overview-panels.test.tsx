// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnomalyMatrix, BusiestFacilities, OnTimeTrend } from './overview-panels';

afterEach(cleanup);

const day = (d: number, delivered: number, promised: number, onTime: number) => ({
  day: new Date(Date.UTC(2026, 11, d)).toISOString(),
  delivered,
  promised,
  onTime,
  onTimeRate: promised ? onTime / promised : null,
});

describe('overview panels', () => {
  it('pivots anomaly counts into a type × severity table, busiest type first, each type linking to its filtered list', () => {
    render(
      <AnomalyMatrix
        counts={[
          { type: 'NO_SCAN', severity: 'HIGH', count: 2 },
          { type: 'LATE_RISK', severity: 'CRITICAL', count: 4 },
          { type: 'LATE_RISK', severity: 'LOW', count: 1 },
          { type: 'NO_SCAN', severity: 'LOW', count: 1 },
        ]}
      />,
    );
    const rows = within(screen.getByTestId('anomaly-matrix')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Late risk', '4', '·', '·', '1', '5'],
      ['No scan', '·', '2', '·', '1', '3'],
    ]);
    expect(screen.getByRole('link', { name: 'No scan' }).getAttribute('href')).toBe('#/anomalies?type=NO_SCAN');
  });

  it('says so when nothing is open, nothing was promised or nothing was scanned', () => {
    render(<AnomalyMatrix counts={[]} />);
    render(<OnTimeTrend days={[day(1, 3, 0, 0), day(2, 0, 0, 0)]} />);
    render(<BusiestFacilities facilities={[]} hours={24} />);
    expect(screen.getByText('No open anomalies.')).toBeTruthy();
    expect(screen.getByText('No deliveries with a promise in the last 2 days.')).toBeTruthy();
    expect(screen.getByText('No scans at a facility in the last 24 hours.')).toBeTruthy();
  });

  it('draws a bar per day with promised deliveries and sums the window in its label', () => {
    render(<OnTimeTrend days={[day(1, 10, 8, 6), day(2, 0, 0, 0), day(3, 5, 4, 4)]} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('83.3 % on time over 3 days (10 of 12 promised deliveries)');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.querySelectorAll('rect.below')).toHaveLength(1);
  });
});
