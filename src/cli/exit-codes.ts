/** The command line's exit codes (a stable contract for scripts and CI). */
export const EXIT = {
  /** It ran: unmet targets, inconsistent claims and failed single cells included. */
  ok: 0,
  /** An error found when reading a file or building the model (partial values may still be printed). */
  modelError: 1,
  /** The command was called the wrong way. */
  usage: 2,
  /** With --strict: a target is unmet, or a claim is inconsistent or an arithmetic mean. */
  strict: 3,
} as const;
