import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardWhatIfQuery } from '../__generated__/graphql';
import { formatDateTime, formatHours, formatLateness, formatPercent, formatRelative, toLocalInput } from './display-format';
import { QueryFeedback } from './query-feedback';
import { hrefFor, replaceParams } from './use-hash-route';

const IMPACTS_SHOWN = 50;
const HOUR_MS = 3_600_000;

const WhatIf = graphql(`
  query DashboardWhatIf($facilityCode: String!, $until: DateTime!, $slowHours: Float, $first: Int) {
    whatIf(facilityCode: $facilityCode, until: $until, slowHours: $slowHours, first: $first) {
      facilityCode
      until
      slowHours
      assessed
      partial
      affected
      newlyLate
      alreadyLate
      impacts {
        package {
          id
          trackingNumber
        }
        reachesAt
        delayHours
        p50
        p90
        newP50
        newP90
        promisedDeliveryAt
        newlyLate
      }
      reroutes {
        package {
          id
          trackingNumber
        }
        path
        p50
        savesHours
        onTimeProbability
      }
    }
  }
`);

type Result = DashboardWhatIfQuery['whatIf'];
interface Question {
  facilityCode: string;
  until: string;
  slowHours: number | null;
  first: number;
}

/**
 * The question asked lives in the URL beside the ranking's filters (whatif=HUB-FRA&until=…&slow=6), so a what-if
 * can be shared or reloaded; a half-written one (no date, no positive slowdown) asks nothing.
 */
export function questionFromParams(params: URLSearchParams): Question | undefined {
  const facilityCode = params.get('whatif');
  const until = Date.parse(params.get('until') ?? '');
  const slow = params.get('slow');
  const slowHours = slow === null ? null : Number(slow);
  if (!facilityCode || Number.isNaN(until) || (slowHours !== null && !(slowHours > 0))) return undefined;
  return { facilityCode, until: new Date(until).toISOString(), slowHours, first: IMPACTS_SHOWN };
}

function withQuestion(params: URLSearchParams, question: Question): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('whatif', question.facilityCode);
  next.set('until', question.until);
  if (question.slowHours === null) next.delete('slow');
  else next.set('slow', String(question.slowHours));
  return next;
}

/**
 * "What if this hub closes (or slows by N hours) until then?": the network model's ETAs of the moving packages
 * run through the disruption (whatIf): who would miss the promise, their new ETA bands, and the re-routes that
 * save the most.
 */
export function WhatIfPanel({ facilities, params }: { facilities: readonly { code: string; name: string }[]; params: URLSearchParams }) {
  const question = useMemo(() => questionFromParams(params), [params]);
  // The form starts from the URL's question, even a half-written one, else from the ranking's facility filter.
  const [facility, setFacility] = useState(params.get('whatif') ?? params.get('facility') ?? '');
  const [mode, setMode] = useState<'closed' | 'slow'>(params.has('slow') ? 'slow' : 'closed');
  const [slowHours, setSlowHours] = useState(params.get('slow') ?? '6');
  const [until, setUntil] = useState(() => toLocalInput(question?.until ?? new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + 24 * HOUR_MS).toISOString()));
  const [result] = useQuery({ query: WhatIf, variables: question ?? { facilityCode: '', until: '' }, pause: !question, requestPolicy: 'network-only' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const end = new Date(until);
    if (!facility || Number.isNaN(end.getTime())) return;
    replaceParams('#/at-risk', withQuestion(params, { facilityCode: facility, until: end.toISOString(), slowHours: mode === 'slow' ? Number(slowHours) : null, first: IMPACTS_SHOWN }));
  }

  const answer = question && result.data?.whatIf;
  return (
    <section className="card what-if" aria-labelledby="what-if-title">
      <h3 id="what-if-title">What if a facility closes or slows down?</h3>
      <form className="what-if-form" onSubmit={submit} aria-label="What-if question">
        <select aria-label="Facility to disrupt" value={facility} onChange={(e) => setFacility(e.target.value)} required>
          <option value="">Choose a facility…</option>
          {facilities.map((f) => (
            <option key={f.code} value={f.code}>
              {f.code} — {f.name}
            </option>
          ))}
        </select>
        <select aria-label="Disruption" value={mode} onChange={(e) => setMode(e.target.value as 'closed' | 'slow')}>
          <option value="closed">closes</option>
          <option value="slow">slows down by</option>
        </select>
        {mode === 'slow' && (
          <label className="inline-field">
            <input type="number" aria-label="Hours slower" min={0.5} max={336} step="any" value={slowHours} onChange={(e) => setSlowHours(e.target.value)} required /> h
          </label>
        )}
        <label className="inline-field">
          until <input type="datetime-local" aria-label="Until" value={until} onChange={(e) => setUntil(e.target.value)} required />
        </label>
        <button type="submit" className="primary" disabled={result.fetching}>
          {result.fetching ? 'Running…' : 'Run what-if'}
        </button>
      </form>
      <QueryFeedback error={question ? result.error : undefined} loading={Boolean(question) && result.fetching && !result.data} />
      {answer && <WhatIfAnswer answer={answer} />}
    </section>
  );
}

