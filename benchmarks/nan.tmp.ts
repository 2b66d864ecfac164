const v = new Float64Array(2211).map((_, i) => i * 0.001);
const cells = Int32Array.from({ length: 550 }, (_, k) => Math.floor(k / 11) * 44 + (k % 11));
function holdsNaN(v: Float64Array, cells: Int32Array): boolean {
  for (let k = 0; k < cells.length; k++) { const x = v[cells[k]!]!; if (x !== x) return true; }
  return false;
}
let n = 0; for (let i = 0; i < 1e5; i++) if (holdsNaN(v, cells)) n++;
const t0 = performance.now(); for (let i = 0; i < 1e6; i++) if (holdsNaN(v, cells)) n++; console.log(((performance.now() - t0) / 1e6 * 1000).toFixed(3), "µs per check", n);
