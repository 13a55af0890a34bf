/** The operator's bearer token (API key or Clerk session token), shared by the dashboard and GraphiQL. */
const STORAGE_KEY = 'clearpath.token';

export function readToken(): string | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && value.trim() ? value.trim() : null;
  } catch {
    // Storage can be disabled (private mode, policies): behave as signed out.
    return null;
  }
}

export function saveToken(token: string): void {
  localStorage.setItem(STORAGE_KEY, token.trim());
}

export function clearToken(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

/** The graphql-ws endpoint on the same host as the page (wss behind TLS). */
export function websocketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}
