import { processConsole } from "./console.js";
import { runCli } from "./program.js";

// The `plansheet` executable: arguments in, exit code out.
runCli(process.argv.slice(2), processConsole).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plansheet: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
