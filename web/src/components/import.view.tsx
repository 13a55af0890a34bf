import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../api/field-errors';
import { parseImportFile } from '../api/import-file';
import { hrefFor } from './use-hash-route';

const ImportPackage = graphql(`
  mutation DashboardImportPackage($input: CreatePackageInput!) {
    createPackage(input: $input) {
      id
    }
  }
`);

/** Rows in flight at once: enough to keep the gateway busy, few enough to stay polite to it. */
const CONCURRENCY = 4;

interface RowError {
  line: number;
  trackingNumber: string;
  message: string;
}

/**
 * Bulk import of packages from CSV or NDJSON: every row is created through the API (so it is validated the
 * same way as the form), with a progress bar and a report of the rows that failed and why.
 */
export function ImportView() {
  const [, create] = useMutation(ImportPackage);
  const [progress, setProgress] = useState<{ done: number; total: number; created: number } | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [running, setRunning] = useState(false);

  async function run(file: File) {
    setRunning(true);
    const { rows, errors: parseErrors } = parseImportFile(file.name, await file.text());
    const failures: RowError[] = parseErrors.map((e) => ({ ...e, trackingNumber: '' }));
    setErrors(failures);
    let done = 0;
    let created = 0;
    setProgress({ done, total: rows.length, created });
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const result = await create({ input: row.input });
        if (result.error) {
          const byField = fieldErrors(result.error);
          const message = Object.entries(byField)
            .map(([field, text]) => (field ? `${field}: ${text}` : text))
            .join('; ');
          failures.push({ line: row.line, trackingNumber: row.trackingNumber, message });
          setErrors([...failures].sort((a, b) => a.line - b.line));
        } else created += 1;
        done += 1;
        setProgress({ done, total: rows.length, created });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    setRunning(false);
  }

  return (
    <section>
      <p>
        <a href={hrefFor.packages()}>← Packages</a>
      </p>
      <h2>Import packages</h2>
      <div className="card import-card">
        <p>
          A CSV file with a header row, or NDJSON (one JSON object per line). Columns: <code>tracking_number</code>, <code>carrier</code>, and optionally{' '}
          <code>service_level</code>, <code>reference</code>, <code>recipient</code>, <code>promised_delivery_at</code>, <code>destination_name</code>,{' '}
          <code>destination_address</code>, <code>destination_lat</code>, <code>destination_lon</code>, <code>destination_facility_code</code> (and the same for{' '}
          <code>origin_</code>).
        </p>
        <label htmlFor="import-file">File to import</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.ndjson,.jsonl,text/csv,application/x-ndjson"
          disabled={running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void run(file);
            e.target.value = '';
          }}
        />
        {progress && (
          <div className="import-progress" data-testid="import-progress">
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Import progress" />
            <span role="status">
              {progress.done} of {progress.total} rows processed · {progress.created} created · {errors.length} failed{!running && ' · done'}
            </span>
          </div>
        )}
      </div>
      {errors.length > 0 && (
        <div className="card table-card">
          <table className="stack" data-testid="import-errors">
            <caption>Rows that were not imported</caption>
            <thead>
              <tr>
                <th>Line</th>
                <th>Tracking number</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error) => (
                <tr key={`${error.line}-${error.message}`}>
                  <td data-label="Line">{error.line}</td>
                  <td className="mono" data-label="Tracking number">{error.trackingNumber || '—'}</td>
                  <td className="wrap" data-label="Problem">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
