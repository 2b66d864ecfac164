import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { schemaCommand } from "../../src/cli/schema-command.js";
import { modelJsonSchema } from "../../src/structure/index.js";

describe("schemaCommand", () => {
  it("prints the model's JSON Schema as indented JSON and returns 0", () => {
    const out: string[] = [];
    expect(schemaCommand({}, { out: (t) => out.push(t), err: () => undefined })).toBe(EXIT.ok);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toEqual(modelJsonSchema());
    expect(out[0]).toContain('\n  "properties"');
    const schema = JSON.parse(out[0]!) as { properties: { indicators: { type: string } } };
    expect(schema.properties.indicators.type).toBe("object");
  });
});
