import type { IssueCode } from "../issues.js";

/**
 * Raised inside the evaluation of one cell when an operation has no value: a division by zero, zero to a
 * negative power, the log of a non-positive number, a root of a negative one. The evaluator catches it,
 * records the cell as failed with this reason, and goes on with the other cells.
 */
export class CellFailure extends Error {
  readonly code: IssueCode;

  constructor(code: IssueCode, message: string) {
    super(message);
    this.name = "CellFailure";
    this.code = code;
  }
}
