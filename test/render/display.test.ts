import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  compareScenarios,
  display,
  findFeasible,
  formatProjectionTable,
  formatVerification,
  setDisplayLanguage,
  simulate,
  solve,
  sweep,
  verifyClaims,
} from "../../src/index.js";
import { loadModel, verifyClaimsFile } from "../../src/node.js";

const ROOT = `${__dirname}/../..`;
const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
const bundle = (value: unknown) =>
  (value as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!();

describe("results show themselves in a notebook and a console", () => {
  it("a projection prints its table, not its internals, and gives Jupyter text, HTML and JSON", () => {
    const projection = model.run();
    const text = inspect(projection);
    expect(text).toContain(formatProjectionTable(projection));
    expect(text).toContain("re_share_below_10_2025");
    expect(text.split("\n").length).toBeLessThan(120);
    expect(String(projection)).toBe(text);
    const shown = bundle(projection);
    expect(Object.keys(shown)).toEqual(["text/plain", "text/html", "application/json"]);
    expect(shown["application/json"]).toEqual(projection.toJSON());
    const html = projection.toHTML();
    expect(html).toContain('<table class="plansheet">');
    expect(html).toContain('<th style="text-align:right">2026*</th>');
    expect(html).not.toMatch(/<script/);
  });

  it("a verification report shows the table and the sentences, escaped in HTML", () => {
    const report = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`);
    expect(inspect(report)).toBe(formatVerification(report));
    expect(report.toHTML()).toContain("<td>✗ 算术平均</td>");
    setDisplayLanguage("en");
    try {
      expect(report.toHTML()).toContain("<td>✗ ARITHMETIC MEAN</td>");
      expect(inspect(report)).toBe(formatVerification(report, undefined, undefined, "en"));
    } finally {
      setDisplayLanguage("zh");
    }
    const hostile = verifyClaims({
      claims: [
        { id: "x", indicator: "a<script>", kind: "level", year: 2021, value: "1" },
        { id: "y", indicator: "a<script>", kind: "level", year: 2021, value: "2" },
      ],
    });
    expect(hostile.toHTML()).toContain("a&lt;script&gt;");
    expect(hostile.toHTML()).not.toContain("<script>");
  });

  it("plain results (solve, sweep, simulate, compare, feasibility) keep their data and gain the protocol", () => {
    const solved = solve(model, { target: "re_share_below_10_2025" });
    expect(Object.keys(solved)).not.toContain("toHTML");
    expect(JSON.parse(JSON.stringify(solved))).toEqual({ ...solved });
    expect(String(solved)).toMatch(
      /^要实现“房地产业占地区生产总值比重下降至10%以下（2025）”.*房地产业增加值增速（预测）须低于/,
    );
    const swept = sweep(model, { lever: "re_growth", from: -0.1, to: 0, steps: 3 });
    expect(swept.toHTML()).toContain("<th>房地产业占地区生产总值比重下降至10%以下（2025）</th>");
    const simulation = simulate(model, { trials: 200, seed: 1 });
    expect(inspect(simulation)).toMatch(/^200次模拟，种子1，基准情景；/);
    expect(bundle(simulation)["application/json"]).toEqual({ ...simulation });
    expect(inspect(compareScenarios(model, ["baseline", "faster"]))).toContain("较基准情景");
    const feasible = findFeasible(model, {
      targets: ["re_share_below_10_2025", "forest_cover_50_3"],
      levers: ["re_growth", "forest_cover_gain"],
    });
    expect(feasible.toHTML()).toContain("<table");
  });

  it("display() sends a bundle through Deno's kernel, or HTML and SVG to a sink such as tslab's, or says it cannot", async () => {
    const projection = model.run();
    expect(await display(projection)).toBe(false);
    const shown: string[] = [];
    expect(
      await display(projection, {
        html: (h) => shown.push(`html:${h.slice(0, 6)}`),
        svg: (s) => shown.push(`svg:${s}`),
      }),
    ).toBe(true);
    expect(
      await display(
        { svg: "<svg/>", toHTML: () => "<p>" },
        { html: () => shown.push("wrong"), svg: (s) => shown.push(`svg:${s}`) },
      ),
    ).toBe(true);
    expect(shown).toEqual(["html:<div><", "svg:<svg/>"].map((s) => s.replace("<div><", "<p sty")));
    const sent: unknown[] = [];
    (globalThis as Record<string, unknown>).Deno = {
      jupyter: { display: (b: unknown, o: unknown) => void sent.push([b, o]) },
    };
    try {
      expect(await display(projection)).toBe(true);
    } finally {
      delete (globalThis as Record<string, unknown>).Deno;
    }
    expect(sent).toHaveLength(1);
    expect((sent[0] as [Record<string, unknown>, unknown])[1]).toEqual({ raw: true });
    expect(Object.keys((sent[0] as [Record<string, unknown>])[0])).toEqual([
      "text/plain",
      "text/html",
      "application/json",
    ]);
  });

  it("toElement makes an element in the document given, and says so when there is none", () => {
    const projection = model.run();
    const made: string[] = [];
    const document = {
      createElement: () => ({
        set innerHTML(h: string) {
          made.push(h);
        },
        get innerHTML() {
          return made[0]!;
        },
        content: { firstElementChild: "element" },
      }),
    };
    expect(projection.toElement(document as never)).toBe("element");
    expect(made[0]!.startsWith("<div><p")).toBe(true);
    expect(() => projection.toElement()).toThrow(/toElement needs a document/);
  });
});
