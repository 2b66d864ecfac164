import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Console } from "../../src/cli/console.js";
import { loadForCommand } from "../../src/cli/load.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plansheet-load-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function capture(): { console: Console; err: string[] } {
  const err: string[] = [];
  return { console: { out: () => undefined, err: (t) => err.push(t) }, err };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("loadForCommand", () => {
  it("loads a valid model", async () => {
    const file = write("ok.yaml", "years: [2020, 2021]\nbaseYear: 2020\nindicators:\n  a: { value: 1 }\n");
    const { console, err } = capture();
    const loaded = await loadForCommand(file, console);
    expect(loaded.partial).toBe(false);
    expect(loaded.issues).toEqual([]);
    expect(loaded.model!.run().get("a", 2021)).toBe(1);
    expect(err).toEqual([]);
  });

  it("returns a partial model and prints its errors with file:line:col", async () => {
    const file = write(
      "partial.yaml",
      "years: [2020, 2021]\nbaseYear: 2020\nindicators:\n  a: { value: 1 }\n  b: { formula: aa + 1 }\n",
    );
    const { console, err } = capture();
    const loaded = await loadForCommand(file, console);
    expect(loaded.partial).toBe(true);
    expect(loaded.model!.run().get("a", 2020)).toBe(1);
    expect(loaded.issues.map((i) => i.code)).toEqual(["unknown_reference"]);
    expect(err.join("\n")).toContain(`${file}:5:17  error  unknown_reference`);
  });

  it("prints nothing when quiet", async () => {
    const file = write("quiet.yaml", "years: [2020, 2021]\nbaseYear: 2020\nindicators:\n  b: { formula: aa + 1 }\n");
    const { console, err } = capture();
    const loaded = await loadForCommand(file, console, true);
    expect(loaded.partial).toBe(true);
    expect(err).toEqual([]);
  });

  it("returns no model when the file cannot be read or has the wrong shape", async () => {
    const { console } = capture();
    const missing = await loadForCommand(path.join(dir, "missing.yaml"), console);
    expect(missing.model).toBeUndefined();
    expect(missing.partial).toBe(false);
    expect(missing.issues[0]!.code).toBe("file_unreadable");
    const shape = await loadForCommand(write("shape.yaml", "years: 2020\n"), console);
    expect(shape.model).toBeUndefined();
    expect(shape.issues.every((i) => i.code === "schema")).toBe(true);
  });
});
