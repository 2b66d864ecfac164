/**
 * One measure of `benchmarks/mentougou.ts`, run in a fresh process from the library bundled as the package ships
 * it (so that code runs as a user's does, not through the TypeScript loader): `loop`, `threads` or `seek`, with the
 * model file and the trials; prints its result as JSON.
 */
import { runLayout, simulate, TrialRunner } from "../../src/montecarlo/index.js";
import { loadModel } from "../../src/node.js";
import { timeRotated } from "../harness.js";
import { goalSeekEveryTarget } from "./mentougou-goal-seek.js";
import { handWrittenMentougou, MOVED_TARGETS } from "./mentougou-hand.js";
import { threadScaling } from "./mentougou-threads.js";

const [measure, file, trialsText, roundsText] = process.argv.slice(2);
const trials = Number(trialsText);
const rounds = Number(roundsText);

/**
 * `simulate()` in one thread, its trials alone (what the chunks of a run cost, without the summary), and the
 * hand-written loop, each on `trials` trials in rotated rounds, after checking that the loop meets the targets in
 * the same trials as `simulate` (but for a trial on a threshold, which the two may compute a hair apart).
 */
function loop(): unknown {
  const model = loadModel(file!);
  const hand = handWrittenMentougou(model);
  const seed = 1;
  const checked = simulate(model, { trials: 10_000, seed });
  const handChecked = hand(10_000, seed);
  for (const id of MOVED_TARGETS) {
    const mine = checked.targets.find((t) => t.id === id)!.met;
    if (Math.abs(mine - handChecked.met[id]!) > 2)
      throw new Error(`${id}: simulate met it in ${mine} trials, the hand-written loop in ${handChecked.met[id]}`);
  }
  const spec = { trials, seed };
  const timings = timeRotated(
    [
      { name: "hand-written loop", run: () => hand(trials, seed) },
      { name: "simulate()", run: () => simulate(model, spec) },
      {
        name: "simulate()'s trials alone",
        run: () => {
          const layout = runLayout(model, spec);
          const runner = new TrialRunner(model, spec, layout);
          for (let chunk = 0; chunk < layout.chunks; chunk++) runner.runChunk(chunk);
        },
      },
    ],
    { rounds, roundMs: 1, warmupMs: 1000 },
  );
  return [...timings].map(([name, t]) => ({ name, ms: t.median, rounds: t.rounds }));
}

const result =
  measure === "loop"
    ? loop()
    : measure === "threads"
      ? await threadScaling(file!, trials, rounds)
      : goalSeekEveryTarget(loadModel(file!), trials, rounds);
process.stdout.write(JSON.stringify(result));
