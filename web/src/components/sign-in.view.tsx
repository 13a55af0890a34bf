import { useState, type FormEvent } from 'react';
import { UnauthorizedError, request } from '../api/graphql-client';
import { VERIFY_QUERY } from '../api/operations';

/** Asks for an API key or Clerk session token and checks it against the gateway before keeping it. */
export function SignInView({ notice, onSignedIn }: { notice: string | null; onSignedIn(token: string): void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = token.trim();
    if (!candidate) {
      setError('Paste an API key or a session token first.');
      return;
    }
    setChecking(true);
    setError(null);
    try {
      await request(VERIFY_QUERY, {}, { token: candidate });
      onSignedIn(candidate);
    } catch (failure) {
      setError(
        failure instanceof UnauthorizedError
          ? 'The gateway rejected this key or token (401). Check that it is complete and not revoked or expired.'
          : `Could not reach the gateway: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(e) => void submit(e)}>
        <h1>
          <span className="logo" aria-hidden="true">◆</span> ClearPath
        </h1>
        <p className="muted">Shipment visibility for operators. Sign in with an API key (the all-in-one app prints one at first start) or a Clerk session token.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <label htmlFor="token">API key or session token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="cp_…"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoFocus
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
        <p className="muted small">The token stays in this browser (localStorage) and is sent as a bearer token to /graphql.</p>
      </form>
    </main>
  );
}
