// A unified diff of two texts, printed as GNU `diff -u` prints it (minus the
// file timestamps): `--- a`, `+++ b`, hunks `@@ -l,n +l,n @@` with 3 lines of
// context, and `\ No newline at end of file` where a side lacks the final
// newline. Line matching is Myers' O((N+M)D) algorithm ("An O(ND) Difference
// Algorithm and Its Variations", 1986), written here to keep the verifier
// dependency-free and browser-safe.

type Op = { kind: "=" | "-" | "+"; line: string; a: number; b: number };

/** Splits text into lines; `last` is false when the text does not end in a newline. */
function splitLines(text: string): { lines: string[]; endsWithNewline: boolean } {
  if (text === "") return { lines: [], endsWithNewline: true };
  const endsWithNewline = text.endsWith("\n");
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split("\n");
  return { lines, endsWithNewline };
}

/** The shortest edit script turning `a` into `b`, as a list of kept/removed/added lines. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace backwards to recover the path.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!)) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: "=", line: a[x]!, a: x, b: y });
    }
    if (d > 0) {
      if (x === prevX) {
        y--;
        ops.push({ kind: "+", line: b[y]!, a: x, b: y });
      } else {
        x--;
        ops.push({ kind: "-", line: a[x]!, a: x, b: y });
      }
    }
  }
  ops.reverse();
  // Within each run of changes, removals first, as GNU diff prints them.
  for (let i = 0; i < ops.length; ) {
    if (ops[i]!.kind === "=") {
      i++;
      continue;
    }
    let j = i;
    while (j < ops.length && ops[j]!.kind !== "=") j++;
    const run = ops.slice(i, j);
    const dels = run.filter((o) => o.kind === "-");
    const adds = run.filter((o) => o.kind === "+");
    const a0 = Math.min(...run.map((o) => o.a));
    const b0 = Math.min(...run.map((o) => o.b));
    dels.forEach((o, k) => ops.splice(i + k, 1, { ...o, b: b0 }));
    adds.forEach((o, k) => ops.splice(i + dels.length + k, 1, { ...o, a: a0 + dels.length }));
    i = j;
  }
  return ops;
}

export interface UnifiedDiffOptions {
  /** Label of the first text (`--- LABEL`). Default "kernel". */
  aLabel?: string;
  /** Label of the second text (`+++ LABEL`). Default "nslab". */
  bLabel?: string;
  /** Lines of context around each change. Default 3, as diff -u. */
  context?: number;
}

/** The unified diff of `a` and `b`, or "" when they are identical. */
export function unifiedDiff(a: string, b: string, opts: UnifiedDiffOptions = {}): string {
  if (a === b) return "";
  const ctx = opts.context ?? 3;
  const A = splitLines(a);
  const B = splitLines(b);
  // A missing final newline makes the last line differ, as in GNU diff.
  const aLines = A.lines.slice();
  const bLines = B.lines.slice();
  const NO_NL = "\u0000no-newline";
  if (!A.endsWithNewline && aLines.length) aLines[aLines.length - 1] += NO_NL;
  if (!B.endsWithNewline && bLines.length) bLines[bLines.length - 1] += NO_NL;
  const ops = diffLines(aLines, bLines);

  const out: string[] = [`--- ${opts.aLabel ?? "kernel"}`, `+++ ${opts.bLabel ?? "nslab"}`];
  let i = 0;
  while (i < ops.length) {
    // Find the next change.
    while (i < ops.length && ops[i]!.kind === "=") i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - ctx);
    // Extend the hunk while changes are within 2*ctx of each other.
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== "=") end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === "=") next++;
      if (next < ops.length && next - end <= 2 * ctx) {
        end = next;
        continue;
      }
      end = Math.min(ops.length, end + ctx);
      break;
    }
    const hunk = ops.slice(start, end);
    const aStart = hunk[0]!.a;
    const bStart = hunk[0]!.b;
    const aCount = hunk.filter((o) => o.kind !== "+").length;
    const bCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
    for (const o of hunk) {
      const mark = o.kind === "=" ? " " : o.kind;
      if (o.line.endsWith(NO_NL)) {
        out.push(mark + o.line.slice(0, -NO_NL.length));
        out.push("\\ No newline at end of file");
      } else out.push(mark + o.line);
    }
    i = end;
  }
  return out.join("\n") + "\n";
}

/** diff -u's range: `l,n`, just `l` when n is 1, `l-1,0` for an empty range. */
function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  if (count === 1) return `${start + 1}`;
  return `${start + 1},${count}`;
}
