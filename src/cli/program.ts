import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { PlansheetError, type IssueCode } from "../core/index.js";
import { ModelError } from "../evaluation/index.js";
import { formatIssues } from "../render/index.js";
import { escapingConsole, type Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { VERSION } from "./version.js";
import { runCommand } from "./run-command.js";
import { compareCommand } from "./compare-command.js";
import { schemaCommand } from "./schema-command.js";
import { simulateCommand } from "./simulate-command.js";
import { solveCommand } from "./solve-command.js";
import { sweepCommand } from "./sweep-command.js";
import { verifyCommand } from "./verify-command.js";
import { readSubYearPeriod } from "../verification/index.js";
import { extractCommand } from "./extract-command.js";
import { chartCommand } from "./chart-command.js";
import { reportCommand } from "./report-command.js";
import { exportCommand } from "./export-command.js";
import { allowDataOutside } from "./load.js";

/** The issues that make an error a file's (exit 1) rather than a call's (exit 2). */
const FILE_PROBLEMS: ReadonlySet<IssueCode> = new Set(["file_unreadable", "file_unwritable"]);

/**
 * Runs the `plansheet` command line with `argv` (without `node` and the script) and returns the exit code.
 * Usage errors exit 2 with commander's message; a `PlansheetError` raised by a command (an unknown scenario,
 * say) is printed with its issues and exits 2 too, since the call, not the model, was wrong.
 */
export async function runCli(argv: readonly string[], output: Console): Promise<number> {
  const console = escapingConsole(output);
  let code: number = EXIT.ok;
  const program = new Command()
    .name("plansheet")
    .description("Scenario modelling of development plans: project, check targets, verify printed figures.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => console.out(s), writeErr: (s) => console.err(s) })
    .version(VERSION, "-v, --version")
    .option(
      "--outside-data",
      "let a model's data: read tables outside the model file's folder (by default only its own folder's are read)",
    )
    .showHelpAfterError("(run plansheet --help for usage)")
    .hook("preAction", () => allowDataOutside(program.opts<{ outsideData?: boolean }>().outsideData === true));

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  /** `--lang`, on every command that writes for people: Chinese labels and words first, English on request. */
  const langOption = () =>
    new Option("--lang <lang>", "the language of labels, headers and sentences").choices(["zh", "en"]).default("zh");
  /** `--wide`, beside `--lang`: text at its natural width rather than the terminal's (80 columns when not one). */
  const wideOption = () => new Option("--wide", "do not fold or wrap text to the terminal's width");

  program
    .command("run")
    .description("project a model year by year under a scenario, with its targets and assumptions")
    .argument("<model>", "model file (YAML or JSON)")
    .option("-s, --scenario <name>", "scenario to run (default: baseline)")
    .addOption(new Option("--mode <mode>", "number mode").choices(["float", "decimal"]).default("float"))
    .option("--json", "print JSON (the run shape in the README)")
    .addOption(
      new Option(
        "--csv",
        "print every cell as CSV in tidy long form (UTF-8 with a byte order mark, for Excel)",
      ).conflicts("json"),
    )
    .option("--strict", "exit 3 when a target is unmet")
    .addOption(
      new Option(
        "--chart <id>",
        "draw one indicator as SVG instead: every scenario (or --scenario's), with its target lines",
      ).conflicts(["json", "csv"]),
    )
    .option(
      "-o, --output <file>",
      "write there what would be printed (the text, --json or --csv); with --chart the SVG, or a PNG for a .png name",
    )
    .addOption(langOption())
    .addOption(wideOption())
    .action(
      async (
        model: string,
        opts: {
          scenario?: string;
          mode: "float" | "decimal";
          json?: boolean;
          csv?: boolean;
          strict?: boolean;
          chart?: string;
          output?: string;
          lang: "zh" | "en";
          wide?: boolean;
        },
      ) => {
        code = opts.chart
          ? await chartCommand(model, { ...opts, chart: opts.chart }, console)
          : await runCommand(model, opts, console);
      },
    );

  program
    .command("export")
    .description("the model as an Excel workbook: inputs, one sheet of live formulas per scenario, targets")
    .argument("<model>", "model file (YAML or JSON)")
    .requiredOption("-o, --output <file>", "the .xlsx file to write")
    .option("-s, --scenario <name>", "a scenario to write (repeatable; default: the baseline)", collect)
    .option("--all-scenarios", "write every scenario of the model")
    .action(async (model: string, opts: Parameters<typeof exportCommand>[1]) => {
      code = await exportCommand(model, opts, console);
    });

  program
    .command("report")
    .description("one self-contained, printable HTML page: findings, targets, what it would take, charts, tables")
    .argument("<model>", "model file (YAML or JSON)")
    .requiredOption("-o, --output <file>", "the HTML file to write")
    .option("--claims <file>", "a claims file whose figures to check and put first")
    .option("--simulate <n>", "trials of a Monte Carlo run: probabilities, fan charts and drivers")
    .option("--seed <k>", "seed of the Monte Carlo run (with --simulate)")
    .addOption(langOption())
    .action(async (model: string, opts: Parameters<typeof reportCommand>[1]) => {
      code = await reportCommand(model, opts, console);
    });

  program
    .command("verify")
    .description("check the figures printed in a report against each other, given their rounding")
    .argument("<claims>", "claims file (YAML or JSON), or a report's text (.txt, .md, .html) to extract them from")
    .option(
      "-m, --model <model>",
      "model file whose indicators and units the claims use (overrides the file's own model:)",
    )
    .option("--json", "print JSON (the verify shape in the README)")
    .option("--strict", "exit 3 when a check is inconsistent or an arithmetic mean (a finding; not what is to review)")
    .option(
      "--year <year>",
      "for a report's text: its year (a communiqué's data year, a work report's year of delivery), when the text does not print it",
      yearOption,
    )
    .option(
      "--period <period>",
      "for a report's text: the part of the year it reports on (H1, Q1-Q3, M1-M4, 上半年), when its title does not say",
      periodOption,
    )
    .option("--all", "for a report's text: list the checks that could not be made too (else counted in one line)")
    .addOption(langOption())
    .addOption(wideOption())
    .action(
      async (
        claims: string,
        opts: {
          model?: string;
          json?: boolean;
          strict?: boolean;
          year?: number;
          period?: string;
          all?: boolean;
          lang: "zh" | "en";
          wide?: boolean;
        },
      ) => {
        code = await verifyCommand(claims, opts, console);
      },
    );

  program
    .command("extract")
    .description("read every figure of a report's text as a claim, with its quote: a claims file to review")
    .argument("<report>", "the report's text (UTF-8 or GBK; HTML is stripped)")
    .option("--json", "print the extraction as JSON (claims with spans, targets, unclassified numbers)")
    .option("-o, --output <file>", "write the claims file there")
    .option(
      "--year <year>",
      "the report's year (a communiqué's data year, a work report's year of delivery), when the text does not print it",
      yearOption,
    )
    .option(
      "--period <period>",
      "the part of the year the report is about (H1, Q1-Q3, M1-M4, 上半年), when its title does not say",
      periodOption,
    )
    .action((report: string, opts: { json?: boolean; output?: string; year?: number; period?: string }) => {
      code = extractCommand(report, opts, console);
    });

  program
    .command("solve")
    .description(
      "what it would take: the lever value at which a target just holds (several targets and levers: a joint search)",
    )
    .argument("<model>", "model file (YAML or JSON)")
    .requiredOption("-t, --target <id>", "target to meet (repeat for a joint search)", collect)
    .option(
      "-l, --lever <id>",
      "input to move (repeat for a joint search; default: the target's lever in the model)",
      collect,
    )
    .option("-s, --scenario <name>", "scenario to start from (default: baseline)")
    .option("--min <value>", "lower bound of the lever, as in a model file (-5%, 0.6pp, 4500)")
    .option("--max <value>", "upper bound of the lever")
    .option(
      "-p, --probability <p>",
      "solve for a probability of meeting the target instead (0.8 or 80%), by Monte Carlo",
    )
    .option("-n, --trials <n>", "trials per Monte Carlo run (with --probability)", "2000")
    .option("--seed <k>", "seed (with --probability)", "1")
    .option("--json", "print JSON (the solve shape in the README)")
    .option("--strict", "exit 3 when the target cannot be met within the bounds")
    .option("--verbose", "say how the answer was found: evaluations and the margin left at the answer")
    .addOption(langOption())
    .addOption(wideOption())
    .action(async (model: string, opts: Parameters<typeof solveCommand>[1]) => {
      code = await solveCommand(model, opts, console);
    });

  program
    .command("simulate")
    .description("Monte Carlo over the model's uncertainty: the probability of each target, and fan charts")
    .argument("<model>", "model file (YAML or JSON)")
    .requiredOption("-n, --trials <n>", "number of trials")
    .requiredOption("--seed <k>", "seed: the same seed gives the same results, whatever the number of threads")
    .option("-s, --scenario <name>", "scenario to start from (default: baseline)")
    .option(
      "-w, --workers <n>",
      "threads running trials, this one included (default: one per core when the run is long enough to pay)",
    )
    .option("--fan <id>", "an indicator whose quantiles to print (repeatable)", collect)
    .option("-o, --output <file>", "with one --fan: draw its fan chart there, as SVG, or PNG for a .png name")
    .option("--json", "print JSON (the simulate shape in the README)")
    .addOption(
      new Option(
        "--csv",
        "print the quantiles, then each target's probability, as CSV in tidy long form (scenario, indicator, label, unit, year, quantile, value)",
      ).conflicts("json"),
    )
    .option("--strict", "exit 3 when a target's probability is below 50%")
    .addOption(langOption())
    .addOption(wideOption())
    .action(async (model: string, opts: Parameters<typeof simulateCommand>[1]) => {
      code = await simulateCommand(model, opts, console);
    });

  program
    .command("sweep")
    .description("a data table: every target met or not over a range of one lever (or a grid of two)")
    .argument("<model>", "model file (YAML or JSON)")
    .requiredOption("-l, --lever <id>", "input to sweep")
    .requiredOption("--from <value>", "first value, as in a model file (-5%, 0.6pp, 4500)")
    .requiredOption("--to <value>", "last value")
    .requiredOption("--steps <n>", "number of values, both ends included (2 or more)")
    .option("--lever2 <id>", "a second input, for a grid")
    .option("--from2 <value>", "first value of the second input")
    .option("--to2 <value>", "last value of the second input")
    .option("--steps2 <n>", "number of values of the second input")
    .option("--show <cell>", "a cell to show at each point, such as gdp[2025] (repeatable)", collect)
    .option(
      "-t, --target <id>",
      "a target to report (repeatable; default: in text, those the lever moves; in JSON and CSV, all)",
      collect,
    )
    .option("--all-targets", "show every target in the text table, not only those the lever moves")
    .option("-s, --scenario <name>", "scenario to start from (default: baseline)")
    .option("--json", "print JSON (the sweep shape in the README)")
    .addOption(
      new Option(
        "--csv",
        "print every point as CSV in tidy long form (targets met with their margins, cells with their values)",
      ).conflicts("json"),
    )
    .option("--strict", "exit 3 when a target is unmet at every point")
    .addOption(langOption())
    .addOption(wideOption())
    .action(async (model: string, opts: Parameters<typeof sweepCommand>[1]) => {
      code = await sweepCommand(model, opts, console);
    });

  program
    .command("compare")
    .description("scenarios side by side: targets, and indicators with their differences")
    .argument("<model>", "model file (YAML or JSON)")
    .option("-s, --scenario <name>", "a scenario (repeatable; default all of the model's)", collect)
    .option("--year <year>", "year of the indicator table (default: the last)")
    .option("-i, --indicator <id>", "an indicator to compare (repeatable; default all)", collect)
    .addOption(
      new Option("--mode <mode>", "number mode (decimal decides targets exactly on their threshold)")
        .choices(["float", "decimal"])
        .default("float"),
    )
    .option("--json", "print JSON")
    .option("--strict", "exit 3 when a target is unmet in any scenario")
    .addOption(langOption())
    .addOption(wideOption())
    .action(async (model: string, opts: Parameters<typeof compareCommand>[1]) => {
      code = await compareCommand(model, opts, console);
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
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof PlansheetError) {
      console.err(formatIssues(error.issues));
      // a file that cannot be read or written is exit 1, as a file's errors are; a call the wrong way, 2
      const fileProblem = error.issues.some((i) => FILE_PROBLEMS.has(i.code));
      return error instanceof ModelError || fileProblem ? EXIT.modelError : EXIT.usage;
    }
    throw error;
  }
  return code;
}

/** A report's year on the command line: four digits. */
function yearOption(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(`expected a year such as 2021, got ${v}`);
  return Number(v);
}

/** A part of a year on the command line: H1, Q1-Q3, M1-M4, 上半年, 1—4月. */
function periodOption(v: string): string {
  const period = readSubYearPeriod(v);
  if (!period) throw new InvalidArgumentError(`expected a part of a year such as H1, Q1-Q3, M1-M4 or 上半年, got ${v}`);
  return period.code;
}
