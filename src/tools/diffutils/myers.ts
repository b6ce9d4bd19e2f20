// The shortest edit script between two sequences of line classes, found the
// way GNU diff finds it, because among equally short scripts the choice shows
// in the output: lines without any match in the other file are set aside
// first (the "confusing lines" step diff's documentation describes), then
// Myers' linear-space method ("An O(ND) Difference Algorithm and Its
// Variations", 1986, section 4b) splits the problem at the middle snake found
// by searching forward and backward at once, diagonals scanned from the
// highest down. src/verify/diff.ts (one forward search, backtracked) finds a
// script of the same length but often a different one, so it is not used here.
// Known difference: GNU gives up on an exact answer for very large, very
// different inputs (thousands of edits) and uses heuristics; we stay exact.

interface Split {
  x: number;
  y: number;
}

class Search {
  private fd: Int32Array;
  private bd: Int32Array;
  private off: number;
  constructor(
    private xv: Int32Array,
    private yv: Int32Array,
    private ca: Uint8Array,
    private cb: Uint8Array,
  ) {
    const size = xv.length + yv.length + 3;
    this.fd = new Int32Array(size);
    this.bd = new Int32Array(size);
    this.off = yv.length + 1;
  }

  /** The middle snake of x[xoff, xlim) against y[yoff, ylim); both ranges non-empty. */
  private middle(xoff: number, xlim: number, yoff: number, ylim: number): Split {
    const { xv, yv, fd, bd, off } = this;
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[off + fmid] = xoff;
    bd[off + bmid] = xlim;
    const BIG = 0x7fffffff;
    for (let c = 1; ; c++) {
      // One more edit forward, on every diagonal reachable.
      if (fmin > dmin) fd[off + --fmin - 1] = -1;
      else fmin++;
      if (fmax < dmax) fd[off + ++fmax + 1] = -1;
      else fmax--;
      for (let d = fmax; d >= fmin; d -= 2) {
        const lo = fd[off + d - 1]!;
        const hi = fd[off + d + 1]!;
        let x = lo < hi ? hi : lo + 1;
        let y = x - d;
        while (x < xlim && y < ylim && xv[x] === yv[y]) {
          x++;
          y++;
        }
        fd[off + d] = x;
        if (odd && bmin <= d && d <= bmax && bd[off + d]! <= x) return { x, y };
      }
      // And one more backward.
      if (bmin > dmin) bd[off + --bmin - 1] = BIG;
      else bmin++;
      if (bmax < dmax) bd[off + ++bmax + 1] = BIG;
      else bmax--;
      for (let d = bmax; d >= bmin; d -= 2) {
        const lo = bd[off + d - 1]!;
        const hi = bd[off + d + 1]!;
        let x = lo < hi ? lo : hi - 1;
        let y = x - d;
        while (x > xoff && y > yoff && xv[x - 1] === yv[y - 1]) {
          x--;
          y--;
        }
        bd[off + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[off + d]!) return { x, y };
      }
      if (c > xv.length + yv.length + 2) throw new Error("diff: no middle snake");
    }
  }

  /** Marks the changed lines of x[xoff, xlim) and y[yoff, ylim). */
  run(xoff: number, xlim: number, yoff: number, ylim: number): void {
    const { xv, yv } = this;
    // An explicit stack: the recursion depth follows the number of edits.
    const todo: Array<[number, number, number, number]> = [[xoff, xlim, yoff, ylim]];
    while (todo.length) {
      let [x0, x1, y0, y1] = todo.pop()!;
      while (x0 < x1 && y0 < y1 && xv[x0] === yv[y0]) {
        x0++;
        y0++;
      }
      while (x1 > x0 && y1 > y0 && xv[x1 - 1] === yv[y1 - 1]) {
        x1--;
        y1--;
      }
      if (x0 === x1) for (let y = y0; y < y1; y++) this.cb[y] = 1;
      else if (y0 === y1) for (let x = x0; x < x1; x++) this.ca[x] = 1;
      else {
        const m = this.middle(x0, x1, y0, y1);
        // Left half first, as a recursive walk would (the order does not change the marks).
        todo.push([m.x, x1, m.y, y1]);
        todo.push([x0, m.x, y0, m.y]);
      }
    }
  }
}

