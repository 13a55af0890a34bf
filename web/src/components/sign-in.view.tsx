import { useState, type FormEvent } from 'react';

/** Checks a token against the gateway: 401 means refused, anything else that answers means accepted. */
async function verify(token: string): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query DashboardSignIn { packageStats { total } }' }),
  });
  if (response.status === 401) throw new Error('The gateway rejected this key or token (401). Check that it is complete and not revoked or expired.');
  if (!response.ok) throw new Error(`Could not reach the gateway: HTTP ${response.status}`);
}

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
      await verify(candidate);
      onSignedIn(candidate);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(e) => void submit(e)}>
        <h1>
          <span className="logo" aria-hidden="true">
            ◆
          </span>{' '}
          ClearPath
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
        <p className="muted small">The token stays in this browser tab (session storage) and is sent as a bearer token, never in a URL.</p>
      </form>
    </main>
  );
}
