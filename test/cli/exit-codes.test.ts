import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";

describe("EXIT", () => {
  it("holds the README's exit codes: 0 ok, 1 model error, 2 usage, 3 strict", () => {
    expect(EXIT).toEqual({ ok: 0, modelError: 1, usage: 2, strict: 3 });
  });
});
