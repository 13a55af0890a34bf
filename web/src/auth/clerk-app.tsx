import { ClerkProvider, OrganizationSwitcher, SignIn, UserButton, useAuth } from '@clerk/react';
import { Clerk } from '@clerk/clerk-js';
import { ui } from '@clerk/ui';
import { Dashboard } from '../components/app';

/**
 * Sign-in with Clerk, for deployments that set CLERK_PUBLISHABLE_KEY. Clerk's JS and UI are bundled (this
 * module is its own chunk, loaded only then), so the app's own origin serves them; Clerk's Frontend API is the
 * only other host the browser talks to.
 */
export default function ClerkApp({ publishableKey }: { publishableKey: string }) {
  return (
    <ClerkProvider publishableKey={publishableKey} Clerk={Clerk} ui={ui} afterSignOutUrl="/">
      <ClerkSession />
    </ClerkProvider>
  );
}

/** Clerk's session drives the dashboard: each user and active organization (or personal workspace) gets its own client. */
export function ClerkSession() {
  const { isLoaded, isSignedIn, userId, orgId, getToken, signOut } = useAuth();
  if (!isLoaded)
    return (
      <p className="muted loading" role="status">
        Loading…
      </p>
    );
  if (!isSignedIn)
    return (
      <main className="sign-in">
        <SignIn routing="hash" fallbackRedirectUrl="/" />
      </main>
    );
  return (
    <Dashboard
      key={`${userId}:${orgId ?? 'personal'}`}
      identity={`${userId}:${orgId ?? 'personal'}`}
      token={() => getToken()}
      onSignOut={() => void signOut()}
      onExpired={() => void signOut()}
      account={
        <span className="account">
          <OrganizationSwitcher afterSelectOrganizationUrl="/" afterCreateOrganizationUrl="/" />
          <UserButton />
        </span>
      }
    />
  );
}
