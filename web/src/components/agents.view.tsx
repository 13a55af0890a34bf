import { useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardAgentsQuery, DashboardAgentActivitySubscription } from '../__generated__/graphql';
import { useLiveQuery } from '../live/live-updates';
import { formatDateTime, formatElapsed, formatRelative, humanize, localizeTimes } from './display-format';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

graphql(`
  fragment DashboardAgentRun on Investigation {
    id
    kind
    state
    error
    createdAt
    startedAt
    completedAt
    rootCause {
      cause
      confidence
    }
    trace {
      at
      step
      tool
      summary
    }
    package {
      id
      trackingNumber
    }
  }
`);

const AgentsQuery = graphql(`
  query DashboardAgents {
    active: recentInvestigations(filter: { state: [QUEUED, RUNNING] }, first: 50) {
      ...DashboardAgentRun
    }
    history: recentInvestigations(first: 50) {
      ...DashboardAgentRun
    }
    failures: recentInvestigations(filter: { state: [FAILED] }, first: 20) {
      ...DashboardAgentRun
    }
  }
`);

const ActivityFeed = graphql(`
  subscription DashboardAgentActivity {
    investigationProgress {
      key
      investigationId
      state
      step
      at
      package {
        id
        trackingNumber
      }
    }
  }
`);

type Run = DashboardAgentsQuery['history'][number];
type Progress = DashboardAgentActivitySubscription['investigationProgress'];
/** Enough of the stream to read what just happened; the history table holds the rest. */
const FEED_LENGTH = 40;

/** Wall-clock time of a run: started (or created) to completed, or to now while it runs. */
export function runDuration(run: Pick<Run, 'createdAt' | 'startedAt' | 'completedAt'>, now: number): number | null {
  const start = Date.parse(run.startedAt ?? run.createdAt);
  const end = run.completedAt ? Date.parse(run.completedAt) : now;
  return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start);
}

/** Each trace step with how long it took: until the next step, or until now/completion for the last one. */
export function stepDurations(run: Pick<Run, 'trace' | 'completedAt'>, now: number): { step: Run['trace'][number]; ms: number }[] {
  return run.trace.map((step, i) => {
    const next = run.trace[i + 1]?.at ?? run.completedAt;
    const end = next ? Date.parse(next) : now;
    return { step, ms: Math.max(0, end - Date.parse(step.at)) };
  });
}

const toolsOf = (run: Pick<Run, 'trace'>) => [...new Set(run.trace.map((s) => s.tool).filter((t): t is string => Boolean(t)))];

