/**
 * The Mentougou 2021 government work report, end to end: first the figures of the 2016–2021 review checked
 * against each other, then the projection to 2026 under the baseline scenario with the targets, and every
 * assumption the report does not give. Run with `npm run demo`.
 */
import { fileURLToPath } from "node:url";
import { formatRun } from "../../src/cli/run-command.js";
import { loadModel, verifyClaimsFile } from "../../src/node.js";
import { formatVerification } from "../../src/render/index.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const model = loadModel(`${here}model.yaml`);
const report = verifyClaimsFile(`${here}claims.yaml`, { model });

const rule = "=".repeat(100);
const section = (title: string) => console.log(`\n${rule}\n${title}\n${rule}\n`);

section("门头沟区 2021 年政府工作报告 · Mentougou District 2021 government work report");
console.log("Source: shared/seeds/mentougou-2021-government-work-report.txt (delivered 15 December 2021).");

section("1. Do the printed figures agree? 过去五年工作回顾的数字是否自洽");
console.log(formatVerification(report, "claims.yaml"));

section("2. Projection to 2026, baseline scenario 基准情景预测");
console.log(formatRun(model.run({ scenario: "baseline" }), model.name));
