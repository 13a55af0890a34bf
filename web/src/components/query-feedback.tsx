/** Loading and error states shared by every view. */
export function QueryFeedback({ error, loading }: { error: Error | undefined; loading: boolean }) {
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  return loading ? <p className="muted loading">Loading…</p> : null;
}
