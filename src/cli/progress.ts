/**
 * A progress bar on standard error, drawn only on a terminal (never when piped, in CI, or with --json), so
 * that output meant for scripts stays clean.
 */
export function progressBar(
  label: string,
  enabled: boolean,
): ((done: number, total: number) => void) & { finish(): void } {
  const on = enabled && process.stderr.isTTY === true && !process.env.CI;
  let last = -1;
  const update = (done: number, total: number) => {
    if (!on) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((width * done) / total);
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${percent}% ${done.toLocaleString("en")}/${total.toLocaleString("en")}`,
    );
  };
  return Object.assign(update, {
    finish() {
      if (on && last >= 0) process.stderr.write("\n");
    },
  });
}
