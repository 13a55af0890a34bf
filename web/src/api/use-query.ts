import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from './graphql-client';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Runs a query when it, its variables or `refreshKey` change (live updates and polling bump the key).
 * Keeps showing the previous data while a refresh is in flight so tables don't flicker.
 */
export function useQuery<T>(query: string | null, variables: Record<string, unknown> = {}, refreshKey = 0): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(query !== null);
  const [reloads, setReloads] = useState(0);
  const variablesKey = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    setLoading(true);
    request<T>(query, variablesRef.current, { signal: controller.signal }).then(
      (result) => {
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query, variablesKey, refreshKey, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data, error, loading, reload };
}
