import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every float evaluation in every test is repeated by the interpreter and compared (see the file).
    setupFiles: ["test/evaluation/cross-check.setup.ts"],
    testTimeout: 30_000,
  },
});
