import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyClaims, type CheckKind } from "../../src/verification/index.js";

/**
 * Every derived check's interval is the exact range of its relation over the box of the printed figures' intervals:
 * it holds every value the relation takes at points of the box (sound), and no value further than a small tolerance
 * beyond them (exact). Each case writes claims that give one check of its kind, and the relation as a reader would
 * compute it at one point; the box is sampled on a grid with its corners (the extremes of these relations lie at
 * corners: each is monotone in every figure, or a weighted mean, whose extremes lie at vertices).
 */

/** A printed figure: its digits, and the interval (as a ratio for a percentage) its rounding allows. */
interface Figure {
  readonly text: string;
  readonly lo: number;
  readonly hi: number;
}

const percent = (x: number): Figure => ({
  text: `${x.toFixed(1)}%`,
  lo: (Math.round(x * 10) - 0.5) / 1000,
  hi: (Math.round(x * 10) + 0.5) / 1000,
});
const points = (x: number): Figure => ({
  text: `${x.toFixed(1)}pp`,
  lo: (Math.round(x * 10) - 0.5) / 1000,
  hi: (Math.round(x * 10) + 0.5) / 1000,
});
const plain = (x: number): Figure => ({
  text: x.toFixed(1),
  lo: (Math.round(x * 10) - 0.5) / 10,
  hi: (Math.round(x * 10) + 0.5) / 10,
});

interface Case {
  readonly kind: CheckKind;
  /** The random values of its figures (a growth in %, a level as printed …), and how each is printed. */
  readonly figures: readonly [fc.Arbitrary<number>, (x: number) => Figure][];
  /** Claims that give the check from the printed figures. */
  readonly claims: (f: readonly Figure[]) => Record<string, unknown>;
  /** The relation at one point of the box (the figures' true values, in the order given). */
  readonly at: (v: readonly number[]) => number;
}

/** Values printed to one decimal: drawn in tenths. */
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const growth = tenths(-8, 25);
const level = tenths(10, 900);
const share = tenths(5, 60);
const small = tenths(0.1, 4);
const lvl = (id: string, indicator: string, year: number, f: Figure, extra: object = {}) => ({
  id,
  indicator,
  kind: "level",
  year,
  value: f.text,
  ...extra,
});
const chg = (
  id: string,
  indicator: string,
  f: Figure,
  kind = "cumulative_change",
  from = 2022,
  to = 2023,
  extra: object = {},
) => ({ id, indicator, kind, from, to, value: f.text, ...extra });

