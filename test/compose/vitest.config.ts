import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

// Only the docker-compose smoke suite, against the stack scripts/test-compose.sh started (the root config
// excludes it from npm test). Same resolution settings as the root config.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/compose/**/*.test.ts'], exclude: ['**/node_modules/**'], testTimeout: 60_000, fileParallelism: false },
});
