import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end tests: a real Chromium against a production build (`npm run test:e2e`, which
// builds first). Self-contained: none of the unit tests' setup files apply here. One server
// and one browser at a time, so test files run one after another.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // Pages render after navigations asynchronously: expect.poll retries until this timeout.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
})
