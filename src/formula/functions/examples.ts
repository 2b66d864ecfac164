/**
 * The small model every function's documented example runs on, in {@link EXAMPLE_YEAR}: GDP of 200 亿元 in 2016,
 * 250 in 2020 and 257.36 in 2021; energy use 100 → 110 万吨标准煤 from 2016 to 2021; a share of 12% in 2016 and 9.5%
 * in 2021; forest cover 40% → 45%; industry 100 → 103 亿元 from 2020 to 2021; investment of 10 … 14 亿元 from 2021 to 2025; a group `sectors` of three
 * parts (1, 2 and 3 亿元). The test suite evaluates each function's `example` there and compares it with its
 * `exampleValue`, so the documentation cannot drift from what the engine computes.
 */
export const EXAMPLE_DATA = {
  years: [2016, 2025],
  baseYear: 2021,
  groups: { sectors: {} },
  indicators: {
    gdp: { unit: "亿元", history: { 2016: 200, 2020: 250, 2021: 257.36 } },
    energy: { unit: "万吨标准煤", history: { 2016: 100, 2021: 110 } },
    share: { unit: "%", history: { 2016: "12%", 2021: "9.5%" } },
    share0: { unit: "%", value: "10%" },
    forest_cover: { unit: "%", history: { 2016: "40%", 2021: "45%" } },
    investment: { unit: "亿元", history: { 2021: 10, 2022: 11, 2023: 12, 2024: 13, 2025: 14 } },
    industry: { unit: "亿元", history: { 2020: 100, 2021: 103 } },
    re_va: { unit: "亿元", history: { 2021: 30 } },
    re_growth: { unit: "%", value: "-2%" },
    primary: { unit: "亿元", value: 1, groups: ["sectors"] },
    secondary: { unit: "亿元", value: 2, groups: ["sectors"] },
    tertiary: { unit: "亿元", value: 3, groups: ["sectors"] },
  },
} as const;

/** The year the documented examples are evaluated in. */
export const EXAMPLE_YEAR = 2021;
