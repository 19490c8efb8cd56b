import { configDefaults, defineConfig } from 'vitest/config';

// Check tests and the shared libraries are pure functions over fixtures: they share one module cache per
// worker (no isolation), so the framework data and the catalogue load once, not once per file. Everything
// else (collectors against moto, the CLI end to end, the service on PostgreSQL, Chromium) runs isolated in
// forks, several files at a time since most of them wait on another process.
const PURE = ['src/services/*/checks/*.test.ts', 'src/lib/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'checks', include: PURE, pool: 'threads', isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'integration', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...PURE], pool: 'forks', maxWorkers: 4, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
