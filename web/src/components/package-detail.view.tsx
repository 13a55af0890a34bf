import { useEffect, useState } from 'react';
import { useMutation, useSubscription } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardPackageQuery } from '../__generated__/graphql';
import { useLiveQuery } from '../live/live-updates';
import { formatDateTime, formatLateness, formatLocation, formatPercent, formatRelative, humanize, localizeTimes } from './display-format';
import { EtaBand } from './eta-band';
import { PackagePathMap } from './map/package-path-map';
import { Markdown } from './markdown';
import { QueryFeedback, errorMessage } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

const PackageQuery = graphql(`
  query DashboardPackage($id: ID!) {
    package(id: $id) {
      id
      trackingNumber
      carrier
      serviceLevel
      reference
      recipient
      status
      promisedDeliveryAt
      lastEventAt
      deliveredAt
      createdAt
      origin {
        ...DashboardPlace
      }
      destination {
        ...DashboardPlace
      }
      currentLocation {
        facilityCode
        name
        lat
        lon
      }
      events {
        id
        status
        carrierCode
        description
        occurredAt
        location {
          facilityCode
          name
          lat
          lon
        }
      }
      anomalies {
        id
        type
        severity
        confidence
        summary
        state
        detectedAt
      }
      investigations {
        id
        kind
        state
        error
        summary
        createdAt
        startedAt
        completedAt
        limitations
        rootCause {
          cause
          confidence
          explanation
        }
        recommendedActions {
          type
          priority
          reason
        }
        routes {
          rank
          path
          expectedHours
          p50
          onTimeProbability
          reason
        }
        trace {
          at
          step
          tool
          summary
        }
      }
      eta {
        p50
        p90
        onTimeProbability
        explanation
        remainingPath
      }
    }
    facilities {
      ...DashboardFacility
    }
  }
`);

const InvestigationProgressFeed = graphql(`
  subscription DashboardInvestigationProgress($packageId: ID!) {
    investigationProgress(packageId: $packageId) {
      seq
      investigationId
      state
      step
      at
    }
  }
`);

const INVESTIGATE = {
  investigateAnomaly: graphql(`
    mutation DashboardInvestigatePackage($packageId: ID!) {
      investigateAnomaly(packageId: $packageId) {
        id
        state
      }
    }
  `),
  investigateDelay: graphql(`
    mutation DashboardInvestigateDelay($packageId: ID!) {
      investigateDelay(packageId: $packageId) {
        id
        state
      }
    }
  `),
  optimizeRoute: graphql(`
    mutation DashboardOptimizeRoute($packageId: ID!) {
      optimizeRoute(packageId: $packageId) {
        id
        state
      }
    }
  `),
};

const ACTIONS = [
  { mutation: 'investigateAnomaly', label: 'Investigate' },
  { mutation: 'investigateDelay', label: 'Investigate delay' },
  { mutation: 'optimizeRoute', label: 'Optimize route' },
] as const;

type PackageDetail = NonNullable<DashboardPackageQuery['package']>;
type Investigation = PackageDetail['investigations'][number];
type PlaceValue = PackageDetail['origin'];

/** A place as people read it: its name (or facility code), the address below; never empty brackets. */
function PlaceText({ place }: { place: PlaceValue }) {
  const title = formatLocation(place);
  if (!title && !place?.address) return <span className="muted">—</span>;
  return (
    <>
      {title}
      {place?.address && <span className={title ? 'muted block' : undefined}>{place.address}</span>}
    </>
  );
}

