import { didYouMean, makeIssue, type Issue } from "../core/index.js";
import { position, type ModelStructure, type SourceInfo } from "../structure/index.js";
import { sumOfParts } from "./check-identity.js";
import type { PartsGroup } from "./claim-index.js";
import type { ReadClaim } from "./claims.js";
import { readIdentities, type Identity } from "./identity.js";

/** Totals with their parts, and the identities "total = sum of parts" that check their levels. */
export interface PartsReading {
  readonly groups: PartsGroup[];
  /** Level identities for groups no identity of the file already writes. */
  readonly identities: Identity[];
}

/** The same group written twice (an identity and a structure of the same parts) is one group. */
function groupKey(group: PartsGroup): string {
  return `${group.total}=${[...group.parts].sort().join("+")}`;
}

/**
 * Every total with its parts the claims file and its model state: an identity `total = a + b + c`, a structure's
 * parts (三次产业结构 names the parts of GDP), the file's `parts:` map (`{ gdp: [primary, secondary, tertiary] }`),
 * and a model indicator defined as `sumOf(group)`.
 * A group not already written as an identity gets one, so that the parts' printed levels are checked against the
 * total's; a structure gets one only when each of its parts has a printed level (without levels there is nothing
 * to add up). Without a model, a name in `parts:` that no claim uses is an error, with a did-you-mean.
 */
export function readPartsGroups(
  partsMap: Readonly<Record<string, readonly string[]>> | undefined,
  identities: readonly Identity[],
  claims: readonly ReadClaim[],
  model: ModelStructure | undefined,
  source: SourceInfo,
  issues: Issue[],
): PartsReading {
  const groups = new Map<string, PartsGroup>();
  for (const identity of identities) {
    const group = sumOfParts(identity);
    if (group) groups.set(groupKey(group), group);
  }
  const written = new Set(groups.keys());
  const named = new Set(claims.flatMap((c) => [...c.indicator.split("/"), ...(c.of !== undefined ? [c.of] : [])]));
  const known = model ? new Set(model.indicatorById.keys()) : named;
  const leveled = new Set(claims.filter((c) => c.kind === "level").map((c) => c.indicator));
  const toWrite: { text: string; path: (string | number)[] }[] = [];
  for (const [total, parts] of Object.entries(partsMap ?? {})) {
    const path = ["parts", total];
    // Without a model one name may be printed by no claim (the total whose growth the parts imply), unless it
    // looks like a slip of a printed one.
    const unknowns = [total, ...parts].filter((name) => !known.has(name));
    const unknown =
      model || unknowns.length > 1 ? unknowns[0] : unknowns.find((name) => didYouMean(name, known) !== undefined);
    if (unknown !== undefined) {
      const message = model ? `'${unknown}' is not an indicator of the model` : `'${unknown}' is named by no claim`;
      const hint =
        didYouMean(unknown, known) ?? (model ? undefined : "a part or total is named by the claims about it");
      issues.push(
        makeIssue("unknown_reference", {
          message: `parts of ${total}: ${message}`,
          ...(hint ? { hint } : {}),
          path,
          ...position(source, path),
        }),
      );
      continue;
    }
    const group = { total, parts };
    const apart = partsApart(parts, claims);
    if (apart)
      issues.push(
        makeIssue("parts_apart", {
          message: `parts of ${total}: ${apart}, so they are checked together nowhere`,
          hint: "give each part's figures for the same months (period:), or leave the whole year's out of the parts",
          path,
          ...position(source, path),
        }),
      );
    if (!groups.has(groupKey(group))) toWrite.push({ text: `${total} = ${parts.join(" + ")}`, path });
    groups.set(groupKey(group), group);
  }
  // A model indicator defined as the sum of a group (`total: { formula: "sumOf(sectors)" }`) is that group's total.
  for (const indicator of model?.indicators ?? []) {
    const expr = indicator.formula?.checked?.expr;
    if (expr?.kind !== "aggregate" || expr.fn !== "sumOf") continue;
    const group = { total: indicator.id, parts: model!.groups.get(expr.group)?.members ?? [] };
    if (group.parts.length < 2) continue;
    if (!groups.has(groupKey(group)))
      toWrite.push({
        text: `${group.total} = ${group.parts.join(" + ")}`,
        path: ["model", "indicators", indicator.id],
      });
    groups.set(groupKey(group), group);
  }
  for (const structure of claims.filter((c) => c.kind === "structure")) {
    const parts = structure.components!.map((c) => c.indicator.slice(0, c.indicator.indexOf("/")));
    const group = { total: structure.indicator, parts };
    if (!groups.has(groupKey(group)) && [group.total, ...parts].every((p) => leveled.has(p))) {
      toWrite.push({ text: `${group.total} = ${parts.join(" + ")}`, path: [...structure.path] });
    }
    groups.set(groupKey(group), group);
  }
  const levelIdentities = readIdentities(
    toWrite.map((w) => w.text),
    model,
    claims,
    source,
    issues,
    (i) => toWrite[i]!.path,
  ).filter((identity) => !written.has(groupKey(sumOfParts(identity) ?? { total: "", parts: [] })));
  return { groups: [...groups.values()], identities: levelIdentities };
}

/**
 * When no part of the year (or the whole year) has figures of every part, the parts as they are printed (exports
 * for 上半年, imports for 前三季度): a sentence saying so; undefined when some months have all.
 */
function partsApart(parts: readonly string[], claims: readonly ReadClaim[]): string | undefined {
  const periodsOf = (part: string) =>
    new Set(claims.filter((c) => c.indicator === part).map((c) => c.period?.code ?? "the whole year"));
  const periods = parts.map(periodsOf);
  if (periods.some((p) => p.size === 0)) return undefined;
  const shared = [...periods[0]!].filter((p) => periods.every((set) => set.has(p)));
  if (shared.length > 0) return undefined;
  return `they are printed for different parts of the year (${parts.map((p, i) => `${p}: ${[...periods[i]!].join(", ")}`).join("; ")})`;
}
