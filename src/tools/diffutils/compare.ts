// The line comparison behind diff: lines are reduced to equivalence classes
// (after -i/-b/-w/-E/-Z normalisation), the common prefix and suffix are set
// aside as GNU diff does, the middle goes through a Myers shortest edit
// script searched from both ends (myers.ts), and the changed runs are then slid the way
// GNU diff's analyze.c "shift_boundaries" step documents: each run of changes
// moves as far down as equal lines allow (merging with the runs it meets),
// then back up to line up with a change in the other file. Among equally
// short edit scripts this picks the one GNU prints in the cases we checked.
import { editScript } from "./myers.js";

export interface LineOpts {
  ignoreCase: boolean;
  /** -b: runs of white space compare equal, trailing white space is ignored. */
  spaceChange: boolean;
  /** -w: white space is ignored altogether. */
  allSpace: boolean;
  /** -Z: white space at line end is ignored. */
  trailingSpace: boolean;
  /** -E: tabs compare as the spaces they expand to. */
  tabExpansion: boolean;
}

/** One side: its lines (binary strings, without '\n') and whether the last one lacked a newline. */
export interface Side {
  lines: string[];
  missingNewline: boolean;
}

export function splitSide(text: string): Side {
  if (text === "") return { lines: [], missingNewline: false };
  const missingNewline = !text.endsWith("\n");
  return { lines: (missingNewline ? text : text.slice(0, -1)).split("\n"), missingNewline };
}

function expandTabs(s: string): string {
  let out = "";
  for (const c of s) out += c === "\t" ? " ".repeat(8 - (out.length % 8)) : c;
  return out;
}

const WS = /[ \t\v\f\r]/;

function normalise(line: string, o: LineOpts): string {
  let s = line;
  if (o.tabExpansion) s = expandTabs(s);
  if (o.allSpace) s = s.replace(/[ \t\v\f\r]+/g, "");
  else if (o.spaceChange) s = s.replace(/[ \t\v\f\r]+/g, " ").replace(/ $/, "");
  else if (o.trailingSpace) while (s.length && WS.test(s[s.length - 1]!)) s = s.slice(0, -1);
  if (o.ignoreCase) s = s.toLowerCase();
  return s;
}

export interface Hunk {
  /** Changed lines [a0, a1) of the first file and [b0, b1) of the second (0-based). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * The changes turning `a` into `b`. A last line without its newline differs
 * from the same text with one (as for GNU diff), unless white space is ignored.
 */
export function compareSides(a: Side, b: Side, o: LineOpts, horizon = 0): Hunk[] {
  const ids = new Map<string, number>();
  const classOf = (line: string, noNl: boolean): number => {
    let key = normalise(line, o);
    if (noNl && !o.allSpace && !o.spaceChange) key += "\n";
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const ea = a.lines.map((l, i) => classOf(l, a.missingNewline && i === a.lines.length - 1));
  const eb = b.lines.map((l, i) => classOf(l, b.missingNewline && i === b.lines.length - 1));
  const changedA = new Uint8Array(ea.length + 1);
  const changedB = new Uint8Array(eb.length + 1);
  // The identical ends are found byte for byte (not by class, so -i or -w
  // do not widen them), and `horizon` lines of each stay in the comparison
  // so that changes can still slide there (GNU keeps as many as the context).
  const rawA = (i: number) => (a.missingNewline && i === a.lines.length - 1 ? a.lines[i]! : `${a.lines[i]}\n`);
  const rawB = (i: number) => (b.missingNewline && i === b.lines.length - 1 ? b.lines[i]! : `${b.lines[i]}\n`);
  let pre = 0;
  while (pre < ea.length && pre < eb.length && rawA(pre) === rawB(pre)) pre++;
  let suf = 0;
  while (suf < ea.length - pre && suf < eb.length - pre && rawA(ea.length - 1 - suf) === rawB(eb.length - 1 - suf)) suf++;
  pre = Math.max(0, pre - horizon);
  suf = Math.max(0, suf - horizon);
  const midA = ea.slice(pre, ea.length - suf);
  const midB = eb.slice(pre, eb.length - suf);
  const changes = editScript(midA, midB);
  changedA.set(changes.a, pre);
  changedB.set(changes.b, pre);
  // GNU diff leaves the common prefix and suffix out of the comparison
  // entirely: changes never slide into them.
  const ma = changedA.subarray(pre, ea.length - suf + 1);
  const mb = changedB.subarray(pre, eb.length - suf + 1);
  shiftBoundaries(ea.slice(pre, ea.length - suf), ma, mb);
  shiftBoundaries(eb.slice(pre, eb.length - suf), mb, ma);
  return hunksOf(changedA, ea.length, changedB, eb.length);
}

/**
 * Slides the runs of changed lines of one file (GNU's documented
 * normalisation). `changed` and `other` carry one spare slot at the end.
 */
function shiftBoundaries(eq: number[], changed: Uint8Array, other: Uint8Array): void {
  const end = eq.length;
  const at = (arr: Uint8Array, k: number) => (k >= 0 && k < arr.length ? arr[k]! : 0);
  let i = 0;
  let j = 0;
  for (;;) {
    // Next run of changes, keeping j at the matching place in the other file.
    while (i < end && !changed[i]) {
      while (at(other, j)) j++;
      j++;
      i++;
    }
    if (i === end) break;
    let start = i;
    while (changed[i]) i++;
    while (at(other, j)) j++;
    let corresponding: number;
    let runLength: number;
    do {
      runLength = i - start;
      // Up while the line before the run equals the run's last line.
      while (start > 0 && eq[start - 1] === eq[i - 1]) {
        changed[--start] = 1;
        changed[--i] = 0;
        while (start > 0 && changed[start - 1]) start--;
        j--;
        while (at(other, j)) j--;
      }
      corresponding = at(other, j - 1) ? i : end;
      // Down while the run's first line equals the line after it.
      while (i !== end && eq[start] === eq[i]) {
        changed[start++] = 0;
        changed[i++] = 1;
        while (changed[i]) i++;
        j++;
        while (at(other, j)) {
          j++;
          corresponding = i;
        }
      }
    } while (runLength !== i - start);
    // Back to where the other file has a change, when the run passed one.
    while (corresponding < i) {
      changed[--start] = 1;
      changed[--i] = 0;
      j--;
      while (at(other, j)) j--;
    }
  }
}

function hunksOf(ca: Uint8Array, na: number, cb: Uint8Array, nb: number): Hunk[] {
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < na || j < nb) {
    if (i < na && j < nb && !ca[i] && !cb[j]) {
      i++;
      j++;
      continue;
    }
    const a0 = i;
    const b0 = j;
    while (i < na && ca[i]) i++;
    while (j < nb && cb[j]) j++;
    out.push({ a0, a1: i, b0, b1: j });
    if (i === a0 && j === b0) {
      // Unreachable with a consistent edit script; advance to stay bounded.
      i++;
      j++;
    }
  }
  return out;
}
