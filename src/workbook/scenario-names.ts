/** The sheets every workbook has besides the scenarios'. */
export const FIXED_SHEETS = ["Inputs", "Targets"] as const;
/** The longest sheet name Excel takes. */
const MAX_SHEET = 31;

/** Each scenario's sheet, and the suffix of its inputs' defined names. */
export type ScenarioNames = ReadonlyMap<string, { readonly sheet: string; readonly suffix: string }>;

/**
 * Each scenario's sheet and the suffix of its inputs' defined names, legal and unique by construction: a sheet name
 * without the characters Excel refuses (: \ / ? * [ ]) or edge apostrophes, at most 31 characters, apart (whatever
 * the case) from the fixed sheets and from each other — `fast-1` and `fast_1` get two; a name suffix of letters,
 * digits and underscores, unique likewise. The Inputs sheet shows the mapping.
 */
export function scenarioNames(
  scenarios: readonly string[],
): Map<string, { readonly sheet: string; readonly suffix: string }> {
  const sheets = new Set<string>(FIXED_SHEETS.map((s) => s.toLowerCase()));
  const suffixes = new Set<string>();
  const unique = (base: string, taken: Set<string>, max: number, mark: string) => {
    for (let k = 1; ; k++) {
      const tail = k === 1 ? "" : `${mark}${k}`;
      const name = `${[...base].slice(0, max - tail.length).join("")}${tail}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const out = new Map<string, { sheet: string; suffix: string }>();
  for (const scenario of scenarios) {
    const legal =
      scenario
        .replace(/[:\\/?*[\]]/g, "_")
        .replace(/^'+|'+$/g, "")
        .trim() || "scenario";
    const suffix = scenario.replace(/[^\p{L}\p{N}_]/gu, "_");
    out.set(scenario, { sheet: unique(legal, sheets, MAX_SHEET, "~"), suffix: unique(suffix, suffixes, 100, "__") });
  }
  return out;
}

/** A defined name for an input in a scenario: `gdp_growth.baseline` (a period keeps it from reading as a cell). */
export function inputName(id: string, suffix: string): string {
  const head = /^[\p{L}_]/u.test(id) ? "" : "_";
  return `${head}${id.replace(/[^\p{L}\p{N}_]/gu, "_")}.${suffix}`;
}
