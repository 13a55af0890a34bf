import { useState } from 'react';
import type { Capabilities } from '../api/capabilities';
import { request } from '../api/graphql-client';
import { PACKAGE_ACTIONS, packageActionMutation, packageDetailQuery, type Investigation, type PackageDetailResult, type Place } from '../api/operations';
import { useQuery } from '../api/use-query';
import { formatDateTime, formatLocation, formatPercent, formatRelative, humanize } from './display-format';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

function PlaceText({ place }: { place: Place | null }) {
  if (!place) return <span className="muted">—</span>;
  const name = [place.name, place.facilityCode && `(${place.facilityCode})`].filter(Boolean).join(' ');
  return (
    <>
      {name || '—'}
      {place.address && <span className="muted block">{place.address}</span>}
    </>
  );
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** An action is a string or an object with a reason (and a type); anything else shows as JSON. */
function actionText(action: unknown): string {
  const record = asRecord(action);
  if (!record) return asText(action) ?? JSON.stringify(action);
  return asText(record.reason) ?? asText(record.type) ?? JSON.stringify(record);
}

/**
 * An investigation's document is free-form JSON written by the analysis; show the headline (root cause,
 * recommended actions) and keep the narrative and the raw document one click away.
 */
function InvestigationItem({ investigation }: { investigation: Investigation }) {
  const doc = investigation.document ?? {};
  const rootCause = asRecord(doc.rootCause);
  const cause = asText(rootCause?.cause) ?? asText(doc.rootCause);
  const confidence = typeof rootCause?.confidence === 'number' ? rootCause.confidence : null;
  const explanation = asText(rootCause?.explanation);
  const actions = Array.isArray(doc.recommendedActions) ? doc.recommendedActions : [];
  const narrative = asText(doc.summary) ?? asText(doc.narrative);
  return (
    <li className="investigation">
      <div className="row-between">
        <strong>{humanize(investigation.kind)}</strong>
        <Badge value={investigation.state} kind="state" />
      </div>
      <span className="muted small">
        started {formatRelative(investigation.createdAt)}
        {investigation.completedAt && ` · completed ${formatRelative(investigation.completedAt)}`}
      </span>
      {cause && (
        <p>
          <span className="muted">Root cause:</span> {humanize(cause)}
          {confidence !== null && <span className="muted"> ({formatPercent(confidence)})</span>}
          {explanation && <span className="block muted small">{explanation}</span>}
        </p>
      )}
      {actions.length > 0 && (
        <ol className="actions-list">
          {actions.map((action, i) => (
            <li key={i}>{actionText(action)}</li>
          ))}
        </ol>
      )}
      {investigation.error && <p className="error">{investigation.error}</p>}
      {narrative && (
        <details>
          <summary>Narrative</summary>
          <pre className="narrative">{narrative}</pre>
        </details>
      )}
      {Object.keys(doc).length > 0 && (
        <details>
          <summary>Full document</summary>
          <pre>{JSON.stringify(doc, null, 2)}</pre>
        </details>
      )}
    </li>
  );
}

/** One package: where it is, what happened, what looks wrong, and the agent actions to dig in. */
export function PackageDetailView({ id, capabilities, refreshKey }: { id: string; capabilities: Capabilities; refreshKey: number }) {
  const { data, error, loading, reload } = useQuery<PackageDetailResult>(packageDetailQuery(capabilities.packageEta), { id }, refreshKey);
  const [running, setRunning] = useState<string | null>(null);
  const [actionMessage, setActionMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const pkg = data?.package?.id === id ? data.package : undefined;

  if (!pkg) {
    if (data && data.package === null) return <p className="error">No package with id {id} in your organization.</p>;
    return <QueryFeedback error={error} loading={loading} />;
  }

  async function run(mutation: string, label: string) {
    setRunning(mutation);
    setActionMessage(null);
    try {
      await request(packageActionMutation(mutation), { packageId: id });
      setActionMessage({ kind: 'ok', text: `${label}: started. Results appear under Investigations.` });
      reload();
    } catch (failure) {
      setActionMessage({ kind: 'error', text: `${label} failed: ${failure instanceof Error ? failure.message : String(failure)}` });
    } finally {
      setRunning(null);
    }
  }

  const events = [...pkg.events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const actions = PACKAGE_ACTIONS.filter((action) => capabilities.mutations.has(action.mutation));
  return (
    <section className="detail">
      <p>
        <a href={hrefFor.packages}>← Packages</a>
      </p>
      <div className="row-between detail-head">
        <h2>
          <span className="mono" data-testid="detail-tracking">
            {pkg.trackingNumber}
          </span>{' '}
          <Badge value={pkg.status} />
        </h2>
        {actions.length > 0 && (
          <div className="button-row">
            {actions.map((action) => (
              <button key={action.mutation} type="button" disabled={running !== null} onClick={() => void run(action.mutation, action.label)}>
                {running === action.mutation ? 'Working…' : action.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {actionMessage && <p className={actionMessage.kind === 'ok' ? 'notice' : 'error'}>{actionMessage.text}</p>}
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
            <dd>{formatLocation(pkg.currentLocation)}</dd>
            <dt>Promised</dt>
            <dd>{formatDateTime(pkg.promisedDeliveryAt)}</dd>
            {pkg.deliveredAt && (
              <>
                <dt>Delivered</dt>
                <dd>{formatDateTime(pkg.deliveredAt)}</dd>
              </>
            )}
            {pkg.eta && (
              <>
                <dt>ETA</dt>
                <dd data-testid="detail-eta">
                  {formatDateTime(pkg.eta.p50)} <span className="muted">(p90 {formatDateTime(pkg.eta.p90)})</span>
                  <span className="block">on time: {formatPercent(pkg.eta.onTimeProbability)}</span>
                </dd>
              </>
            )}
          </dl>
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
                  <p>{anomaly.summary}</p>
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
                <InvestigationItem key={investigation.id} investigation={investigation} />
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
              {events.map((event) => (
                <li key={event.id}>
                  <Badge value={event.status} />
                  <div>
                    <span className="timeline-when" title={formatDateTime(event.occurredAt)}>
                      {formatDateTime(event.occurredAt)}
                    </span>
                    <span className="block">
                      {formatLocation(event.location)}
                      {event.description && ` — ${event.description}`}
                    </span>
                    {event.carrierCode && <span className="muted small">carrier code {event.carrierCode}</span>}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
