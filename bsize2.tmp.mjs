import { build } from "esbuild";
const r = await build({ entryPoints: ["src/index.ts"], bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "error" });
const rows = [];
for (const [f, v] of Object.entries(r.metafile.outputs)) for (const [inp, m] of Object.entries(v.inputs)) rows.push([inp.replace(/.*node_modules\//, ""), m.bytesInOutput]);
rows.sort((a, b) => b[1] - a[1]);
for (const [k, b] of rows.filter(r => r[0].startsWith(process.argv[2])).slice(0, 40)) console.log(b, k);
