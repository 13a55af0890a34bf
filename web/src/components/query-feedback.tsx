import type { CombinedError } from 'urql';

/** The message an operator should read: the GraphQL error's own text, or what went wrong on the way. */
export function errorMessage(error: CombinedError | Error): string {
  if ('graphQLErrors' in error && error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message).join('; ');
  if ('networkError' in error && error.networkError) return `Could not reach the gateway: ${error.networkError.message}`;
  return error.message;
}

/** Loading and error states shared by every view. */
export function QueryFeedback({ error, loading }: { error: CombinedError | Error | undefined; loading: boolean }) {
  if (error)
    return (
      <p className="error" role="alert">
        {errorMessage(error)}
      </p>
    );
  return loading ? (
    <p className="muted loading" role="status">
      Loading…
    </p>
  ) : null;
}
