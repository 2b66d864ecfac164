/**
 * Charts: projections, fans of simulated values, sweeps, the drivers of a target and verifications as Vega-Lite
 * specs (plain JSON, browser-safe). `plansheet/svg` draws them as SVG with vega, loaded only there.
 */
export { Chart, type ChartKind } from "./chart.js";
export { VEGA_LITE_SCHEMA, CJK_FONT_STACK, type VegaLiteSpec, type ChartOptions, type ChartLanguage } from "./spec.js";
export { projectionChart } from "./projection-chart.js";
export { fanChart } from "./fan-chart.js";
export { sweepChart } from "./sweep-chart.js";
export { driversChart } from "./drivers-chart.js";
export { verificationChart } from "./verification-chart.js";
export { textWidth } from "./text-extent.js";
