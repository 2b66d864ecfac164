import { processConsole } from "./console.js";
import { runCli } from "./program.js";

// The `plansheet` executable: arguments in, exit code out.

// A reader that stops early (`plansheet run model.yaml | head`) closes the pipe: that is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), processConsole).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `plansheet: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
