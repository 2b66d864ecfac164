import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeControls } from "../../src/render/index.js";
import { cli, EXAMPLE, tempDir } from "./helpers.js";

const file = tempDir("plansheet-output-");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("what the command line prints", () => {
  it("writes control characters from labels and names as escapes, so a model cannot drive the terminal", async () => {
    const model = file(
      "escapes.yaml",
      [
        'name: "x\\u001b[31mred"',
        "years: [2020, 2021]",
        "baseYear: 2020",
        "indicators:",
        '  a: { value: 1, label: "A\\u001b[2J\\u202e\\u009b" }',
      ].join("\n"),
    );
    const { code, out } = await cli("run", model);
    expect(code).toBe(0);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out).toContain("x\\u001b[31mred");
    expect(out).toContain("A\\u001b[2J\\u202e\\u009b");
    // In JSON the escape is the character itself: the data is kept.
    const data = { label: "A\u001b[2J\u202e\u009b\u007f", quote: "增长5%\r\n" };
    const json = escapeControls(JSON.stringify(data));
    expect(json).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it("stops quietly when the reader closes the pipe early (`plansheet run … | head -1`)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "run", EXAMPLE], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});
