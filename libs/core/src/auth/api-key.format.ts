/**
 * Which strings can be API keys. The configured CLEARPATH_API_KEY is checked with the same rule the
 * authenticator applies to bearer tokens, so a key accepted at startup is never refused on requests.
 */
export const MIN_API_KEY_LENGTH = 24;

/** Visible ASCII only: a key travels in an HTTP header and is trimmed there. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** Three dot-separated parts is the shape of a session token (JWT); such a value is verified as one. */
export function looksLikeJwt(token: string): boolean {
  return token.split('.').length === 3;
}

/** Why the value cannot be an API key, or undefined when it can. */
export function apiKeyProblem(value: string): string | undefined {
  if (value.length < MIN_API_KEY_LENGTH) return `must be at least ${MIN_API_KEY_LENGTH} characters (it has ${value.length})`;
  if (!HEADER_SAFE.test(value)) return 'must contain only visible ASCII characters (no spaces or control characters)';
  if (looksLikeJwt(value)) return 'must not have the three dot-separated parts of a session token (JWT)';
  return undefined;
}
