/**
 * The Mentougou 2021 government work report, end to end: the projection to 2026 under the baseline scenario,
 * the targets, and every assumption the report does not give. Run with `npm run demo`.
 */
import { fileURLToPath } from "node:url";
import { formatRun } from "../../src/cli/run-command.js";
import { loadModel } from "../../src/node.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const model = loadModel(`${here}model.yaml`);

const rule = "=".repeat(100);
console.log(rule);
console.log("门头沟区 2021 年政府工作报告 · Mentougou District 2021 government work report");
console.log(rule);
console.log();
console.log(formatRun(model.run({ scenario: "baseline" }), model.name));
