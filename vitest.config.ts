import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every float evaluation in every test is repeated by the interpreter and compared (see the file).
    setupFiles: ["test/evaluation/cross-check.setup.ts"],
    testTimeout: 30_000,
    // The modules under test hold no state between calls, so test files may share them: loading mathjs and the
    // engine once per worker instead of once per file makes the suite several times faster on two cores.
    isolate: false,
    pool: "threads",
  },
});