/** 0 keep, 1 discard (no match in the other file), 2 provisional (too many matches). */
function discardable(mine: number[], otherCount: Map<number, number>): Uint8Array {
  const n = mine.length;
  const out = new Uint8Array(n);
  let many = 5;
  for (let t = Math.floor(n / 64); (t = Math.floor(t / 4)) > 0; ) many *= 2;
  for (let i = 0; i < n; i++) {
    const m = otherCount.get(mine[i]!) ?? 0;
    out[i] = m === 0 ? 1 : m > many ? 2 : 0;
  }
  // A provisional line is only set aside inside a run of discardable lines
  // that starts and ends with a real discard, and not when such lines are a
  // quarter of the run, or form a long block, or sit near the run's ends.
  for (let i = 0; i < n; i++) {
    if (out[i] === 2) {
      out[i] = 0;
      continue;
    }
    if (out[i] === 0) continue;
    let j = i;
    let prov = 0;
    while (j < n && out[j] !== 0) if (out[j++] === 2) prov++;
    while (j > i && out[j - 1] === 2) {
      out[--j] = 0;
      prov--;
    }
    const len = j - i;
    if (prov * 4 > len) {
      for (let k = i; k < j; k++) if (out[k] === 2) out[k] = 0;
    } else {
      let minimum = 1;
      for (let t = len >> 2; (t >>= 2) > 0; ) minimum <<= 1;
      minimum++;
      // Blocks of `minimum` or more provisional lines stay in the comparison.
      for (let k = 0, run = 0; k < len; k++) {
        if (out[i + k] !== 2) run = 0;
        else if (++run === minimum) k -= run;
        else if (run > minimum) out[i + k] = 0;
      }
      clearNearEnd(out, i, len, 1);
      clearNearEnd(out, i + len - 1, len, -1);
    }
    i += len - 1;
  }
  return out;
}

/** From one end of a run: provisional lines before 3 real discards in a row (or 8 lines in) stay. */
function clearNearEnd(out: Uint8Array, from: number, len: number, step: number): void {
  for (let k = 0, real = 0; k < len; k++) {
    const p = from + k * step;
    if (k >= 8 && out[p] === 1) break;
    if (out[p] === 2) {
      real = 0;
      out[p] = 0;
    } else if (out[p] === 0) real = 0;
    else real++;
    if (real === 3) break;
  }
}

function counts(v: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of v) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Which lines of `a` are deleted and which of `b` inserted (1 = changed). */
export function editScript(a: number[], b: number[]): { a: Uint8Array; b: Uint8Array } {
  const ca = new Uint8Array(a.length);
  const cb = new Uint8Array(b.length);
  const da = discardable(a, counts(b));
  const db = discardable(b, counts(a));
  const keptA: number[] = [];
  const keptB: number[] = [];
  a.forEach((_, i) => (da[i] ? (ca[i] = 1) : keptA.push(i)));
  b.forEach((_, i) => (db[i] ? (cb[i] = 1) : keptB.push(i)));
  const xv = Int32Array.from(keptA, (i) => a[i]!);
  const yv = Int32Array.from(keptB, (i) => b[i]!);
  const ra = new Uint8Array(xv.length);
  const rb = new Uint8Array(yv.length);
  new Search(xv, yv, ra, rb).run(0, xv.length, 0, yv.length);
  ra.forEach((c, k) => c && (ca[keptA[k]!] = 1));
  rb.forEach((c, k) => c && (cb[keptB[k]!] = 1));
  return { a: ca, b: cb };
}
