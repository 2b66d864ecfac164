import { claimsDefinitionOf, type Extraction, type ExtractedClaim } from "../extraction/index.js";
import type { ClaimDefinition } from "../verification/index.js";

/** A string as YAML reads it back unchanged (a JSON string is a YAML string). */
const str = (s: string) => JSON.stringify(s);

/** A claim of the claims definition as a block of a claims file, with its line and its guess (if any) as comments. */
function claimBlock(claim: ClaimDefinition, read: ExtractedClaim | undefined): string[] {
  const lines: string[] = [];
  if (claim.confidence === "guess") lines.push(`  # guess: ${claim.note ?? "check this reading against the quote"}`);
  lines.push(
    `  - id: ${str(claim.id)}`,
    `    quote: ${str(claim.quote ?? "")}${read ? `  # line ${read.line}` : ""}`,
    `    label: ${str(claim.label ?? "")}`,
    `    indicator: ${str(claim.indicator)}`,
  );
  lines.push(`    kind: ${claim.kind}`);
  if (claim.year !== undefined) lines.push(`    year: ${claim.year}`);
  if (claim.from !== undefined) lines.push(`    from: ${claim.from}`, `    to: ${claim.to}`);
  if (claim.period !== undefined) lines.push(`    period: ${claim.period}`);
  lines.push(`    value: ${str(String(claim.value))}`);
  if (claim.unit) lines.push(`    unit: ${str(claim.unit)}`);
  if (claim.qualifiers?.length) lines.push(`    qualifiers: [${claim.qualifiers.join(", ")}]`);
  if (claim.of) lines.push(`    of: ${str(claim.of)}`);
  if (claim.parts) lines.push(`    parts: [${claim.parts.map(str).join(", ")}]`);
  if (claim.than) lines.push(`    than: ${JSON.stringify(claim.than)}`);
  if (claim.deflates) lines.push(`    deflates: ${str([claim.deflates].flat().join(", "))}`);
  if (claim.basis) lines.push(`    basis: ${claim.basis}`);
  if (claim.confidence) lines.push(`    confidence: ${claim.confidence}`);
  if (claim.assumes?.length) lines.push(`    assumes: [${claim.assumes.join(", ")}]`);
  if (claim.note) lines.push(`    note: ${str(claim.note)}`);
  return lines;
}

/**
 * An extraction as a claims file a person reviews and edits: the proposed identities and parts, every claim with
 * its quote and line (a guess says so in a comment), then the targets as conditions for a model and the numbers
 * that are no figure, as comments. `plansheet verify` reads it back as it is.
 */
export function formatExtractedClaimsYaml(extraction: Extraction, source: string): string {
  const lines = [
    `# Claims extracted from ${source} by plansheet extract: ${extraction.claims.length} claims, ${extraction.targets.length} targets,`,
    `# ${extraction.unclassified.length} numbers that are no figure. Review each claim against its quote; a "# guess:" rests on`,
    `# something the text does not print. The report's year is ${extraction.year ?? "not printed"} (${extraction.document.yearSource}). An indicator`,
    `# that is no usual one carries the number of its mention (奖牌#12): it means one thing only where it is named.`,
    `name: ${str(`claims of ${source}`)}`,
    `source: ${str(source)}`,
  ];
  if (extraction.identities.length) {
    lines.push(
      "# proposed: these hold by definition between indicators the text prints",
      "identities:",
      ...extraction.identities.map((i) => `  - ${str(i)}`),
    );
  }
  const parts = Object.entries(extraction.parts);
  if (parts.length)
    lines.push(
      "# proposed: totals and their parts",
      "parts:",
      ...parts.map(([total, p]) => `  ${str(total)}: [${p.map(str).join(", ")}]`),
    );
  const means = Object.entries(extraction.means ?? {});
  if (means.length)
    lines.push(
      "# proposed: averages over groups",
      "means:",
      ...means.map(([mean, g]) => `  ${str(mean)}: [${g.map(str).join(", ")}]`),
    );
  const definition = claimsDefinitionOf(extraction);
  const byId = new Map(extraction.claims.map((c) => [c.id, c]));
  const claims = definition.claims as ClaimDefinition[];
  lines.push("claims:", ...claims.flatMap((c) => claimBlock(c, byId.get(c.id))));
  if (claims.length === 0) lines[lines.length - 1] = "claims: []";
  if (extraction.targets.length) {
    lines.push("", "# Targets the text sets, as conditions for a model's targets:");
    for (const t of extraction.targets)
      lines.push(`#   ${t.condition}    # line ${t.line}: ${t.quote.replace(/\s+/g, " ")}`);
  }
  if (extraction.unclassified.length) {
    lines.push("", "# Numbers that are no figure (a date, a name, an ordinal, or no relation the extractor knows):");
    for (const u of extraction.unclassified)
      lines.push(
        `#   line ${u.line}: ${u.number} (${u.reason.replace("_", " ")}) in “${u.quote.replace(/\s+/g, " ")}”`,
      );
  }
  return `${lines.join("\n")}\n`;
}
