/**
 * The operator's bearer token (API key or Clerk session token), shared by the dashboard and GraphiQL. Session
 * storage: it ends with the tab, and it never appears in a URL.
 */
const STORAGE_KEY = 'clearpath.token';

export function readToken(): string | null {
  try {
    const value = sessionStorage.getItem(STORAGE_KEY);
    return value && value.trim() ? value.trim() : null;
  } catch {
    // Storage can be disabled (private mode, policies): behave as signed out.
    return null;
  }
}

export function saveToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token.trim());
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

/** The graphql-ws endpoint on the same host as the page (wss behind TLS). */
export function websocketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}
