import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDashboardConfig } from './api/dashboard-config';
import { App } from './components/app';
import './styles.css';

// Clerk's SDK is a chunk of its own: deployments without Clerk never load it.
const ClerkApp = lazy(() => import('./auth/clerk-app'));

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);
void loadDashboardConfig().then(({ clerkPublishableKey }) =>
  root.render(
    <StrictMode>
      {clerkPublishableKey ? (
        <Suspense fallback={<p className="muted loading">Loading…</p>}>
          <ClerkApp publishableKey={clerkPublishableKey} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  ),
);
