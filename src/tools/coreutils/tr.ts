// tr(1) on bytes in the C.UTF-8 locale: SET syntax with \NNN and \n-style
// escapes, ranges, [:class:], [=c=], [c*n] / [c*] in SET2; -d -s -c/-C -t.
import { STDIO_BUFSIZ } from "../grep/textio.js";
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { concatBytes } from "../../wire/bytes.js";

const CLASSES: Record<string, (c: number) => boolean> = {
  alnum: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 127 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

interface ParsedSet {
  bytes: number[];
  /** Index in bytes where a [c*] repeat fills up to SET1's length. */
  fill?: { at: number; byte: number };
  classes: string[];
}

class TrError extends Error {}

function parseSet(text: string, isSet2: boolean): ParsedSet {
  const src = new TextEncoder().encode(text);
  // First pass: decode escapes into (byte, escaped) units.
  const units: Array<{ b: number; esc: boolean }> = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c !== 92) {
      units.push({ b: c, esc: false });
      continue;
    }
    if (i + 1 >= src.length) {
      units.push({ b: 92, esc: true });
      continue;
    }
    const n = src[i + 1]!;
    const simple: Record<number, number> = { 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92 };
    if (n >= 48 && n <= 55) {
      let v = 0;
      let j = i + 1;
      for (let k = 0; k < 3 && j < src.length && src[j]! >= 48 && src[j]! <= 55; k++, j++) {
        const nv = v * 8 + src[j]! - 48;
        if (nv > 255) break;
        v = nv;
      }
      units.push({ b: v, esc: true });
      i = j - 1;
    } else {
      units.push({ b: simple[n] ?? n, esc: true });
      i++;
    }
  }
  const out: ParsedSet = { bytes: [], classes: [] };
  const str = (u: typeof units, a: number, b: number) => String.fromCharCode(...u.slice(a, b).map((x) => x.b));
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.esc && u.b === 91 /* [ */) {
      // [:class:]
      if (units[i + 1]?.b === 58 && !units[i + 1]!.esc) {
        const end = units.findIndex((x, k) => k > i + 1 && x.b === 58 && !x.esc && units[k + 1]?.b === 93);
        if (end > 0) {
          const name = str(units, i + 2, end);
          const pred = CLASSES[name];
          if (!pred) throw new TrError(`invalid character class ${q(name)}`);
          if (isSet2 && name !== "upper" && name !== "lower") {
            throw new TrError("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'");
          }
          for (let c = 0; c < 256; c++) if (pred(c)) out.bytes.push(c);
          out.classes.push(name);
          i = end + 1;
          continue;
        }
      }
      // [=c=]
      if (units[i + 1]?.b === 61 && units[i + 3]?.b === 61 && units[i + 4]?.b === 93) {
        out.bytes.push(units[i + 2]!.b);
        i += 4;
        continue;
      }
      // [c*n] / [c*]
      if (units[i + 2]?.b === 42 && !units[i + 2]!.esc) {
        const close = units.findIndex((x, k) => k > i + 2 && x.b === 93 && !x.esc);
        const count = close > 0 ? str(units, i + 3, close) : undefined;
        if (close > 0 && count !== undefined && /^\d*$/.test(count)) {
          const c = units[i + 1]!.b;
          if (!isSet2) throw new TrError("the [c*] repeat construct may not appear in string1");
          const n = count === "" ? 0 : parseInt(count, count.startsWith("0") ? 8 : 10);
          if (n === 0) out.fill = { at: out.bytes.length, byte: c };
          else for (let k = 0; k < n; k++) out.bytes.push(c);
          i = close;
          continue;
        }
      }
    }
    // a-z range
    if (units[i + 1]?.b === 45 && !units[i + 1]!.esc && i + 2 < units.length) {
      const lo = u.b;
      const hi = units[i + 2]!.b;
      if (hi < lo) {
        const show = (x: number) => (x >= 32 && x < 127 ? String.fromCharCode(x) : `\\${x.toString(8).padStart(3, "0")}`);
        throw new TrError(`range-endpoints of '${show(lo)}-${show(hi)}' are in reverse collating sequence order`);
      }
      for (let c = lo; c <= hi; c++) out.bytes.push(c);
      i += 2;
      continue;
    }
    out.bytes.push(u.b);
  }
  return out;
}