/** Re-renders every second while something runs, so running durations tick. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** The investigation agents at work: what runs now (steps, tools, durations), the live stream, history, failures. */
export function AgentsView() {
  const [{ data, error, fetching }, reexecute] = useLiveQuery({ query: AgentsQuery });
  const [feed] = useSubscription({ query: ActivityFeed }, (previous: Progress[] = [], message) => [message.investigationProgress, ...previous].slice(0, FEED_LENGTH));
  const latest = feed.data?.[0]?.key;
  // Every step changes a run's trace or state: fetch the lists again (the cache keeps the screen steady meanwhile).
  useEffect(() => {
    if (latest) reexecute({ requestPolicy: 'network-only' });
  }, [latest, reexecute]);
  // The clock ticks only while something runs; a render for new data must not show times from the last tick.
  const now = Math.max(useNow((data?.active.length ?? 0) > 0), Date.now());

  if (!data) return <QueryFeedback error={error} loading={fetching} />;
  const completed = data.history.filter((r) => r.state === 'COMPLETED');
  const durations = completed.map((r) => runDuration(r, now)).filter((d): d is number => d !== null);
  const mean = durations.length ? durations.reduce((a, b) => a + b, 0) / durations.length : null;
  return (
    <section className="agents">
      <h2>Agents</h2>
      {error && <QueryFeedback error={error} loading={false} />}
      <div className="metrics">
        <div className="card metric">
          <span className="metric-label">Running now</span>
          <span className="metric-value" data-testid="agents-active">
            {data.active.length}
          </span>
          <span className="metric-hint">queued or running</span>
        </div>
        <div className="card metric">
          <span className="metric-label">Completed</span>
          <span className="metric-value">{completed.length}</span>
          <span className="metric-hint">of the last {data.history.length}</span>
        </div>
        <div className="card metric">
          <span className="metric-label">Mean duration</span>
          <span className="metric-value">{mean === null ? '—' : formatElapsed(mean)}</span>
          <span className="metric-hint">completed runs</span>
        </div>
        <div className="card metric">
          <span className="metric-label">Failures</span>
          <span className="metric-value" data-testid="agents-failures">
            {data.failures.length}
          </span>
          <span className="metric-hint">recent</span>
        </div>
      </div>
      <div className="agents-grid">
        <div className="card">
          <h3>Running now</h3>
          {data.active.length === 0 ? (
            <p className="muted">No investigation is running. Start one from a package or an anomaly.</p>
          ) : (
            <ul className="plain-list" data-testid="agents-running">
              {data.active.map((run) => (
                <RunSteps key={run.id} run={run} now={now} />
              ))}
            </ul>
          )}
        </div>
        <div className="card">
          <h3>Live activity</h3>
          {feed.error ? (
            <QueryFeedback error={feed.error} loading={false} />
          ) : !feed.data?.length ? (
            <p className="muted">Waiting for agent steps… they appear here as they happen.</p>
          ) : (
            <ol className="activity-feed" data-testid="agents-feed" aria-live="polite">
              {feed.data.map((message) => (
                <li key={message.key}>
                  <time className="muted small" dateTime={message.at}>
                    {formatDateTime(message.at)}
                  </time>{' '}
                  <Badge value={message.state} kind="state" />{' '}
                  {message.package ? <a href={hrefFor.package(message.package.id)}>{message.package.trackingNumber}</a> : null}
                  <span className="block clamp">{localizeTimes(message.step)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <div className="card table-card">
        <table className="stack" data-testid="agents-history">
          <caption>History</caption>
          <thead>
            <tr>
              <th scope="col">Package</th>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Started</th>
              <th scope="col">Duration</th>
              <th scope="col" className="hide-narrow">
                Steps
              </th>
              <th scope="col" className="hide-narrow">
                Tools called
              </th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {data.history.length === 0 ? (
              <tr>
                <td colSpan={8} className="empty muted">
                  No investigations yet.
                </td>
              </tr>
            ) : (
              data.history.map((run) => {
                const ms = runDuration(run, now);
                return (
                  <tr key={run.id} data-state={run.state}>
                    <td data-label="Package">
                      <a className="mono" href={hrefFor.package(run.package.id)}>
                        {run.package.trackingNumber}
                      </a>
                    </td>
                    <td data-label="Kind">{humanize(run.kind)}</td>
                    <td data-label="State">
                      <Badge value={run.state} kind="state" />
                    </td>
                    <td data-label="Started">
                      <time dateTime={run.createdAt} title={formatDateTime(run.createdAt)}>
                        {formatRelative(run.createdAt, now)}
                      </time>
                    </td>
                    <td data-label="Duration">{ms === null ? '—' : formatElapsed(ms)}</td>
                    <td className="hide-narrow" data-label="Steps">{run.trace.length}</td>
                    <td className="wrap small mono hide-narrow" data-label="Tools called">{toolsOf(run).join(', ') || '—'}</td>
                    <td className="wrap" data-label="Outcome">
                      {run.state === 'FAILED' ? (
                        <span className="error">{run.error ?? 'failed'}</span>
                      ) : run.rootCause ? (
                        `${humanize(run.rootCause.cause)} (${Math.round(run.rootCause.confidence * 100)} %)`
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h3>Failures</h3>
        {data.failures.length === 0 ? (
          <p className="muted">No failed investigations.</p>
        ) : (
          <ul className="plain-list" data-testid="agents-failure-list">
            {data.failures.map((run) => (
              <li key={run.id}>
                <div className="row-between">
                  <span>
                    <a className="mono" href={hrefFor.package(run.package.id)}>
                      {run.package.trackingNumber}
                    </a>{' '}
                    · {humanize(run.kind)}
                  </span>
                  <time className="muted small" dateTime={run.completedAt ?? run.createdAt}>
                    {formatRelative(run.completedAt ?? run.createdAt, now)}
                  </time>
                </div>
                <p className="error">{localizeTimes(run.error ?? 'No reason recorded.')}</p>
                <RunStepList run={run} now={now} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** A run in progress: its package, state and each step with its tool and how long it took. */
function RunSteps({ run, now }: { run: Run; now: number }) {
  const ms = runDuration(run, now);
  return (
    <li className="investigation" data-state={run.state}>
      <div className="row-between">
        <span>
          <a className="mono" href={hrefFor.package(run.package.id)}>
            {run.package.trackingNumber}
          </a>{' '}
          · {humanize(run.kind)}
        </span>
        <span>
          <Badge value={run.state} kind="state" /> <span className="muted small">{ms === null ? '' : formatElapsed(ms)}</span>
        </span>
      </div>
      <RunStepList run={run} now={now} />
    </li>
  );
}

function RunStepList({ run, now }: { run: Run; now: number }) {
  if (run.trace.length === 0) return <p className="muted small">No steps yet.</p>;
  return (
    <ol className="trace">
      {stepDurations(run, now).map(({ step, ms }, i) => (
        <li key={i}>
          <strong>{humanize(step.step)}</strong>
          {step.tool && <span className="mono small"> {step.tool}</span>} <span className="muted small">· {formatElapsed(ms)}</span>
          <span className="block small clamp">{localizeTimes(step.summary)}</span>
        </li>
      ))}
    </ol>
  );
}
