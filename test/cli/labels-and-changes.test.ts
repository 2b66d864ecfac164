import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE, tempDir } from "./helpers.js";

const file = tempDir("plansheet-labels-");

describe("what a planner reads first", () => {
  it("run --json names each indicator and target by its labels beside its id", async () => {
    const json = JSON.parse((await cli("run", EXAMPLE, "--json")).out) as {
      labels: Record<string, { zh?: string; en?: string }>;
      targets: { id: string; label?: { zh?: string; en?: string } }[];
    };
    expect(json.labels.gdp).toEqual({ zh: "地区生产总值", en: "GDP" });
    expect(json.targets.find((t) => t.id === "re_share_below_10_2025")!.label!.zh).toBe(
      "房地产业占地区生产总值比重下降至10%以下（2025）",
    );
  });

  it("compare lists the indicators that differ between scenarios, says how many do not, and lists those named", async () => {
    const { out } = await cli("compare", EXAMPLE, "--wide");
    const table = out.slice(out.indexOf("2026年各指标"));
    expect(table).toContain("房地产业占地区生产总值比重");
    expect(table).not.toMatch(/^一般公共预算收入\s/m);
    expect(table).toMatch(/另有\d+项指标在各情景下相同，未列出/);
    const named = await cli("compare", EXAMPLE, "--wide", "-i", "budget_revenue");
    expect(named.out).toMatch(/^一般公共预算收入\s+budget_revenue/m);
    expect(named.out).not.toContain("未列出");
  });

  it("report --lang en writes the page English first", async () => {
    const page = file("report.html", "");
    expect((await cli("report", EXAMPLE, "-o", page, "--lang", "en")).code).toBe(0);
    expect(readFileSync(page, "utf8")).toContain('<html lang="en">');
  });
});
