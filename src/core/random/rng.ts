/**
 * A seedable pseudo-random number generator: a function that returns uniform numbers in (0, 1), the same
 * sequence for the same seed. plansheet never calls `Math.random`: every random draw comes from one of these,
 * injected where it is needed, so a run can be repeated bit for bit.
 */
export type Rng = () => number;

/** The finalising mix of MurmurHash3 (fmix32): a bijection on 32-bit words that scatters nearby inputs far apart. */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021; public-domain
 * reference code at prng.di.unimi.it) from a 128-bit state of four words. 32-bit arithmetic only, so it is exact
 * and fast in JavaScript. Returns uniforms in (0, 1), never 0 or 1 (safe for inverse CDFs).
 */
function xoshiro128FromState(s0: number, s1: number, s2: number, s3: number): Rng {
  let a = s0 | 0;
  let b = s1 | 0;
  let c = s2 | 0;
  let d = s3 | 0;
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    // 32 random bits, centred in their cell: (k + 0.5) / 2^32 lies strictly inside (0, 1).
    return (result + 0.5) / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A generator seeded from one number (its state words are that seed, mixed). */
export function xoshiro128(seed: number): Rng {
  const w = mix32(seed);
  return xoshiro128FromState(w, mix32(w + 0x9e3779b9), mix32(w + 0x3c6ef372), mix32(w + 0xdaa66d2b));
}

/**
 * The generator of one trial: its state built from the run's seed and the trial's index, so that trial k draws
 * the same numbers however trials are split across threads, and a goal seek can re-run the very same trials
 * (common random numbers) for every lever value it tries. Distinct (seed, trial) pairs give distinct states,
 * since the mix is a bijection on each word.
 */
export function trialRng(seed: number, trial: number): Rng {
  const a = mix32(seed);
  const b = mix32(trial ^ 0x6a09e667);
  // xoshiro128**'s output reads the second word first: make every word depend on both seed and trial, keep a and
  // b whole in two of them (distinct pairs stay distinct), and run a few steps before the first draw.
  const rng = xoshiro128FromState(a, mix32(a ^ mix32(b + 0x9e3779b9)), b, mix32(b ^ mix32(a + 0x7f4a7c15)));
  for (let i = 0; i < 8; i++) rng();
  return rng;
}
