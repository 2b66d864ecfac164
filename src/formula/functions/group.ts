import { conversionFactor, sameDimensions, type Unit } from "../../units/index.js";
import { excelMean, excelSum } from "./excel.js";
import type { Arg, FunctionSpec } from "./spec.js";

function aggregateSpec(name: "sumOf" | "meanOf", summary: string): FunctionSpec {
  return {
    name,
    signature: `${name}(group)`,
    summary,
    edgeCases:
      "missing if any member is missing in that year; members must share a dimension (their scales are converted)",
    example: `${name}(sectors)`,
    exampleValue: name === "sumOf" ? 6 : 2,
    params: ["group"],
    excel: { over: "members", text: name === "sumOf" ? excelSum : excelMean },
    build(args, span, tools) {
      const group = args[0] as Arg & { kind: "group" };
      const target: Unit | undefined = group.members.find((m) => m.unit)?.unit;
      const members: { slot: number; num: number; den: number }[] = [];
      for (const m of group.members) {
        if (target && m.unit && !sameDimensions(target, m.unit)) {
          return tools.report(
            "unit_mismatch",
            `group '${group.name}' mixes units: ${m.name} is in ${m.unit.name}, other members in ${target.name}`,
            group.span,
            "a group aggregate needs members measured in the same kind of unit",
          );
        }
        const factor = target && m.unit ? conversionFactor(m.unit, target) : { num: 1n, den: 1n };
        members.push({ slot: m.slot, num: Number(factor.num), den: Number(factor.den) });
      }
      return {
        expr: { kind: "aggregate", fn: name, group: group.name, members, span },
        type: target ? { kind: "unit", unit: target } : { kind: "free" },
      };
    },
  };
}

/** `sumOf(group)`: the sum of the group's members in the same year (GDP as the sum of three sectors). */
export const sumOfSpec = aggregateSpec("sumOf", "sum of the group's members in the same year");

/** `meanOf(group)`: the average of the group's members in the same year. */
export const meanOfSpec = aggregateSpec("meanOf", "average of the group's members in the same year");
