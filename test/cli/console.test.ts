import { afterEach, describe, expect, it, vi } from "vitest";
import { processConsole } from "../../src/cli/console.js";

describe("processConsole", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes results to standard output, ending each with a newline", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    processConsole.out("hello");
    processConsole.out("done\n");
    expect(write.mock.calls.map((c) => c[0])).toEqual(["hello\n", "done\n"]);
  });

  it("writes messages to standard error", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    processConsole.err("oops");
    expect(write.mock.calls.map((c) => c[0])).toEqual(["oops\n"]);
  });
});
