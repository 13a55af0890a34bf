import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// Two pages: the dashboard (index.html, served at /) and GraphiQL (graphiql.html, served at /graphiql).
// Everything is bundled so both work offline with nothing but the gateway. Paths are relative to this
// workspace (npm and turbo run `vite build` from here).
export default defineConfig({
  base: '/',
  plugins: [react()],
  // Workspace libraries (the route planner's Solomon/VRPLIB readers) are bundled from their TypeScript source.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL (CodeMirror, markdown) is large by nature and only loads on /graphiql.
    chunkSizeWarningLimit: 2_500,
    rolldownOptions: {
      input: { index: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's react-compiler-runtime carries a "use no memo" directive bundling can't keep; harmless.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('react-compiler-runtime')) return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npx vite` during development talks to a gateway started with `npm run dev`.
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
