/**
 * The io layer: reading model and claims files from their text (YAML or JSON) with positions for errors.
 * Reading files by path lives in the `plansheet/node` entry; this layer touches no file system.
 */
export { readYamlText } from "./read-text.js";
export { parseModelText, readModelFile, buildModelFile, type ParseModelOptions } from "./model-text.js";
export { csvGrid, cellAddress, parseCellAddress, type GridRead } from "./data-grid.js";
export { decodeText } from "./decode-text.js";
export { isClaimsText, readClaimsText, verifyClaimsRead, verifyClaimsText } from "./claims-text.js";
export { readReportBytes } from "./report-text.js";
