// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Clerk is mocked at the module boundary: this checks the wiring (Clerk's token → urql and graphql-ws), not Clerk.
const auth = vi.hoisted(() => ({
  isLoaded: true,
  isSignedIn: true,
  userId: 'user_1',
  orgId: 'org_a' as string | null,
  token: 'token-1',
  getToken: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('@clerk/react', () => ({
  ClerkProvider: ({ children, publishableKey }: { children: React.ReactNode; publishableKey: string }) => <div data-key={publishableKey}>{children}</div>,
  useAuth: () => ({ ...auth, getToken: auth.getToken }),
  SignIn: () => <p>Clerk sign-in</p>,
  OrganizationSwitcher: () => <span>organization switcher</span>,
  UserButton: () => <span>user menu</span>,
}));
vi.mock('@clerk/clerk-js', () => ({ Clerk: class {} }));
vi.mock('@clerk/ui', () => ({ ui: {} }));
const sockets = vi.hoisted(() => [] as { connectionParams: () => Promise<Record<string, string>> }[]);
vi.mock('graphql-ws', () => ({
  createClient: (options: { connectionParams: () => Promise<Record<string, string>> }) => {
    sockets.push(options);
    return { subscribe: () => () => undefined, dispose: () => undefined };
  },
}));

const { default: ClerkApp } = await import('./clerk-app');

const authorizations: (string | null)[] = [];
beforeEach(() => {
  auth.isSignedIn = true;
  auth.orgId = 'org_a';
  auth.token = 'token-1';
  auth.getToken.mockImplementation(async () => auth.token);
  authorizations.length = 0;
  sockets.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      authorizations.push(new Headers(init?.headers).get('authorization'));
      return new Response(JSON.stringify({ errors: [{ message: 'not answered in this test' }] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
  vi.unstubAllGlobals();
});

describe('sign-in with Clerk', () => {
  it("sends Clerk's session token on every HTTP request and in the socket's connection_init, fresh each time", async () => {
    render(<ClerkApp publishableKey="pk_test_abc" />);
    await waitFor(() => expect(authorizations).toContain('Bearer token-1'));
    expect(screen.getByText('organization switcher')).toBeTruthy();
    expect(screen.getByText('user menu')).toBeTruthy();
    expect(sockets).toHaveLength(1);
    expect(await sockets[0]!.connectionParams()).toEqual({ authorization: 'Bearer token-1' });

    // Clerk refreshes its short-lived token: the next request and the next (re)connection carry the new one.
    auth.token = 'token-2';
    expect(await sockets[0]!.connectionParams()).toEqual({ authorization: 'Bearer token-2' });
    const before = authorizations.length;
    await act(async () => {
      history.replaceState(null, '', '#/anomalies');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(authorizations.length).toBeGreaterThan(before));
    expect(authorizations.slice(before).every((a) => a === 'Bearer token-2')).toBe(true);
  });

  it('opens a new client (empty cache, new socket) when the organization switches', async () => {
    const view = render(<ClerkApp publishableKey="pk_test_abc" />);
    await waitFor(() => expect(sockets).toHaveLength(1));
    auth.orgId = 'org_b';
    view.rerender(<ClerkApp publishableKey="pk_test_abc" />);
    await waitFor(() => expect(sockets).toHaveLength(2));
  });

  it("shows Clerk's sign-in while signed out, and no dashboard", () => {
    auth.isSignedIn = false;
    render(<ClerkApp publishableKey="pk_test_abc" />);
    expect(screen.getByText('Clerk sign-in')).toBeTruthy();
    expect(sockets).toHaveLength(0);
    expect(authorizations).toHaveLength(0);
  });
});
