// diff's output formats for one pair of files: normal (`2c2`, `< a`, `---`,
// `> b`), unified (-u, `@@ -1,3 +1,4 @@`) and context (-c, `***`/`---`
// sections). A line that ends its file without a newline is followed by
// `\ No newline at end of file`.
import type { Hunk, Side } from "./compare.js";

const NO_NL = "\\ No newline at end of file\n";

function lineOut(prefix: string, s: Side, k: number): string {
  const nl = s.missingNewline && k === s.lines.length - 1 ? `\n${NO_NL}` : "\n";
  return `${prefix}${s.lines[k]}${nl}`;
}

function normalRange(x0: number, x1: number): string {
  return x1 - x0 === 1 ? `${x0 + 1}` : `${x0 + 1},${x1}`;
}

export function normalFormat(a: Side, b: Side, hunks: Hunk[]): string {
  let out = "";
  for (const h of hunks) {
    if (h.a0 === h.a1) out += `${h.a0}a${normalRange(h.b0, h.b1)}\n`;
    else if (h.b0 === h.b1) out += `${normalRange(h.a0, h.a1)}d${h.b0}\n`;
    else out += `${normalRange(h.a0, h.a1)}c${normalRange(h.b0, h.b1)}\n`;
    for (let k = h.a0; k < h.a1; k++) out += lineOut("< ", a, k);
    if (h.a0 < h.a1 && h.b0 < h.b1) out += "---\n";
    for (let k = h.b0; k < h.b1; k++) out += lineOut("> ", b, k);
  }
  return out;
}

/** Hunks close enough to share context (at most 2*context unchanged lines apart) form one group. */
function groups(hunks: Hunk[], context: number): Hunk[][] {
  const out: Hunk[][] = [];
  for (const h of hunks) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && h.a0 - prev.a1 <= 2 * context) last!.push(h);
    else out.push([h]);
  }
  return out;
}

interface Span {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

function spanOf(g: Hunk[], context: number, a: Side, b: Side): Span {
  const f = g[0]!;
  const l = g[g.length - 1]!;
  return {
    a0: Math.max(0, f.a0 - context),
    a1: Math.min(a.lines.length, l.a1 + context),
    b0: Math.max(0, f.b0 - context),
    b1: Math.min(b.lines.length, l.b1 + context),
  };
}

function unifiedRange(x0: number, x1: number): string {
  const n = x1 - x0;
  if (n === 0) return `${x0},0`;
  if (n === 1) return `${x0 + 1}`;
  return `${x0 + 1},${n}`;
}

export function unifiedFormat(a: Side, b: Side, hunks: Hunk[], context: number): string {
  let out = "";
  for (const g of groups(hunks, context)) {
    const s = spanOf(g, context, a, b);
    out += `@@ -${unifiedRange(s.a0, s.a1)} +${unifiedRange(s.b0, s.b1)} @@\n`;
    let i = s.a0;
    for (const h of g) {
      for (; i < h.a0; i++) out += lineOut(" ", a, i);
      for (let k = h.a0; k < h.a1; k++) out += lineOut("-", a, k);
      for (let k = h.b0; k < h.b1; k++) out += lineOut("+", b, k);
      i = h.a1;
    }
    for (; i < s.a1; i++) out += lineOut(" ", a, i);
  }
  return out;
}

function contextRange(x0: number, x1: number): string {
  if (x1 - x0 <= 1) return `${x1}`;
  return `${x0 + 1},${x1}`;
}

export function contextFormat(a: Side, b: Side, hunks: Hunk[], context: number): string {
  let out = "";
  for (const g of groups(hunks, context)) {
    const s = spanOf(g, context, a, b);
    out += "***************\n";
    out += `*** ${contextRange(s.a0, s.a1)} ****\n`;
    if (g.some((h) => h.a1 > h.a0)) {
      let i = s.a0;
      for (const h of g) {
        for (; i < h.a0; i++) out += lineOut("  ", a, i);
        const mark = h.b1 > h.b0 ? "! " : "- ";
        for (let k = h.a0; k < h.a1; k++) out += lineOut(mark, a, k);
        i = h.a1;
      }
      for (; i < s.a1; i++) out += lineOut("  ", a, i);
    }
    out += `--- ${contextRange(s.b0, s.b1)} ----\n`;
    if (g.some((h) => h.b1 > h.b0)) {
      let j = s.b0;
      for (const h of g) {
        for (; j < h.b0; j++) out += lineOut("  ", b, j);
        const mark = h.a1 > h.a0 ? "! " : "+ ";
        for (let k = h.b0; k < h.b1; k++) out += lineOut(mark, b, k);
        j = h.b1;
      }
      for (; j < s.b1; j++) out += lineOut("  ", b, j);
    }
  }
  return out;
}
