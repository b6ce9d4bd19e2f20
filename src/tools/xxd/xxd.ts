// xxd (2022-01-14, as Debian 12's xxd package ships it): a hex dump with an
// ASCII column ("OFFSET: GROUPS  TEXT"), or -p (plain hex, 30 bytes a line),
// -i (a C array), -b (bits), -e (little-endian groups), and -r to turn a dump
// (or, with -p, any hex) back into bytes. Options are xxd's own: any prefix of
// the long word (-c8, -cols 8, -ps, -postscript), numbers in C notation.
// Output goes to stdout or to the OUTFILE operand. Not modelled: -E (EBCDIC),
// -R colours, -r patching an existing OUTFILE in place (it is rewritten).
import type { Program } from "../../kernel/task/program.js";
import { readChunk } from "../../kernel/task/file.js";
import { Cmd, describe } from "../coreutils/common/cmd.js";
import { ByteSink } from "../coreutils/lib/bytes.js";
import { XXD_USAGE } from "./usage.js";

// Option words, matched by prefix as xxd does (the shortest unambiguous forms are the letters).
const WORDS: [string, string, boolean][] = [
  ["a", "autoskip", false], ["b", "bits", false], ["C", "capitalize", false], ["c", "cols", true],
  ["d", "decimal", false], ["E", "EBCDIC", false], ["e", "e", false], ["g", "groupsize", true],
  ["h", "help", false], ["i", "include", false], ["l", "len", true], ["n", "name", true],
  ["o", "offset", true], ["p", "ps", false], ["r", "revert", false], ["s", "seek", true],
  ["u", "uppercase", false], ["v", "version", false],
];

/** strtol(s, 0): C notation (0x hex, 0 octal), leading part only; NaN when nothing parses. */
function cNumber(s: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return NaN;
  const d = m[2]!;
  const n = /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : d.length > 1 && d.startsWith("0") ? parseInt(d, 8) : Number(d);
  return m[1] === "-" ? -n : n;
}

interface Opts {
  autoskip: boolean;
  bits: boolean;
  capitalize: boolean;
  cols?: number;
  decimal: boolean;
  little: boolean;
  group?: number;
  include: boolean;
  len?: number;
  name?: string;
  offset: number;
  plain: boolean;
  revert: boolean;
  seek?: string;
  upper: boolean;
}

export const xxdMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const usage = async () => {
    await ctx.stderr.write(XXD_USAGE.replace(/@PROG@/g, cmd.name));
    return 1;
  };
  const o: Opts = { autoskip: false, bits: false, capitalize: false, decimal: false, little: false, include: false, offset: 0, plain: false, revert: false, upper: false };
  const args = cmd.args;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--" ) {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      continue;
    }
    const body = a.slice(1);
    const tail = body.slice(1);
    const ent = WORDS.find(([l, w, takes]) => body[0] === l && (takes || [w, ...(l === "p" ? ["postscript", "plain"] : [])].some((x) => x.slice(1).startsWith(tail))));
    if (!ent) return usage();
    const [letter, word, takes] = ent;
    let value: string | undefined;
    if (takes) {
      // "-c8", "-cols 8", "-c 8": the value follows the letter, or the word, or is the next argument.
      const rest = word.slice(1).startsWith(tail) ? "" : tail;
      if (rest) value = rest;
      else {
        if (i + 1 >= args.length) return usage();
        value = args[++i]!;
      }
    }
    switch (letter) {
      case "a": o.autoskip = !o.autoskip; break;
      case "b": o.bits = true; break;
      case "C": o.capitalize = true; break;
      case "d": o.decimal = true; break;
      case "e": o.little = true; break;
      case "i": o.include = true; break;
      case "p": o.plain = true; break;
      case "r": o.revert = true; break;
      case "u": o.upper = true; break;
      case "E": break;
      case "h": return usage();
      case "v":
        await ctx.stderr.write("xxd 2022-01-14 by Juergen Weigert et al.\n");
        return 0;
      case "c": o.cols = cNumber(value!); break;
      case "g": o.group = cNumber(value!); break;
      case "l": o.len = cNumber(value!); break;
      case "o": o.offset = cNumber(value!); break;
      case "n": o.name = value; break;
      case "s": o.seek = value; break;
    }
  }
  if (operands.length > 2) return usage();
  const inName = operands[0] && operands[0] !== "-" ? operands[0] : undefined;
  let cols = o.cols || 0;
  if (cols === 0 || Number.isNaN(cols)) cols = o.plain ? 30 : o.include ? 12 : o.bits ? 6 : 16;
  if (cols < 1 || (!o.plain && cols > 256)) {
    await ctx.stderr.write(`${cmd.name}: invalid number of columns (max. 256).\n`);
    return 1;
  }
  if (!o.revert && !o.include && operands[1] === undefined && !(o.plain && o.cols === 0)) {
    const n = o.seek === undefined ? 0 : cNumber(o.seek.replace(/^\+/, ""));
    if (!(n < 0)) return dumpStream(cmd, inName, o, cols, Number.isNaN(n) ? 0 : n);
  }
  // Read the input, as far as -s and -l need.
  let input: Uint8Array;
  try {
    input = await readInput(cmd, inName, o);
  } catch (e) {
    await ctx.stderr.write(`${cmd.name}: ${inName ?? "-"}: ${describe(e)}\n`);
    return 2;
  }
  let out: Uint8Array;
  if (o.revert) out = revert(input, o);
  else {
    let start = 0;
    if (o.seek !== undefined) {
      const rel = o.seek.startsWith("+");
      const n = cNumber(o.seek.replace(/^\+/, ""));
      start = Number.isNaN(n) ? 0 : n < 0 ? Math.max(0, input.length + n) : n;
      void rel;
    }
    const end = o.len !== undefined && o.len >= 0 ? Math.min(input.length, start + o.len) : input.length;
    const data = input.subarray(Math.min(start, input.length), end);
    const text = o.plain ? plain(data, cols, o) : o.include ? include(data, cols, o, inName) : dump(data, cols, start + o.offset, o);
    out = Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  if (operands[1] !== undefined) {
    try {
      const f = cmd.openWrite(operands[1]);
      await f.write!(ctx.task, out);
    } catch (e) {
      await ctx.stderr.write(`${cmd.name}: ${operands[1]}: ${describe(e)}\n`);
      return 3;
    }
    return 0;
  }
  if (out.length) await cmd.out(out);
  return 0;
};

