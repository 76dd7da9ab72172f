import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

// Unit and integration tests. Integration tests get their own SQLite file per test file,
// copied from a template built with the committed migrations (tests/setup/).
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/setup-db.ts'],
    pool: 'forks',
    restoreMocks: true,
    testTimeout: 20_000,
  },
})
