import {defineConfig} from 'vitest/config'

// `npm run test:e2e`: the tool driven from outside, as its users run it, and on
// adversarial input at 10 KB to 1 MB (linear-time.test.ts, its work counted, CPU-heavy) — the
// pre-commit framework (Debian's `pre-commit`) and husky + lint-staged (from
// the npm registry) committing through our hook, headless Neovim (Debian's
// `neovim`) against the language server, the VS Code extension packaged, the
// HTML report rendered by headless Chromium (Debian's `chromium`).
export default defineConfig({
  test: {
    include: ['test/e2e/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000
  }
})