/**
 * The hex dump (or -p) written as the input arrives, as xxd's loop writes
 * each line once its bytes are read: whole lines of a chunk go out at once,
 * the bytes of an unfinished line wait for the next chunk, and -a's squeeze
 * state carries across. -s skips by reading, -l stops reading.
 */
async function dumpStream(cmd: Cmd, inName: string | undefined, o: Opts, cols: number, start: number): Promise<number> {
  const fail = async (e: unknown) => {
    await cmd.ctx.stderr.write(`${cmd.name}: ${inName ?? "-"}: ${describe(e)}\n`);
    return 2;
  };
  let f;
  try {
    f = cmd.openRead(inName ?? "-");
  } catch (e) {
    return fail(e);
  }
  const st = new DumpState();
  let base = start + o.offset;
  const render = (d: Uint8Array, final: boolean) => {
    const text = o.plain ? plain(d, cols, o) : dump(d, cols, base, o, st, final);
    base += d.length;
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  };
  let skip = start;
  let left = o.len !== undefined && o.len >= 0 ? o.len : Infinity;
  let carry = new Uint8Array(0);
  while (left > 0) {
    let c;
    try {
      c = await readChunk(f, cmd.task);
    } catch (e) {
      return fail(e);
    }
    if (c === null) break;
    if (skip > 0) {
      const drop = Math.min(skip, c.length);
      skip -= drop;
      c = c.subarray(drop);
    }
    if (c.length > left) c = c.subarray(0, left);
    left -= c.length;
    const data = new Uint8Array(carry.length + c.length);
    data.set(carry);
    data.set(c, carry.length);
    const whole = data.length - (data.length % cols);
    carry = data.slice(whole);
    const out = render(data.subarray(0, whole), false);
    if (out.length) await cmd.out(out);
  }
  const out = render(carry, true);
  if (out.length) await cmd.out(out);
  return 0;
}

async function readInput(cmd: Cmd, name: string | undefined, o: Opts): Promise<Uint8Array> {
  const f = cmd.openRead(name ?? "-");
  // Without -r, a known -s/-l bounds the read (so /dev/zero ends); a negative -s needs the whole file.
  const seek = o.seek === undefined ? 0 : cNumber(o.seek.replace(/^\+/, ""));
  const want = !o.revert && o.len !== undefined && o.len >= 0 && !(seek < 0) ? (Number.isNaN(seek) ? 0 : seek) + o.len : Infinity;
  const sink = new ByteSink();
  while (sink.length < want) {
    const c = await readChunk(f, cmd.task);
    if (c === null) break;
    sink.bytes(c);
  }
  return sink.result();
}

function hx(b: number, upper: boolean): string {
  const s = b.toString(16).padStart(2, "0");
  return upper ? s.toUpperCase() : s;
}

/** -a's state carried from one batch of whole lines to the next (see dump()). */
class DumpState {
  zeroSeen = 0;
  held = "";
  last = "";
}

