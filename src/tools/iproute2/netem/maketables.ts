// iproute2's netem/normal.c, pareto.c and paretonormal.c: the delay
// distribution tables Debian installs in /usr/lib/x86_64-linux-gnu/tc/
// (normal.dist, pareto.dist, paretonormal.dist), computed as those
// generators compute them: 4096 values scaled by NETEM_DIST_SCALE (8192),
// eight to a line after a comment. (experimental.dist is made from a data
// file, experimental.dat, and is not reproduced.) Each table is built the
// first time it is asked for and kept.

const TABLESIZE = 16384;
const TABLEFACTOR = 8192;
const SHRT_MIN = -32768;
const SHRT_MAX = 32767;

/** rint(): to nearest, ties to even (the default rounding mode). */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * erf(x) to ~1e-15: the Maclaurin series below 2.5 in magnitude, the
 * continued fraction of erfc above (both converge fast there).
 */
function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    let term = ax;
    let sum = ax;
    const x2 = ax * ax;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    const v = (2 / Math.sqrt(Math.PI)) * sum;
    return x < 0 ? -v : v;
  }
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + 2/(x + …)))))  (modified Lentz)
  const tiny = 1e-300;
  let f = ax;
  let c = ax;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = ax + an * d;
    d = d === 0 ? tiny : d;
    c = ax + an / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return x < 0 ? erfc - 1 : 1 - erfc;
}

/** The grid normal.c walks: x from -10 in steps of .00005, accumulated as the C loop does. */
function grid(): Float64Array {
  const xs = new Float64Array(401100);
  let n = 0;
  for (let x = -10.0; x < 10.05; x += 0.00005) xs[n++] = x;
  return xs.subarray(0, n);
}

/**
 * normal.c's table[i]: the last grid x whose rint(TABLESIZE * normal(x)) is
 * i. The switch from i to i+1 is where TABLESIZE * normal(x) = i + .5:
 * Newton's method finds that x, then the grid points around it are checked.
 */
function normalTable(): Float64Array {
  const xs = grid();
  const cdf = (x: number): number => 0.5 + 0.5 * erf(x / Math.sqrt(2.0));
  const idx = (k: number): number => rint(TABLESIZE * cdf(xs[k]!));
  const table = new Float64Array(TABLESIZE + 1);
  let x = -4;
  for (let i = 0; i < TABLESIZE; i += 4) {
    const p = (i + 0.5) / TABLESIZE;
    for (let n = 0; n < 50; n++) {
      const step = (cdf(x) - p) / (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI));
      x -= step;
      if (Math.abs(step) < 1e-12) break;
    }
    let k = Math.min(xs.length - 1, Math.max(0, Math.floor((x + 10) / 0.00005)));
    while (k > 0 && idx(k) > i) k--;
    while (k + 1 < xs.length && idx(k + 1) <= i) k++;
    table[i] = xs[k]!;
  }
  return table;
}

function paretoValue(i: number): number {
  let d = i / 65536;
  d = 1.0 / Math.pow(d, 1.0 / 3.0);
  d -= 1.5;
  d *= (4.0 / 3.0) * TABLEFACTOR;
  if (d > 32767) d = 32767;
  return rint(d);
}

function clampShort(v: number): number {
  return v < SHRT_MIN ? SHRT_MIN : v > SHRT_MAX ? SHRT_MAX : v;
}

/** The file text: the comment, then " %d" values, a newline after each eight. */
function render(name: string, values: number[]): string {
  let s = `# This is the distribution table for the ${name} distribution.\n`;
  for (let j = 0; j < values.length; j++) {
    s += ` ${values[j]}`;
    if (j % 8 === 7) s += "\n";
  }
  return s;
}

let normalCache: Float64Array | undefined;
const texts = new Map<string, string>();

/** rint(table[i] * TABLEFACTOR) for each fourth entry (normal.c clamps these; paretonormal.c mixes them first). */
function normalValues(): number[] {
  normalCache ??= normalTable();
  const out: number[] = [];
  for (let i = 0; i < TABLESIZE; i += 4) out.push(rint(normalCache[i]! * TABLEFACTOR));
  return out;
}

/** The text of normal.dist, pareto.dist or paretonormal.dist. */
export function distTable(name: "normal" | "pareto" | "paretonormal"): string {
  const cached = texts.get(name);
  if (cached !== undefined) return cached;
  let values: number[];
  if (name === "normal") values = normalValues().map(clampShort);
  else if (name === "pareto") {
    values = [];
    for (let i = 65536; i > 0; i -= 16) values.push(paretoValue(i));
  } else {
    const norm = normalValues();
    values = norm.map((nv, j) => clampShort(Math.trunc((nv + 3 * paretoValue(65536 - 4 * (j * 4))) / 4)));
  }
  const text = render(name, values);
  texts.set(name, text);
  return text;
}

/** The tables as files of tc's package (Debian's LIBDIR/tc), made when the root filesystem is first populated. */
export const TC_DIST_FILES: ReadonlyArray<{ readonly path: string; readonly content: string }> = (["normal", "pareto", "paretonormal"] as const).map((name) => ({
  path: `/usr/lib/x86_64-linux-gnu/tc/${name}.dist`,
  get content(): string {
    return distTable(name);
  },
}));