/** What the analysis found: root cause, actions, alternative routes, the narrative (markdown) and its trace. */
function InvestigationItem({ investigation, live }: { investigation: Investigation; live: { step: string; state: string } | undefined }) {
  const running = investigation.state === 'QUEUED' || investigation.state === 'RUNNING';
  const cause = investigation.rootCause;
  return (
    <li className="investigation" data-state={investigation.state}>
      <div className="row-between">
        <strong>{humanize(investigation.kind)}</strong>
        <Badge value={investigation.state} kind="state" />
      </div>
      <span className="muted small">
        started <time title={formatDateTime(investigation.createdAt)}>{formatRelative(investigation.createdAt)}</time>
        {investigation.completedAt && (
          <>
            {' '}
            · completed <time title={formatDateTime(investigation.completedAt)}>{formatRelative(investigation.completedAt)}</time>
          </>
        )}
      </span>
      {running && live && (
        <p className="progress-step" role="status" data-testid="investigation-progress">
          <span className="spinner" aria-hidden="true" /> {humanize(live.step)}
        </p>
      )}
      {cause && (
        <p>
          <span className="muted">Root cause:</span> {humanize(cause.cause)} <span className="muted">({formatPercent(cause.confidence)})</span>
          <span className="block muted small">{localizeTimes(cause.explanation)}</span>
        </p>
      )}
      {investigation.recommendedActions.length > 0 && (
        <ol className="actions-list">
          {[...investigation.recommendedActions]
            .sort((a, b) => a.priority - b.priority)
            .map((action, i) => (
              <li key={i}>
                <strong>{humanize(action.type)}</strong>: {localizeTimes(action.reason)}
              </li>
            ))}
        </ol>
      )}
      {investigation.routes.length > 0 && (
        <ol className="actions-list">
          {investigation.routes.map((route) => (
            <li key={route.rank}>
              {route.path.join(' → ')} <span className="muted">· {route.expectedHours.toFixed(1)} h · on time {formatPercent(route.onTimeProbability)}</span>
              <span className="block muted small">{localizeTimes(route.reason)}</span>
            </li>
          ))}
        </ol>
      )}
      {investigation.error && <p className="error">{investigation.error}</p>}
      {investigation.limitations.length > 0 && <p className="muted small">Limits: {localizeTimes(investigation.limitations.join('; '))}</p>}
      {investigation.summary && (
        <details>
          <summary>Narrative</summary>
          <Markdown text={localizeTimes(investigation.summary)} className="narrative" />
        </details>
      )}
      {investigation.trace.length > 0 && (
        <details>
          <summary>Evidence ({investigation.trace.length} steps)</summary>
          <ol className="trace">
            {investigation.trace.map((step, i) => (
              <li key={i}>
                <span className="muted small">{formatDateTime(step.at)}</span> <strong>{humanize(step.step)}</strong>
                {step.tool && <span className="mono small"> {step.tool}</span>}
                <span className="block">{localizeTimes(step.summary)}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

/** One package: where it is, what happened, what looks wrong, and the agent actions to dig in. */
export function PackageDetailView({ id }: { id: string }) {
  const [{ data, error, fetching }, reexecute] = useLiveQuery({ query: PackageQuery, variables: { id } });
  const [running, setRunning] = useState<string | null>(null);
  const [actionMessage, setActionMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [progress, setProgress] = useState<Record<string, { step: string; state: string }>>({});
  const [, mutateAnomaly] = useMutation(INVESTIGATE.investigateAnomaly);
  const [, mutateDelay] = useMutation(INVESTIGATE.investigateDelay);
  const [, mutateRoute] = useMutation(INVESTIGATE.optimizeRoute);
  const mutations = { investigateAnomaly: mutateAnomaly, investigateDelay: mutateDelay, optimizeRoute: mutateRoute };

  // Progress of this package's investigations, live: steps as they happen, a refetch when one finishes.
  const [feed] = useSubscription({ query: InvestigationProgressFeed, variables: { packageId: id } });
  const message = feed.data?.investigationProgress;
  useEffect(() => {
    if (!message) return;
    setProgress((current) => ({ ...current, [message.investigationId]: { step: message.step, state: message.state } }));
    reexecute({ requestPolicy: 'network-only' });
  }, [message, reexecute]);

  const pkg = data?.package?.id === id ? data.package : undefined;
  if (!pkg) {
    if (data && data.package === null)
      return (
        <section>
          <h2>Package not found</h2>
          <p className="error">No package with id {id} in your organization.</p>
          <a href={hrefFor.packages()}>← Packages</a>
        </section>
      );
    return <QueryFeedback error={error} loading={fetching} />;
  }

  async function run(mutation: (typeof ACTIONS)[number]['mutation'], label: string) {
    setRunning(mutation);
    setActionMessage(null);
    const result = await mutations[mutation]({ packageId: id });
    setRunning(null);
    if (result.error) setActionMessage({ kind: 'error', text: `${label} failed: ${errorMessage(result.error)}` });
    else {
      setActionMessage({ kind: 'ok', text: `${label}: started. Its progress shows under Investigations.` });
      reexecute({ requestPolicy: 'network-only' });
    }
  }

  const events = [...pkg.events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const lateness = pkg.deliveredAt ? formatLateness(pkg.deliveredAt, pkg.promisedDeliveryAt) : null;
  return (
    <section className="detail">
      <p>
        <a href={hrefFor.packages()}>← Packages</a>
      </p>
      <div className="row-between detail-head">
        <h2>
          <span className="mono" data-testid="detail-tracking">
            {pkg.trackingNumber}
          </span>{' '}
          <Badge value={pkg.status} />
        </h2>
        <div className="button-row">
          {ACTIONS.map((action) => (
            <button key={action.mutation} type="button" disabled={running !== null} onClick={() => void run(action.mutation, action.label)}>
              {running === action.mutation ? 'Working…' : action.label}
            </button>
          ))}
          <a className="button" href={hrefFor.editPackage(pkg.id)}>
            Edit
          </a>
        </div>
      </div>
      {actionMessage && (
        <p className={actionMessage.kind === 'ok' ? 'notice' : 'error'} role={actionMessage.kind === 'ok' ? 'status' : 'alert'}>
          {actionMessage.text}
        </p>
      )}
      <div className="detail-grid">
        <div className="card">
          <h3>Shipment</h3>
          <dl className="facts">
            <dt>Carrier</dt>
            <dd>
              {pkg.carrier} · {humanize(pkg.serviceLevel)}
            </dd>
            {pkg.reference && (
              <>
                <dt>Reference</dt>
                <dd>{pkg.reference}</dd>
              </>
            )}
            {pkg.recipient && (
              <>
                <dt>Recipient</dt>
                <dd>{pkg.recipient}</dd>
              </>
            )}
            <dt>Origin</dt>
            <dd>
              <PlaceText place={pkg.origin} />
            </dd>
            <dt>Destination</dt>
            <dd data-testid="detail-destination">
              <PlaceText place={pkg.destination} />
            </dd>
            <dt>Now at</dt>
            <dd>{formatLocation(pkg.currentLocation) ?? <span className="muted">—</span>}</dd>
            <dt>Promised</dt>
            <dd>
              {formatDateTime(pkg.promisedDeliveryAt)} {pkg.promisedDeliveryAt && !pkg.deliveredAt && <span className="muted">({formatRelative(pkg.promisedDeliveryAt)})</span>}
            </dd>
            {pkg.deliveredAt && (
              <>
                <dt>Delivered</dt>
                <dd>
                  {formatDateTime(pkg.deliveredAt)} {lateness && <span className="muted">({lateness})</span>}
                </dd>
              </>
            )}
            {pkg.eta && !pkg.deliveredAt && (
              <>
                <dt>ETA</dt>
                <dd data-testid="detail-eta">
                  {formatRelative(pkg.eta.p50)} <span className="muted">({formatDateTime(pkg.eta.p50)})</span>
                  <span className="block">on time: {formatPercent(pkg.eta.onTimeProbability)}</span>
                </dd>
              </>
            )}
          </dl>
          {pkg.eta && !pkg.deliveredAt && <EtaBand p50={pkg.eta.p50} p90={pkg.eta.p90} promised={pkg.promisedDeliveryAt ?? null} />}
        </div>
        <div className="card map-card">
          <h3>Path</h3>
          <PackagePathMap pkg={pkg} facilities={data?.facilities ?? []} />
        </div>
        <div className="card">
          <h3>Anomalies</h3>
          {pkg.anomalies.length === 0 ? (
            <p className="muted">None detected.</p>
          ) : (
            <ul className="plain-list">
              {pkg.anomalies.map((anomaly) => (
                <li key={anomaly.id}>
                  <div className="row-between">
                    <strong>{humanize(anomaly.type)}</strong>
                    <span>
                      <Badge value={anomaly.severity} kind="severity" /> <Badge value={anomaly.state} kind="state" />
                    </span>
                  </div>
                  <p>{localizeTimes(anomaly.summary)}</p>
                  <span className="muted small">
                    {formatRelative(anomaly.detectedAt)} · confidence {formatPercent(anomaly.confidence)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3>Investigations</h3>
          {pkg.investigations.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul className="plain-list">
              {pkg.investigations.map((investigation) => (
                <InvestigationItem key={investigation.id} investigation={investigation} live={progress[investigation.id]} />
              ))}
            </ul>
          )}
        </div>
        <div className="card timeline-card">
          <h3>Timeline</h3>
          {events.length === 0 ? (
            <p className="muted">No tracking events yet.</p>
          ) : (
            <ol className="timeline" data-testid="timeline">
              {events.map((event) => {
                const place = formatLocation(event.location);
                return (
                  <li key={event.id}>
                    <Badge value={event.status} />
                    <div>
                      <time className="timeline-when" dateTime={event.occurredAt}>
                        {formatDateTime(event.occurredAt)} <span className="muted">· {formatRelative(event.occurredAt)}</span>
                      </time>
                      {(place || event.description) && <span className="block">{[place, event.description].filter(Boolean).join(' — ')}</span>}
                      {event.carrierCode && <span className="muted small">carrier code {event.carrierCode}</span>}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

export type { PackageDetail };
