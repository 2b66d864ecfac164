import { describe, expect, it } from "vitest";
import { displayWidth, pad } from "../../src/render/text-width.js";

describe("displayWidth", () => {
  it("counts one column for ASCII", () => {
    expect(displayWidth("gdp 276")).toBe(7);
    expect(displayWidth("")).toBe(0);
  });

  it("counts two columns for each Chinese character and full-width punctuation", () => {
    expect(displayWidth("地区生产总值")).toBe(12);
    expect(displayWidth("增速（预测）")).toBe(12);
    expect(displayWidth("GDP 地区生产总值")).toBe(4 + 12);
  });

  it("counts no columns for combining marks and zero-width characters", () => {
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb")).toBe(2);
  });

  it("counts non-wide symbols as one column", () => {
    expect(displayWidth("—†~*%")).toBe(5);
  });
});

describe("pad", () => {
  it("pads on the right for left alignment and on the left for right alignment, by display width", () => {
    expect(pad("亿元", 6)).toBe("亿元  ");
    expect(pad("亿元", 6, "right")).toBe("  亿元");
    expect(pad("276", 5, "right")).toBe("  276");
  });

  it("leaves text at or beyond the width as it is", () => {
    expect(pad("地区生产总值", 4)).toBe("地区生产总值");
  });
});