export const trMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "cCdst",
    long: [
      { name: "complement", arg: "none", key: "c" },
      { name: "delete", arg: "none", key: "d" },
      { name: "squeeze-repeats", arg: "none", key: "s" },
      { name: "truncate-set1", arg: "none", key: "t" },
    ],
  });
  if (typeof p === "number") return p;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const complement = has("c") || has("C");
  const del = has("d");
  const squeeze = has("s");
  const truncate = has("t");
  const ops = p.operands;
  const translating = !del && ops.length >= 2;
  if (!ops.length) return cmd.usage("missing operand");
  if (!del && !squeeze && ops.length === 1) {
    await cmd.error(`missing operand after ${q(ops[0]!)}`);
    await ctx.stderr.write("Two strings must be given when translating.\n");
    return cmd.usage(undefined);
  }
  if (del && squeeze && ops.length === 1) {
    await cmd.error(`missing operand after ${q(ops[0]!)}`);
    await ctx.stderr.write("Two strings must be given when both deleting and squeezing repeats.\n");
    return cmd.usage(undefined);
  }
  const max = del && !squeeze ? 1 : 2;
  if (ops.length > max) {
    await cmd.error(`extra operand ${q(ops[max]!)}`);
    if (max === 1) await ctx.stderr.write("Only one string may be given when deleting without squeezing repeats.\n");
    return cmd.usage(undefined);
  }
  let s1: ParsedSet;
  let s2: ParsedSet | undefined;
  try {
    s1 = parseSet(ops[0]!, false);
    if (ops.length > 1) s2 = parseSet(ops[1]!, translating);
  } catch (e) {
    if (!(e instanceof TrError)) throw e;
    await cmd.error(e.message);
    return 1;
  }
  let set1 = s1.bytes;
  if (complement) {
    const inSet = new Set(set1);
    set1 = [];
    for (let c = 0; c < 256; c++) if (!inSet.has(c)) set1.push(c);
  }
  const map = new Int16Array(256).map((_, i) => i);
  if (translating) {
    let set2 = s2!.bytes;
    if (s2!.fill) {
      const need = Math.max(0, set1.length - set2.length);
      set2 = [...set2.slice(0, s2!.fill.at), ...new Array<number>(need).fill(s2!.fill.byte), ...set2.slice(s2!.fill.at)];
    }
    if (!set2.length) {
      await cmd.error("when not truncating set1, string2 must be non-empty");
      return 1;
    }
    if (truncate) set1 = set1.slice(0, set2.length);
    for (let i = 0; i < set1.length; i++) map[set1[i]!] = set2[Math.min(i, set2.length - 1)]!;
  }
  const delSet = new Uint8Array(256);
  if (del) for (const c of set1) delSet[c] = 1;
  const sqSet = new Uint8Array(256);
  if (squeeze) for (const c of del || translating ? (s2?.bytes ?? []) : set1) sqSet[c] = 1;
  let last = -1;
  // stdout through stdio: fully buffered (4096) on a pipe or file, line-buffered on a terminal.
  const pending: Uint8Array[] = [];
  let pendingLen = 0;
  const flush = async () => {
    if (!pendingLen) return;
    const all = concatBytes(...pending);
    pending.length = 0;
    pendingLen = 0;
    await cmd.out(all);
  };
  for (;;) {
    if (ctx.stdout.isTTY) await flush();
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    const out = new Uint8Array(chunk.length);
    let n = 0;
    for (const b of chunk) {
      if (delSet[b]) continue;
      const c = map[b]!;
      if (sqSet[c] && c === last) continue;
      out[n++] = c;
      last = c;
    }
    if (!n) continue;
    pending.push(out.subarray(0, n));
    pendingLen += n;
    if (pendingLen >= STDIO_BUFSIZ) await flush();
  }
  await flush();
  return 0;
};
