import { describe, expect, it } from "vitest";
import type { IssueCode, Span } from "../../../src/core/index.js";
import type { CheckProblem } from "../../../src/formula/index.js";
import type { Typed } from "../../../src/formula/typed.js";
import { checkPeriodOrder, type Arg, type BuildTools } from "../../../src/formula/functions/spec.js";
import { poisoned } from "../../../src/formula/typed.js";

function tools(): BuildTools & { readonly problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  return {
    problems,
    report(code: IssueCode, message: string, span: Span, hint?: string): Typed {
      problems.push({ code, message, span, ...(hint ? { hint } : {}) });
      return poisoned(span);
    },
    unify: () => {
      throw new Error("not used");
    },
    requireDimensionless: () => {
      throw new Error("not used");
    },
  };
}

const span = { start: 0, end: 10 };
const absolute = (year: number): Arg => ({ kind: "year", year: { kind: "absolute", year }, span });
const relative = (offset: number): Arg => ({ kind: "year", year: { kind: "relative", offset }, span });

describe("checkPeriodOrder", () => {
  it("accepts a period that runs forward, absolute or relative", () => {
    const t = tools();
    expect(checkPeriodOrder(absolute(2016), absolute(2021), "cagr", false, t, span)).toBe(true);
    expect(checkPeriodOrder(relative(-5), relative(0), "cagr", false, t, span)).toBe(true);
    expect(t.problems).toEqual([]);
  });

  it("refuses a period of no years unless equal ends are allowed", () => {
    const t = tools();
    expect(checkPeriodOrder(absolute(2021), absolute(2021), "cagr", false, t, span)).toBe(false);
    expect(checkPeriodOrder(absolute(2021), absolute(2021), "sum", true, t, span)).toBe(true);
    expect(t.problems).toHaveLength(1);
  });

  it("reports a backward period as wrong_arguments with the function's name", () => {
    const t = tools();
    expect(checkPeriodOrder(relative(0), relative(-1), "change", false, t, span)).toBe(false);
    expect(checkPeriodOrder(absolute(2025), absolute(2021), "mean", true, t, span)).toBe(false);
    expect(t.problems).toEqual([
      {
        code: "wrong_arguments",
        message: "change needs a period whose end comes after its start",
        span,
        hint: "write the earlier year first, as in change(x, 2016, 2021)",
      },
      {
        code: "wrong_arguments",
        message: "mean needs a period whose end comes no earlier than its start",
        span,
        hint: "write the earlier year first, as in mean(x, 2016, 2021)",
      },
    ]);
  });

  it("leaves a period with one absolute and one relative end to evaluation", () => {
    const t = tools();
    expect(checkPeriodOrder(absolute(2025), relative(0), "cagr", false, t, span)).toBe(true);
    expect(t.problems).toEqual([]);
  });
});
