import { Command, CommanderError, Option } from "commander";
import { PlansheetError } from "../core/index.js";
import { formatIssues } from "../render/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { runCommand } from "./run-command.js";
import { schemaCommand } from "./schema-command.js";
import { verifyCommand } from "./verify-command.js";

/**
 * Runs the `plansheet` command line with `argv` (without `node` and the script) and returns the exit code.
 * Usage errors exit 2 with commander's message; a `PlansheetError` raised by a command (an unknown scenario,
 * say) is printed with its issues and exits 2 too, since the call, not the model, was wrong.
 */
export async function runCli(argv: readonly string[], console: Console): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("plansheet")
    .description("Scenario modelling of development plans: project, check targets, verify printed figures.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => console.out(s), writeErr: (s) => console.err(s) })
    .showHelpAfterError("(run plansheet --help for usage)");

  program
    .command("run")
    .description("project a model year by year under a scenario, with its targets and assumptions")
    .argument("<model>", "model file (YAML or JSON)")
    .option("-s, --scenario <name>", "scenario to run (default: baseline)")
    .addOption(new Option("--mode <mode>", "number mode").choices(["float", "decimal"]).default("float"))
    .option("--json", "print JSON (DESIGN's run shape)")
    .option("--strict", "exit 3 when a target is unmet")
    .action((model: string, opts: { scenario?: string; mode: "float" | "decimal"; json?: boolean; strict?: boolean }) => {
      code = runCommand(model, opts, console);
    });

  program
    .command("verify")
    .description("check the figures printed in a report against each other, given their rounding")
    .argument("<claims>", "claims file (YAML or JSON)")
    .option("-m, --model <model>", "model file whose indicators and units the claims use (overrides the file's own model:)")
    .option("--json", "print JSON (DESIGN's verify shape)")
    .option("--strict", "exit 3 when a check is inconsistent or an arithmetic mean")
    .action((claims: string, opts: { model?: string; json?: boolean; strict?: boolean }) => {
      code = verifyCommand(claims, opts, console);
    });

  program
    .command("schema")
    .description("print the JSON Schema of model files")
    .option("--claims", "print the JSON Schema of claims files instead")
    .action((opts: { claims?: boolean }) => {
      code = schemaCommand(opts, console);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof PlansheetError) {
      console.err(formatIssues(error.issues));
      return EXIT.usage;
    }
    throw error;
  }
  return code;
}
