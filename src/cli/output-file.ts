import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PlansheetError, makeIssue } from "../core/index.js";
import type { Console } from "./console.js";

/** The file name that means standard input as an argument and standard output as `-o`. */
export const STANDARD_STREAM = "-";

/**
 * Writes a command's output file, or to standard output for `-o -` (text through `console`, bytes — a workbook, a
 * PNG — straight to the process's output). A folder that does not exist, or a name that is a folder, is refused in
 * one line naming the file.
 * @throws PlansheetError (code `file_unwritable`) when the file cannot be written.
 */
export function writeOutputFile(file: string, content: string | Uint8Array, console: Console): void {
  if (file === STANDARD_STREAM) {
    if (typeof content === "string") console.out(content);
    else (console.bytes ?? ((bytes: Uint8Array) => process.stdout.write(bytes)))(content);
    return;
  }
  checkOutputFile(file);
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw unwritable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}

/**
 * Refuses, before any work, an output file that cannot be written: its folder does not exist, or it is a folder.
 * @throws PlansheetError (code `file_unwritable`).
 */
export function checkOutputFile(file: string): void {
  if (file === STANDARD_STREAM) return;
  const folder = dirname(file);
  if (!existsSync(folder)) throw unwritable(file, `the folder ${folder} does not exist`);
  if (existsSync(file) && statSync(file).isDirectory()) throw unwritable(file, "it is a folder");
}

function unwritable(file: string, reason: string): PlansheetError {
  const message = `cannot write ${file}: ${reason}`;
  return new PlansheetError(message, [makeIssue("file_unwritable", { message, file })]);
}

/** Whether `-o` writes to standard output, where a command's own report of what it wrote must not go. */
export function toStandardOutput(file: string | undefined): boolean {
  return file === STANDARD_STREAM;
}
