import { HyperFormula } from "hyperformula";
import { parseModelText } from "../../src/index.js";
import { HYPERFORMULA_CONFIG, sheetOf } from "../contestants/hyperformula.js";
import { syntheticModel } from "../model.js";

/*
 * Run in a fresh process (with --expose-gc) by the memory measure: heap growth from before building a model to
 * after its first evaluation, as PERFORMANCE.md defines it (process.memoryUsage().heapUsed after gc()), for
 * plansheet or HyperFormula, each library having built a one-chain model first. Typed arrays keep their contents
 * outside the heap, so their growth is reported too.
 * Prints one line of JSON.
 */
const [kind, size] = process.argv.slice(2);
const chains = Number(size);
const model = syntheticModel(chains);
const sheet = kind === "hyperformula" ? sheetOf(model) : undefined;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
// Collected after a turn of the event loop, so that what is held only weakly (a parsed YAML document) can go.
const usage = async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let k = 0; k < 4; k++) gc();
  const u = process.memoryUsage();
  // `external` includes `arrayBuffers` (the contents of typed arrays)
  return { heap: u.heapUsed, outside: u.external };
};
// Build a one-chain model first, so that what each library sets up once per process (mathjs's typed functions,
// HyperFormula's function registry, compiled code) is not counted as the model's.
if (kind === "hyperformula") HyperFormula.buildFromArray(sheetOf(syntheticModel(1)), HYPERFORMULA_CONFIG).destroy();
else
  parseModelText(syntheticModel(1).text)
    .compiled()!
    .evaluate(parseModelText(syntheticModel(1).text).inputsOf());
const before = await usage();
const t0 = performance.now();
let kept: unknown;
if (kind === "hyperformula") {
  kept = HyperFormula.buildFromArray(sheet!, HYPERFORMULA_CONFIG);
} else {
  const built = parseModelText(model.text);
  built.compiled()!.evaluate(built.inputsOf());
  kept = built;
}
const ms = performance.now() - t0;
const after = await usage();
process.stdout.write(
  `${JSON.stringify({ kind, chains, heapBytes: after.heap - before.heap, outsideBytes: after.outside - before.outside, ms, kept: kept !== undefined })}\n`,
);
