import type pg from 'pg';

/** The pieces of pg's internal Connection a COPY FROM STDIN needs (what pg-copy-streams uses). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * `COPY … FROM STDIN` with the plain `pg` package: a Submittable that answers the server's
 * CopyInResponse with one buffer and resolves on ReadyForQuery. pg-copy-streams does the same with
 * streams; this keeps the benchmark free of extra dependencies. Rows go in PostgreSQL's text format.
 */
class CopyFromBuffer implements pg.Submittable {
  private error: Error | undefined;
  rowCount = 0;
  callback?: (error: Error | undefined, rowCount: number) => void;

  constructor(
    private readonly text: string,
    private readonly payload: Buffer,
  ) {}

  submit(connection: pg.Connection): void {
    (connection as unknown as CopyConnection).query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFromChunk(this.payload);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text)?.[1] ?? 0);
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    this.callback?.(this.error, this.rowCount);
  }

  // Messages a COPY never sends; present so an unexpected one cannot crash the client.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `COPY <table> (<columns>) FROM STDIN` with the given text-format rows; resolves to the row count. */
export function copyFrom(client: pg.ClientBase, table: string, columns: readonly string[], rows: string): Promise<number> {
  const copy = new CopyFromBuffer(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, Buffer.from(rows, 'utf8'));
  return new Promise((resolve, reject) => {
    copy.callback = (error, rowCount) => (error ? reject(error) : resolve(rowCount));
    client.query(copy);
  });
}

/** One value in COPY text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}