const CASES: readonly Case[] = [
  {
    kind: "average_vs_cumulative",
    figures: [
      [tenths(5, 60), percent],
      [growth, percent],
    ],
    claims: ([c, a]) => ({
      claims: [chg("c", "x", c!, "cumulative_change", 2016, 2021), chg("a", "x", a!, "average_growth", 2016, 2021)],
    }),
    at: ([c]) => (1 + c!) ** (1 / 5) - 1,
  },
  {
    kind: "level_vs_change",
    figures: [
      [level, plain],
      [level, plain],
      [growth, percent],
    ],
    claims: ([l0, l1, g]) => ({ claims: [lvl("l0", "x", 2022, l0!), lvl("l1", "x", 2023, l1!), chg("g", "x", g!)] }),
    at: ([l0, l1]) => l1! / l0! - 1,
  },
  {
    kind: "level_vs_average",
    figures: [
      [level, plain],
      [level, plain],
      [growth, percent],
    ],
    claims: ([l0, l1, a]) => ({
      claims: [lvl("l0", "x", 2019, l0!), lvl("l1", "x", 2023, l1!), chg("a", "x", a!, "average_growth", 2019, 2023)],
    }),
    at: ([l0, l1]) => (l1! / l0!) ** (1 / 4) - 1,
  },
  {
    kind: "pp_vs_levels",
    figures: [
      [share, percent],
      [share, percent],
      [small, points],
    ],
    claims: ([s0, s1, p]) => ({
      claims: [
        lvl("s0", "x", 2022, s0!, { kind: "share" }),
        lvl("s1", "x", 2023, s1!, { kind: "share" }),
        chg("p", "x", p!, "pp_change"),
      ],
    }),
    at: ([s0, s1]) => s1! - s0!,
  },
  {
    kind: "level_vs_absolute",
    figures: [
      [level, plain],
      [level, plain],
      [level, plain],
    ],
    claims: ([l0, l1, a]) => ({
      claims: [lvl("l0", "x", 2022, l0!), lvl("l1", "x", 2023, l1!), chg("a", "x", a!, "absolute_change")],
    }),
    at: ([l0, l1]) => l1! - l0!,
  },
  {
    kind: "change_vs_absolute",
    figures: [
      [level, plain],
      [growth, percent],
      [small, plain],
    ],
    claims: ([l, g, a]) => ({
      claims: [lvl("l", "x", 2023, l!), chg("g", "x", g!), chg("a", "x", a!, "absolute_change")],
    }),
    at: ([l, g]) => (l! * g!) / (1 + g!),
  },
  {
    kind: "identity_levels",
    figures: [
      [level, plain],
      [level, plain],
      [small, plain],
    ],
    claims: ([e, y, i]) => ({
      claims: [lvl("e", "e", 2023, e!), lvl("y", "y", 2023, y!), lvl("i", "i", 2023, i!)],
      identities: ["i = e / y"],
    }),
    at: ([e, y]) => e! / y!,
  },
  {
    kind: "identity_changes",
    figures: [
      [growth, percent],
      [growth, percent],
      [growth, percent],
    ],
    claims: ([e, y, i]) => ({
      claims: [chg("e", "e", e!), chg("y", "y", y!), chg("i", "i", i!)],
      identities: ["i = e / y"],
    }),
    at: ([e, y]) => (1 + e!) / (1 + y!) - 1,
  },
  {
    kind: "periods_compose",
    figures: [
      [growth, percent],
      [growth, percent],
      [growth, percent],
    ],
    claims: ([a, b, w]) => ({
      claims: [
        chg("a", "x", a!, "average_growth", 2010, 2015),
        chg("b", "x", b!, "average_growth", 2015, 2023),
        chg("w", "x", w!, "average_growth", 2010, 2023),
      ],
    }),
    at: ([a, b]) => ((1 + a!) ** 5 * (1 + b!) ** 8) ** (1 / 13) - 1,
  },
  {
    kind: "structure_sum",
    figures: [
      [share, plain],
      [share, plain],
      [share, plain],
    ],
    claims: ([a, b, c]) => ({
      claims: [
        {
          id: "s",
          indicator: "gdp",
          kind: "structure",
          year: 2023,
          value: `${a!.text}：${b!.text}：${c!.text}`,
          parts: ["a", "b", "c"],
        },
      ],
    }),
    at: ([a, b, c]) => (a! + b! + c!) / 100,
  },
  {
    kind: "contribution_share",
    figures: [
      [small, points],
      [tenths(1, 12), percent],
      [share, percent],
    ],
    claims: ([c, g, k]) => ({
      claims: [
        chg("c", "a", c!, "contribution", 2022, 2023, { of: "gdp" }),
        chg("g", "gdp", g!),
        chg("k", "a", k!, "contribution_share", 2022, 2023, { of: "gdp" }),
      ],
    }),
    at: ([c, g]) => c! / g!,
  },
  {
    kind: "contributions_sum",
    figures: [
      [small, points],
      [small, points],
      [tenths(1, 12), percent],
    ],
    claims: ([a, b, g]) => ({
      parts: { gdp: ["a", "b"] },
      claims: [
        chg("ca", "a", a!, "contribution", 2022, 2023, { of: "gdp" }),
        chg("cb", "b", b!, "contribution", 2022, 2023, { of: "gdp" }),
        chg("g", "gdp", g!),
      ],
    }),
    at: ([a, b]) => a! + b!,
  },
  {
    kind: "rate_difference",
    figures: [
      [growth, percent],
      [growth, percent],
      [small, points],
    ],
    claims: ([r, o, d]) => ({
      claims: [
        chg("r", "x", r!),
        chg("o", "y", o!),
        chg("d", "x", d!, "rate_difference", 2022, 2023, { than: { indicator: "y" } }),
      ],
    }),
    at: ([r, o]) => r! - o!,
  },
  {
    kind: "growth_from_parts",
    figures: [
      [level, plain],
      [level, plain],
      [growth, percent],
      [growth, percent],
    ],
    claims: ([la, lb, ga, gb]) => ({
      parts: { total: ["a", "b"] },
      claims: [
        lvl("la", "a", 2022, la!, { unit: "亿元" }),
        lvl("lb", "b", 2022, lb!, { unit: "亿元" }),
        chg("ga", "a", ga!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("gb", "b", gb!, "cumulative_change", 2022, 2023, { basis: "current" }),
      ],
    }),
    at: ([la, lb, ga, gb]) => (la! * ga! + lb! * gb!) / (la! + lb!),
  },
  {
    kind: "contribution_from_growth",
    figures: [
      [share, percent],
      [growth, percent],
      [small, points],
    ],
    claims: ([s, g, c]) => ({
      claims: [
        lvl("s", "a", 2022, s!, { kind: "share", of: "gdp" }),
        chg("g", "a", g!),
        chg("c", "a", c!, "contribution", 2022, 2023, { of: "gdp" }),
      ],
    }),
    at: ([s, g]) => s! * g!,
  },
  {
    kind: "share_vs_levels",
    figures: [
      [level, plain],
      [level, plain],
      [share, percent],
    ],
    claims: ([p, t, s]) => ({
      claims: [
        lvl("p", "a", 2023, p!),
        lvl("t", "b", 2023, { ...t!, text: (Number(t!.text) + 1000).toFixed(1), lo: t!.lo + 1000, hi: t!.hi + 1000 }),
        lvl("s", "a", 2023, s!, { kind: "share", of: "b" }),
      ],
    }),
    at: ([p, t]) => p! / (t! + 1000),
  },
  {
    kind: "share_change_from_growth",
    figures: [
      [share, percent],
      [growth, percent],
      [growth, percent],
      [small, points],
    ],
    claims: ([s, g, G, p]) => ({
      claims: [
        lvl("s", "a", 2023, s!, { kind: "share", of: "t" }),
        chg("g", "a", g!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("G", "t", G!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("p", "a", p!, "pp_change", 2022, 2023, { of: "t" }),
      ],
    }),
    at: ([s, g, G]) => s! * (1 - (1 + G!) / (1 + g!)),
  },
  // the same relations read the other way: the share of the first year, the parts' levels of the last year, printed shares as weights
  {
    kind: "share_change_from_growth",
    figures: [
      [share, percent],
      [growth, percent],
      [growth, percent],
      [small, points],
    ],
    claims: ([s, g, G, p]) => ({
      claims: [
        lvl("s", "a", 2022, s!, { kind: "share", of: "t" }),
        chg("g", "a", g!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("G", "t", G!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("p", "a", p!, "pp_change", 2022, 2023, { of: "t" }),
      ],
    }),
    at: ([s, g, G]) => s! * ((1 + g!) / (1 + G!) - 1),
  },
  {
    kind: "growth_from_parts",
    figures: [
      [level, plain],
      [level, plain],
      [growth, percent],
      [growth, percent],
    ],
    claims: ([la, lb, ga, gb]) => ({
      parts: { total: ["a", "b"] },
      claims: [
        lvl("la", "a", 2023, la!, { unit: "亿元" }),
        lvl("lb", "b", 2023, lb!, { unit: "亿元" }),
        chg("ga", "a", ga!, "cumulative_change", 2022, 2023, { basis: "current" }),
        chg("gb", "b", gb!, "cumulative_change", 2022, 2023, { basis: "current" }),
      ],
    }),
    at: ([la, lb, ga, gb]) => (la! + lb!) / (la! / (1 + ga!) + lb! / (1 + gb!)) - 1,
  },
  // two shares printed as adding up to 100% (sb = 100% − sa, each rounded): the true shares add up to exactly 1
  {
    kind: "growth_from_parts",
    figures: [
      [share, percent],
      [growth, percent],
      [growth, percent],
    ],
    claims: ([sa, ga, gb]) => ({
      parts: { gdp: ["a", "b"] },
      claims: [
        lvl("sa", "a", 2022, sa!, { kind: "share", of: "gdp" }),
        lvl("sb", "b", 2022, percent(100 - Number(sa!.text.replace("%", ""))), { kind: "share", of: "gdp" }),
        chg("ga", "a", ga!),
        chg("gb", "b", gb!),
      ],
    }),
    at: ([sa, ga, gb]) => sa! * ga! + (1 - sa!) * gb!,
  },
];

/** The grid of a box: three points a side, its corners included. */
function grid(box: readonly (readonly [number, number])[]): number[][] {
  return box.reduce<number[][]>(
    (points, [lo, hi]) => points.flatMap((p) => [lo, (lo + hi) / 2, hi].map((x) => [...p, x])),
    [[]],
  );
}

describe("derived checks", () => {
  it("cover every kind of check the verifier makes from printed figures", () => {
    const kinds = new Set(CASES.map((c) => c.kind));
    // same_figure compares two printings, mean_within_groups an average with the range its groups span: neither derives a value
    const derived: Record<Exclude<CheckKind, "same_figure" | "mean_within_groups">, true> = {
      average_vs_cumulative: true,
      level_vs_change: true,
      level_vs_average: true,
      pp_vs_levels: true,
      level_vs_absolute: true,
      change_vs_absolute: true,
      identity_levels: true,
      identity_changes: true,
      periods_compose: true,
      structure_sum: true,
      contribution_share: true,
      contributions_sum: true,
      rate_difference: true,
      growth_from_parts: true,
      contribution_from_growth: true,
      share_vs_levels: true,
      share_change_from_growth: true,
    };
    expect([...kinds].sort()).toEqual(Object.keys(derived).sort());
  });

  it.each(CASES.map((c) => [c.kind, c] as const))(
    "%s: the interval is the relation's exact range over the printed figures (property)",
    (kind, c) => {
      fc.assert(
        fc.property(fc.tuple(...c.figures.map(([values]) => values)), (values) => {
          const figures = values.map((v, i) => c.figures[i]![1](v));
          const check = verifyClaims(c.claims(figures)).checks.find((x) => x.kind === kind);
          expect(check, `${kind}: no check for ${figures.map((f) => f.text).join(", ")}`).toBeDefined();
          const computed = check!.computed!;
          const lo = computed.lo!.toNumber();
          const hi = computed.hi!.toNumber();
          let min = Infinity;
          let max = -Infinity;
          for (const point of grid(figures.map((f) => [f.lo, f.hi] as const))) {
            const v = c.at(point);
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
          const slack = 1e-9 * Math.max(1, Math.abs(min), Math.abs(max)) + 1e-6 * (max - min);
          expect(lo, `${kind} sound below`).toBeLessThanOrEqual(min + slack);
          expect(hi, `${kind} sound above`).toBeGreaterThanOrEqual(max - slack);
          expect(min - lo, `${kind} exact below`).toBeLessThanOrEqual(slack);
          expect(hi - max, `${kind} exact above`).toBeLessThanOrEqual(slack);
        }),
        { seed: 28, numRuns: 40 },
      );
    },
  );
});
