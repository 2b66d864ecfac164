import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withPerformanceSection } from "../../benchmarks/report.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the README's Performance section", () => {
  it("is replaced between its markers, the rest of the README kept", () => {
    const readme =
      "# p\n\nintro\n<!-- performance: written by npm run bench -->\n## Performance\nold\n<!-- /performance -->\n\n## Development\n";
    expect(withPerformanceSection(readme, "## Performance\n\nnew table\n")).toBe(
      "# p\n\nintro\n<!-- performance: written by npm run bench -->\n## Performance\n\nnew table\n<!-- /performance -->\n\n## Development\n",
    );
  });

  it("is left alone when the markers are missing", () => {
    expect(withPerformanceSection("# p\n## Performance\nold\n", "new")).toBeUndefined();
    expect(withPerformanceSection("# p\n<!-- /performance -->\n<!-- performance: x -->\n", "new")).toBeUndefined();
  });

  it("is the last run's section in the project README", () => {
    const readme = read("README.md");
    expect(withPerformanceSection(readme, read("benchmarks/README-section.md"))).toBe(readme);
  });
});
