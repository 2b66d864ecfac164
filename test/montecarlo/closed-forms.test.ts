import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { simulate } from "../../src/montecarlo/index.js";
import { normalCdf } from "../../src/core/random/special-functions.js";
import { triangularQuantile } from "../../src/structure/distributions/triangular.js";

/** |p̂ − p| within k standard errors of a proportion from n trials. */
function expectWithinStandardErrors(estimate: number, exact: number, n: number, k = 4): void {
  const se = Math.sqrt((exact * (1 - exact)) / n);
  expect(Math.abs(estimate - exact), `estimate ${estimate} vs exact ${exact}`).toBeLessThanOrEqual(k * se + 1e-12);
}

const TRIALS = 20_000;

describe("Monte Carlo against closed forms", () => {
  it("gives P(x_n ≥ K) = 1 − Φ((ln(K/x₀) − nμ)/(σ√n)) for log-growth normal and independent by year", () => {
    const [x0, mu, sigma, n, k] = [100, 0.04, 0.03, 5, 125];
    const model = buildModel({
      years: [2020, 2025],
      baseYear: 2020,
      indicators: {
        x: { history: { 2020: x0 }, projection: "x[t-1] * exp(r)" },
        r: { value: mu },
      },
      targets: { reach: { check: `x[2025] >= ${k}` } },
      uncertainty: { r: { normal: { mean: mu, sd: sigma }, draw: "yearly" } },
    });
    const exact = 1 - normalCdf((Math.log(k / x0) - n * mu) / (sigma * Math.sqrt(n)));
    const result = simulate(model, { trials: TRIALS, seed: 11 });
    expectWithinStandardErrors(result.targets[0]!.probability, exact, TRIALS);
    // The median of x_n is x₀·e^{nμ}; its 95th percentile x₀·e^{nμ + 1.645σ√n}.
    const q = result.quantiles.x!["2025"]!;
    expect(q.p50 / (x0 * Math.exp(n * mu))).toBeCloseTo(1, 2);
    expect(q.p95 / (x0 * Math.exp(n * mu + 1.6448536269514722 * sigma * Math.sqrt(n)))).toBeCloseTo(1, 2);
  });

  it("gives the share of two independently log-normally growing quantities its log-normal probability", () => {
    // s_n = a_n / b_n with ln s_n ~ N(ln(a₀/b₀) + n(μa − μb), n(σa² + σb²)).
    const [a0, b0, ma, sa, mb, sb, n, c] = [14, 100, -0.02, 0.04, 0.05, 0.01, 4, 0.1];
    const model = buildModel({
      years: [2021, 2025],
      baseYear: 2021,
      indicators: {
        a: { history: { 2021: a0 }, projection: "a[t-1] * exp(ra)" },
        b: { history: { 2021: b0 }, projection: "b[t-1] * exp(rb)" },
        ra: { value: ma },
        rb: { value: mb },
        share: { unit: "%", formula: "a / b" },
      },
      targets: { below: { check: `share[2025] < ${c * 100}%` } },
      uncertainty: {
        ra: { normal: { mean: ma, sd: sa }, draw: "yearly" },
        rb: { normal: { mean: mb, sd: sb }, draw: "yearly" },
      },
    });
    const exact = normalCdf((Math.log(c) - Math.log(a0 / b0) - n * (ma - mb)) / Math.sqrt(n * (sa * sa + sb * sb)));
    const result = simulate(model, { trials: TRIALS, seed: 12 });
    expectWithinStandardErrors(result.targets[0]!.probability, exact, TRIALS);
  });

  it("matches a triangular growth drawn once against its exact CDF", () => {
    const [x0, lo, mode, hi, n, k] = [50, -0.02, 0.05, 0.09, 5, 63];
    const model = buildModel({
      years: [2020, 2025],
      baseYear: 2020,
      indicators: { x: { history: { 2020: x0 }, projection: "x[t-1] * (1 + g)" }, g: { value: mode } },
      targets: { reach: { check: `x[2025] >= ${k}` } },
      uncertainty: { g: { triangular: { min: lo, mode, max: hi } } },
    });
    const needed = (k / x0) ** (1 / n) - 1;
    // The triangular CDF at the growth needed, from its quantile function's inverse.
    const cdf = (x: number) =>
      x <= mode ? (x - lo) ** 2 / ((hi - lo) * (mode - lo)) : 1 - (hi - x) ** 2 / ((hi - lo) * (hi - mode));
    expect(triangularQuantile(cdf(needed), lo, mode, hi)).toBeCloseTo(needed, 12);
    const result = simulate(model, { trials: TRIALS, seed: 13 });
    expectWithinStandardErrors(result.targets[0]!.probability, 1 - cdf(needed), TRIALS);
  });
});
