import { describe, expect, it } from "vitest";
import { idProblem } from "../../src/structure/ids.js";

describe("idProblem", () => {
  it.each(["gdp", "re_share", "x1", "_private", "地区生产总值", "gdp增速", "constructor", "toString", "prototype"])(
    "accepts %s",
    (id) => {
      expect(idProblem(id)).toBeUndefined();
    },
  );

  it("refuses the empty id", () => {
    expect(idProblem("")).toContain("empty");
  });

  it.each(["a'b", 'a"b', "a[0]", "a]", "a b", "a.b", "a-b", "a+b", "9a", "a;b", "a\nb", "a(b)", "`a`", "a\\b"])(
    "refuses %j, which a formula cannot write",
    (id) => {
      expect(idProblem(id)).toContain("not a name a formula can write");
    },
  );

  it.each(["__proto__", "__defineGetter__", "__x"])("refuses %s, which starts with __", (id) => {
    expect(idProblem(id)).toContain("__");
  });

  it.each(["t", "and", "or", "not", "mod", "true", "false", "null", "undefined", "NaN", "Infinity"])(
    "refuses the reserved word %s",
    (id) => {
      expect(idProblem(id)).toContain("reserved");
    },
  );
});
