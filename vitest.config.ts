import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests import workspace packages from source (the "source" export condition), so no build is needed first.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // graphql 16 ships CommonJS (main) and ESM (module) builds; Node and the CommonJS Apollo packages load
    // the former, so sources must too, or two graphql instances meet ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    // Web component tests (*.test.tsx) pick a DOM per file (`// @vitest-environment happy-dom`): the backend suites stay in node.
    include: ['**/src/**/*.test.ts', 'web/src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // test/compose needs the docker-compose stack: npm run test:compose runs it (test/compose/vitest.config.ts).
    exclude: ['**/node_modules/**', '**/dist/**', 'test/compose/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
