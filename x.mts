import { writeFileSync } from "node:fs";
import { loadModel } from "./src/node.ts";
import { toWorkbook } from "./src/xlsx.ts";
const model = loadModel("examples/mentougou-2021/model.yaml");
const bytes = await toWorkbook(model, { cachedValues: process.argv[2] !== "nocache" });
writeFileSync("/tmp/m.xlsx", bytes);
console.log(bytes.length);
