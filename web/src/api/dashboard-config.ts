export interface DashboardConfig {
  /** Clerk's publishable key when the deployment signs in with Clerk; null: API keys. */
  clerkPublishableKey: string | null;
}

/** The gateway says at run time how to sign in (CLERK_PUBLISHABLE_KEY); an older or unreachable gateway means API keys. */
export async function loadDashboardConfig(): Promise<DashboardConfig> {
  try {
    const response = await fetch('/dashboard-config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return { clerkPublishableKey: null };
    const body = (await response.json()) as Partial<DashboardConfig>;
    return { clerkPublishableKey: typeof body.clerkPublishableKey === 'string' && body.clerkPublishableKey ? body.clerkPublishableKey : null };
  } catch {
    return { clerkPublishableKey: null };
  }
}
