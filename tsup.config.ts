import { defineConfig } from "tsup";

// mathjs is bundled, tree-shaken to the parser's factories (plansheet creates a mathjs instance with only
// parseDependencies): importing the whole package costs every command and every first import about half its start-up.
const BUNDLED = ["mathjs"];
// The command bundles every dependency it always loads into one file: Node 20 then reads one module instead of
// resolving and compiling about two hundred small ones (yaml alone is some sixty CommonJS files).
const CLI_BUNDLED = [...BUNDLED, "yaml", "js-yaml", "zod", "decimal.js", "commander"];

export default defineConfig([
  {
    // plansheet/xlsx shares the library's chunks (its errors are the library's PlansheetError); exceljs, an
    // optional peer dependency in CommonJS, is loaded on first use
    entry: {
      index: "src/index.ts",
      node: "src/node.ts",
      xlsx: "src/xlsx.ts",
      "montecarlo-worker": "src/node/worker.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    removeNodeProtocol: false,
    shims: true,
    noExternal: BUNDLED,
  },
  {
    // plansheet/svg on its own, without code splitting: the CommonJS build then keeps a real import() of vega and
    // vega-lite (ESM only, with top-level await), which require() cannot load; they are loaded on first use.
    entry: { svg: "src/svg.ts" },
    format: ["esm", "cjs"],
    dts: true,
    splitting: false,
    sourcemap: false,
    target: "node20",
    removeNodeProtocol: false,
    external: ["vega", "vega-lite"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    removeNodeProtocol: false,
    // commander and yaml are CommonJS: their require() of Node's own modules needs a real require
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __plansheetRequire } from "node:module";\nconst require = __plansheetRequire(import.meta.url);',
    },
    noExternal: CLI_BUNDLED,
  },
]);
