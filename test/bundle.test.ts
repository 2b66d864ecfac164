import { bundleCore } from "../benchmarks/measures/bundle-size.js";
import { describe, expect, it } from "vitest";

// What a page's bundler takes from the core entry: plansheet and the parts of its dependencies it uses. Sizes are
// measured by `npm run bench`; this guards what must stay out.
describe("the core entry bundled for a browser", () => {
  it("leaves out zod's locales but English, and mathjs beyond its parser (units, matrices, arithmetic)", async () => {
    const result = await bundleCore();
    const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    const locales = inputs.filter((path) => path.includes("zod/v4/locales/"));
    expect(locales.map((path) => path.replace(/.*\//, ""))).toEqual(["en.js"]);
    expect(inputs.some((path) => path.includes("mathjs/lib/esm/expression/parse.js"))).toBe(true);
    // (IndexNode asks for `size`, a small typed function; nothing of matrices themselves)
    expect(
      inputs.filter((path) => /mathjs\/lib\/esm\/(type\/(unit|matrix)|function\/arithmetic)\//.test(path)),
    ).toEqual([]);
    expect(inputs.filter((path) => /node_modules\/(exceljs|vega|vega-lite|commander)\//.test(path))).toEqual([]);
  });
});
