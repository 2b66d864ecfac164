/**
 * A seeded pseudo-random generator for the Monte Carlo benchmark: every contestant draws the same numbers from
 * the same seed, so their statistics can be compared before they are timed. sfc32 (Chris Doty-Humphrey's Small
 * Fast Counter, public domain, as in PractRand), seeded through splitmix32; normals by Box–Muller.
 */
export class Prng {
  #a: number;
  #b: number;
  #c: number;
  #d = 1;
  #spare = Number.NaN;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    for (let k = 0; k < 12; k++) this.uniform();
  }

  /** A uniform number in [0, 1). */
  uniform(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A standard normal number. */
  normal(): number {
    if (!Number.isNaN(this.#spare)) {
      const z = this.#spare;
      this.#spare = Number.NaN;
      return z;
    }
    const u = 1 - this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.#spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}