function WhatIfAnswer({ answer }: { answer: Result }) {
  const disruption = answer.slowHours == null ? `Closing ${answer.facilityCode}` : `Slowing ${answer.facilityCode} by ${formatHours(answer.slowHours)}`;
  return (
    <div data-testid="what-if-result">
      <p className="notice" role="status" data-testid="what-if-summary">
        {disruption} until {formatDateTime(answer.until)} ({formatRelative(answer.until)}) holds up <strong>{answer.affected}</strong> of the {answer.assessed} moving packages: <strong>{answer.newlyLate}</strong> would newly
        miss their promise{answer.alreadyLate > 0 ? ` (${answer.alreadyLate} were going to be late anyway)` : ''}.
        {answer.partial && ' More packages are moving than one question assesses: the most recently scanned were taken.'}
      </p>
      {answer.affected === 0 ? (
        <p className="muted empty">No moving package reaches {answer.facilityCode} before then.</p>
      ) : (
        <div className="table-card what-if-table">
          <table className="stack">
            <caption>
              Held up, most delayed first{answer.impacts.length < answer.affected ? ` (the first ${answer.impacts.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th>Package</th>
                <th>Reaches {answer.facilityCode}</th>
                <th>Delay</th>
                <th className="hide-narrow">ETA now (p50–p90)</th>
                <th>New ETA (p50–p90)</th>
                <th>Promise</th>
              </tr>
            </thead>
            <tbody>
              {answer.impacts.map((impact) => (
                <tr key={impact.package.id} data-testid="what-if-impact">
                  <td data-label="Package">
                    <a className="mono" href={hrefFor.package(impact.package.id)}>
                      {impact.package.trackingNumber}
                    </a>{' '}
                    {impact.newlyLate && <span className="badge badge-exception">newly late</span>}
                  </td>
                  <td data-label={`Reaches ${answer.facilityCode}`} title={formatDateTime(impact.reachesAt)}>{Date.parse(impact.reachesAt) <= Date.now() + 60_000 ? 'there now' : formatRelative(impact.reachesAt)}</td>
                  <td data-label="Delay">+{formatHours(impact.delayHours)}</td>
                  <td className="muted hide-narrow" data-label="ETA now" title={`${formatDateTime(impact.p50)} – ${formatDateTime(impact.p90)}`}>
                    {formatRelative(impact.p50)} – {formatRelative(impact.p90)}
                  </td>
                  <td data-label="New ETA" title={`${formatDateTime(impact.newP50)} – ${formatDateTime(impact.newP90)}`}>
                    {formatRelative(impact.newP50)} – {formatRelative(impact.newP90)}
                  </td>
                  <td data-label="Promise" title={formatDateTime(impact.promisedDeliveryAt)}>
                    {formatRelative(impact.promisedDeliveryAt)}
                    {impact.promisedDeliveryAt && <div className={`small ${impact.newlyLate ? 'risk-high' : 'muted'}`}>{formatLateness(impact.newP50, impact.promisedDeliveryAt)}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answer.affected > 0 && (
        <div className="table-card what-if-table">
          <table className="stack">
            <caption>Re-routes that save the most</caption>
            <thead>
              <tr>
                <th>Package</th>
                <th>Around {answer.facilityCode} by</th>
                <th>Saves</th>
                <th>New ETA (p50)</th>
                <th>On time</th>
              </tr>
            </thead>
            <tbody>
              {answer.reroutes.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    No held-up package can leave another way sooner.
                  </td>
                </tr>
              )}
              {answer.reroutes.map((reroute) => (
                <tr key={reroute.package.id} data-testid="what-if-reroute">
                  <td data-label="Package">
                    <a className="mono" href={hrefFor.package(reroute.package.id)}>
                      {reroute.package.trackingNumber}
                    </a>
                  </td>
                  <td className="mono span" data-label={`Around ${answer.facilityCode} by`}>{reroute.path.join(' → ')}</td>
                  <td data-label="Saves">{formatHours(reroute.savesHours)}</td>
                  <td data-label="New ETA" title={formatDateTime(reroute.p50)}>{formatRelative(reroute.p50)}</td>
                  <td data-label="On time">{formatPercent(reroute.onTimeProbability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
