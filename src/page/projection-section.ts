import { escapeHtml, type Language } from "../core/index.js";
import type { Projection } from "../evaluation/index.js";
import { projectionDoc, scenarioName, words } from "../render/index.js";
import { tag } from "./html.js";
import { type PageDoc, pageDoc } from "./page-table.js";
import { bothLanguages, pageWord } from "./page-words.js";

/**
 * A scenario as a heading names it: its Chinese label, its English one, and its id where neither is it
 * (`较快增长 faster growth（faster）`, `基准情景 baseline`).
 */
export function scenarioHeading(run: Projection, first: Language = "zh"): string {
  const names = [...new Set(bothLanguages(first).map((lang) => scenarioName(run.structure, run.scenario, lang)))];
  return `${names.join(" ")}${names.includes(run.scenario) ? "" : `（${run.scenario}）`}`;
}

/** A scenario as a sentence in `lang` names it: its label, with its id beside where they differ. */
export function scenarioNamed(run: Projection, lang: Language): string {
  const name = scenarioName(run.structure, run.scenario, lang);
  if (name === run.scenario) return name;
  return lang === "zh" ? `${name}（${run.scenario}）` : `${name} (${run.scenario})`;
}

/** Each row of a projection's table by indicator id, as the page's tables show it. */
function rowsById(doc: PageDoc, lang: Language): Map<string, string> {
  const rows = new Map<string, string>();
  for (const block of doc) {
    if (typeof block === "string") continue;
    const id = block.columns.findIndex((c) => c.header === words(lang).id);
    for (const row of block.rows) rows.set(row[id] ?? "", row.join("\u0000"));
  }
  return rows;
}

/**
 * The projection tables: the first scenario's in full, then each other scenario's (folded on screen, printed open)
 * with only the indicators whose values differ from the first's in some year, and a line saying that the others
 * are as in the first, so that every figure is on the page once.
 */
export function projectionSection(runs: readonly Projection[], lang: Language = "zh"): string {
  const [first, ...others] = runs;
  if (!first) return "";
  const firstDoc = projectionDoc(first, lang);
  const reference = rowsById(firstDoc, lang);
  const both = (key: "sameAsBaseline" | "noDifference", n: number) =>
    bothLanguages(lang)
      .map((l) => pageWord(key, l, { n, baseline: scenarioNamed(first, l) }))
      .join(" ");
  const parts = [`${tag("h3", scenarioHeading(first, lang))}<div class="scroll">${pageDoc(firstDoc)}</div>`];
  for (const run of others) {
    let same = 0;
    const doc: PageDoc = projectionDoc(run, lang).map((block) => {
      if (typeof block === "string") return block;
      const id = block.columns.findIndex((c) => c.header === words(lang).id);
      const rows = block.rows.filter((row) => reference.get(row[id] ?? "") !== row.join("\u0000"));
      same += block.rows.length - rows.length;
      return { ...block, rows };
    });
    const changed = doc.some((block) => typeof block !== "string" && block.rows.length > 0);
    const body = changed
      ? `${pageDoc(doc)}${same > 0 ? tag("p", both("sameAsBaseline", same), "muted") : ""}`
      : tag("p", both("noDifference", 0), "muted");
    parts.push(
      `<details><summary>${escapeHtml(scenarioHeading(run, lang))}</summary>${tag("h3", scenarioHeading(run, lang), "print-only")}<div class="scroll">${body}</div></details>`,
    );
  }
  return parts.join("\n");
}
