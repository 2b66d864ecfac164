import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts", "montecarlo-worker": "src/node/worker.ts" },
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    removeNodeProtocol: false,
    shims: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    removeNodeProtocol: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