function dump(data: Uint8Array, cols: number, base: number, o: Opts, st = new DumpState(), final = true): string {
  let group = o.group ?? (o.bits ? 1 : o.little ? 4 : 2);
  if (group <= 0 || group > cols) group = cols;
  const width = o.bits ? 8 : 2;
  const textCol = 10 + width * cols + Math.ceil(cols / group) + 1;
  const lines: string[] = [];
  // -a: the first all-zero line is shown; of a run after it, one line is shown
  // as it is or several as "*", decided when the run ends (xxd's xxdline()).
  let { zeroSeen, held, last } = st;
  for (let off = 0; off < data.length; off += cols) {
    const line = data.subarray(off, off + cols);
    const addr = o.decimal ? String(base + off).padStart(8, "0") : (base + off).toString(16).padStart(8, "0");
    let s = `${o.upper && !o.decimal ? addr.toUpperCase() : addr}: `;
    for (let g = 0; g < line.length; g += group) {
      const bytes = [...line.subarray(g, g + group)];
      const cells = bytes.map((b) => (o.bits ? b.toString(2).padStart(8, "0") : hx(b, o.upper)));
      // -e shows each group as one little-endian number: its bytes reversed, right-aligned in the group.
      s += o.little ? cells.reverse().join("").padStart(group * width) : cells.join("");
      s += " ";
    }
    s = s.padEnd(textCol);
    for (const b of line) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
    s += "\n";
    last = s;
    if (!o.autoskip) {
      lines.push(s);
      continue;
    }
    const nonzero = line.some((b) => b !== 0);
    if (!nonzero) {
      if (zeroSeen === 1) held = s;
      if (zeroSeen++ === 0) lines.push(s);
      continue;
    }
    if (zeroSeen === 2) lines.push(held);
    if (zeroSeen > 2) lines.push("*\n");
    lines.push(s);
    zeroSeen = 0;
  }
  if (!final) {
    Object.assign(st, { zeroSeen, held, last });
    return lines.join("");
  }
  if (o.autoskip && zeroSeen > 0) {
    zeroSeen--;
    if (zeroSeen === 2) lines.push(held);
    if (zeroSeen > 2) lines.push("*\n");
    if (zeroSeen > 0) lines.push(last);
  }
  return lines.join("");
}

function plain(data: Uint8Array, cols: number, o: Opts): string {
  let out = "";
  let hex = "";
  for (const b of data) hex += hx(b, o.upper);
  // -c 0 with -p: one line holding everything.
  const per = (o.cols ?? 0) === 0 && o.cols !== undefined ? hex.length || 1 : cols * 2;
  for (let i = 0; i < hex.length; i += per) out += hex.slice(i, i + per) + "\n";
  return out;
}

function include(data: Uint8Array, cols: number, o: Opts, inName: string | undefined): string {
  const items = [...data].map((b) => (o.upper ? `0X${hx(b, true)}` : `0x${hx(b, false)}`));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += cols) lines.push(`  ${items.slice(i, i + cols).join(", ")}`);
  const body = lines.length ? `${lines.join(",\n")}\n` : "";
  const given = o.name ?? inName;
  if (given === undefined) return body;
  let name = given.replace(/[^A-Za-z0-9]/g, "_");
  if (/^\d/.test(name)) name = `__${name}`;
  if (o.capitalize) name = name.toUpperCase();
  return `unsigned char ${name}[] = {\n${body}};\nunsigned int ${name}${o.capitalize ? "_LEN" : "_len"} = ${data.length};\n`;
}

const isHex = (c: string) => /[0-9a-fA-F]/.test(c);

/** -r: bytes back from a dump. Normal dumps place each line at its offset (gaps become zeros); -p takes all hex. */
function revert(input: Uint8Array, o: Opts): Uint8Array {
  const text = String.fromCharCode(...input);
  const out: number[] = [];
  const seekAdd = o.seek !== undefined ? cNumber(o.seek.replace(/^\+/, "")) || 0 : 0;
  for (const line of text.split("\n")) {
    let pos: number;
    let rest: string;
    if (o.plain) {
      rest = line;
      pos = out.length;
    } else {
      const m = /^\s*([0-9a-fA-F]+):/.exec(line);
      if (!m) continue;
      pos = parseInt(m[1]!, 16) + seekAdd;
      rest = line.slice(m[0].length);
    }
    const bytes: number[] = [];
    let nib = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]!;
      if (isHex(c)) {
        if (nib < 0) nib = parseInt(c, 16);
        else {
          bytes.push((nib << 4) | parseInt(c, 16));
          nib = -1;
        }
      } else if (c === " " || c === "\t" || c === "\r") {
        // Two spaces in a normal dump start the text column.
        if (!o.plain && rest[i + 1] === " " && bytes.length) break;
      } else break;
    }
    while (out.length < pos) out.push(0);
    bytes.forEach((b, i) => (out[pos + i] = b));
  }
  return Uint8Array.from(out);
}
