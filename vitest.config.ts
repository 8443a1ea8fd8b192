import {defineConfig} from 'vitest/config'

// `npm test`: the in-process and CLI tests. No network, no Debian tools; the
// hooks, editors and packaging (test/e2e/) run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['test/*.test.ts'],
    exclude: ['test/e2e/**'],
    // Most files wait on subprocesses (the CLI, the language server): two
    // workers on two cores, not vitest's default of one (cores - 1).
    maxWorkers: 2,
    minWorkers: 1,
    // Each worker loads the modules once for all its files (no test mocks,
    // stubs or mutates module state; the model's caches are per tree).
    isolate: false,
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
