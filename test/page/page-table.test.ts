import { describe, expect, it } from "vitest";
import { groupThousands, markTone, pageTable } from "../../src/page/page-table.js";

describe("figures on the page", () => {
  it("get thousands separators, decimals and signs kept", () => {
    expect(groupThousands("12500")).toBe("12,500");
    expect(groupThousands("2500")).toBe("2,500");
    expect(groupThousands("1234567.891")).toBe("1,234,567.891");
    expect(groupThousands("不低于38596.5 元")).toBe("不低于38,596.5 元");
    expect(groupThousands("+1234 ~12500 -130.1 −20000")).toBe("+1,234 ~12,500 -130.1 −20,000");
    expect(groupThousands("0.2250–0.2350 吨标准煤/万元")).toBe("0.2250–0.2350 吨标准煤/万元");
    expect(groupThousands("999 48.08% 0.12345")).toBe("999 48.08% 0.12345");
  });

  it("leave years and names as they are", () => {
    expect(groupThousands("✓ 达标 +12500 2026年起")).toBe("✓ 达标 +12,500 2026年起");
    expect(groupThousands("✓ met +12500 from 2026")).toBe("✓ met +12,500 from 2026");
    expect(groupThousands("x12500 gdp_2025")).toBe("x12500 gdp_2025");
  });
});

describe("verdicts on the page", () => {
  it("are toned by their mark: met and consistent good, not met and inconsistent bad, a mean or a doubt amber", () => {
    expect(
      ["✓ 达标", "✓ consistent", "✗ 未达标", "✗ 不符", "✗ 算术平均", "✗ ARITHMETIC MEAN", "? 待复核（不符）"].map(
        markTone,
      ),
    ).toEqual(["good", "good", "bad", "bad", "warn", "warn", "warn"]);
    expect([markTone("· 无从核对"), markTone("预期性"), markTone("12,500")]).toEqual(["muted", undefined, undefined]);
  });
});

describe("a table on the page", () => {
  const table = pageTable(
    {
      columns: [
        { header: "目标" },
        { header: "代码" },
        { header: "属性" },
        { header: "条件" },
        { header: "基准情景" },
        { header: "数值", align: "right" },
      ],
      rows: [
        [
          "新投入使用停车泊位1.25万个（2026）",
          "parking_12500",
          "预期性",
          "parking[2026] >= 12500",
          "✓ 达标‡ 0 2026年起",
          "12500",
        ],
        ["no_label", "no_label", "约束性", "x > 1", "✗ 未达标 -2500", "—"],
      ],
    },
    { 条件: "code" },
  );

  it("puts the id and the condition under the label, and the label's id only once", () => {
    expect(table).toContain(
      '<td class="text">新投入使用停车泊位1.25万个（2026）<span class="id">parking_12500</span><span class="code">parking[2026] &gt;= 12500</span></td>',
    );
    expect(table).toContain('<td class="text">no_label<span class="code">x &gt; 1</span></td>');
    expect(table).not.toContain('<th class="id"');
    expect(table.match(/<th /g)).toHaveLength(4);
  });

  it("keeps kinds, verdicts and figures on one line, colours verdicts and groups figures", () => {
    expect(table).toContain('<td class="short">预期性</td>');
    expect(table).toContain('<td class="text mark good"><span class="keep">✓ 达标</span>‡ 0 2026年起</td>');
    expect(table).toContain('<td class="text mark bad"><span class="keep">✗ 未达标</span> -2,500</td>');
    expect(table).toContain('<td class="num">12,500</td>');
  });
});
