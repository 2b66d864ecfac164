import { describe, expect, it } from "vitest";
import { bilingual } from "../../src/render/labels.js";

describe("bilingual", () => {
  it("joins the Chinese and English labels", () => {
    expect(bilingual({ zh: "地区生产总值", en: "GDP" })).toBe("地区生产总值 GDP");
  });

  it("uses whichever label exists", () => {
    expect(bilingual({ zh: "森林覆盖率" })).toBe("森林覆盖率");
    expect(bilingual({ en: "forest cover" })).toBe("forest cover");
  });

  it("falls back when there is no label", () => {
    expect(bilingual({}, "gdp")).toBe("gdp");
    expect(bilingual({})).toBe("");
  });
});
