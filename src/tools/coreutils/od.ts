// od(1): dumps bytes in octal, decimal, hex, characters or floats. The
// inputs are one combined stream (-j skips across files, a block may span
// two files); each block of -w bytes (16) gives one line per -t type, the
// types aligned under each other; a block equal to the one before is shown
// as `*` unless -v; the last line is the end offset. Also -S (strings) and
// the traditional offset operand (`od FILE +OFFSET`).
// Known difference: -t fL rounds the long double to a double first.
import type { Program } from "../../kernel/task/program.js";
import { readChunk, type OpenFile } from "../../kernel/task/file.js";
import { Cmd, errnoOf } from "./common/cmd.js";
import { formatField, padAt, parseTypeString, type OdSpec } from "./lib/od-format.js";

const OLD_LETTERS: Record<string, string> = {
  a: "a", B: "o2", b: "o1", c: "c", D: "u4", d: "u2", e: "fD", F: "fD", f: "fF", H: "x4", h: "x2",
  I: "dL", i: "dI", L: "dL", l: "dL", O: "o4", o: "o2", s: "d2", X: "x4", x: "x2",
};

const POW: Record<string, number> = { K: 1, k: 1, M: 2, m: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** xstrtoumax(base 0) with od's suffixes; a message on failure (as xstrtol_fatal words it). */
function parseSize(text: string, opt: string): number | string {
  const m = /^[ \t]*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(.*)$/.exec(text);
  if (!m) return `invalid ${opt} argument '${text}'`;
  const digits = m[1]!;
  let n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.startsWith("0") ? parseInt(digits, 8) : Number(digits);
  const suf = m[2]!;
  if (suf) {
    const sm = /^(?:(b)|([KkMmGTPEZY])(B|iB)?)$/.exec(suf);
    if (!sm) return `invalid suffix in ${opt} argument '${text}'`;
    n *= sm[1] ? 512 : (sm[3] === "B" ? 1000 : 1024) ** POW[sm[2]!]!;
  }
  return n;
}

/**
 * A traditional offset operand: [+]OCTAL or [+]0xHEX, with b (x512) or B
 * (x1024). The documented '.' for decimal is refused by od 9.1 (it reads the
 * point as a bad suffix), so `od f 10.` opens a file named "10.", as there.
 */
function oldOffset(s: string): number | undefined {
  const t = s.startsWith("+") ? s.slice(1) : s;
  const m = /^(?:0[xX]([0-9a-fA-F]+)|([0-7]+))([bB]?)$/.exec(t);
  if (!m) return undefined;
  const n = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 8);
  return m[3] === "b" ? n * 512 : m[3] === "B" ? n * 1024 : n;
}

/** The inputs as one stream, opened one after another as bytes are needed (so errors come where od meets them). */
class Input {
  private idx = 0;
  private cur: OpenFile | undefined;
  private buf = new Uint8Array(0);
  status = 0;
  constructor(
    private cmd: Cmd,
    private names: string[],
  ) {}

  private async openNext(): Promise<boolean> {
    while (this.idx < this.names.length) {
      const name = this.names[this.idx++]!;
      try {
        this.cur = this.cmd.openRead(name);
        this.curName = name;
        return true;
      } catch (e) {
        await this.cmd.fileError(name, e);
        this.status = 1;
        // open(2) of a directory succeeds; only the read fails (EISDIR).
        if (errnoOf(e) === 21) return true;
      }
    }
    return false;
  }
  private curName = "";

  /** False when no input could be opened at all (od then prints nothing). */
  async start(): Promise<boolean> {
    return this.openNext();
  }

  /** Up to n bytes (fewer only at the end of all input). */
  async read(n: number): Promise<Uint8Array> {
    while (this.buf.length < n && this.cur) {
      let chunk: Uint8Array | null;
      try {
        chunk = await readChunk(this.cur, this.cmd.task);
      } catch (e) {
        await this.cmd.fileError(this.curName, e);
        this.status = 1;
        chunk = null;
      }
      if (chunk === null) {
        this.cur = undefined;
        await this.openNext();
        continue;
      }
      const b = new Uint8Array(this.buf.length + chunk.length);
      b.set(this.buf);
      b.set(chunk, this.buf.length);
      this.buf = b;
    }
    const out = this.buf.subarray(0, Math.min(n, this.buf.length));
    this.buf = this.buf.subarray(out.length);
    return out;
  }
}

function formatAddress(radix: string, n: number): string {
  if (radix === "o") return n.toString(8).padStart(7, "0");
  if (radix === "d") return String(n).padStart(7, "0");
  if (radix === "x") return n.toString(16).padStart(6, "0");
  return "";
}

function gcd(a: number, b: number): number {
  return b ? gcd(b, a % b) : a;
}

export const odMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "A:aBbcDdeFfHhIij:LlN:OoS:st:vw::Xx",
    long: [
      { name: "address-radix", arg: "required", key: "A" },
      { name: "endian", arg: "required" },
      { name: "format", arg: "required", key: "t" },
      { name: "output-duplicates", arg: "none", key: "v" },
      { name: "read-bytes", arg: "required", key: "N" },
      { name: "skip-bytes", arg: "required", key: "j" },
      { name: "strings", arg: "optional", key: "S" },
      { name: "traditional", arg: "none" },
      { name: "width", arg: "optional", key: "w" },
    ],
  });
  if (typeof p === "number") return p;
  let radix = "o";
  let big = false;
  const specs: OdSpec[] = [];
  let ok = true;
  let modern = false;
  let traditional = false;
  let skip = 0;
  let limit: number | undefined;
  let strings: number | undefined;
  let width: number | undefined;
  let dupes = false;
  for (const o of p.opts) {
    const v = o.value ?? "";
    switch (o.key) {
      case "A":
        modern = true;
        if (!"doxn".includes(v[0] ?? "?") || v === "") {
          await cmd.error(`invalid output address radix '${v[0] ?? ""}'; it must be one character from [doxn]`);
          return 1;
        }
        radix = v[0]!;
        break;
      case "endian":
        if ("little".startsWith(v) && v) big = false;
        else if ("big".startsWith(v) && v) big = true;
        else {
          await cmd.error(`invalid argument \u2018${v}\u2019 for \u2018--endian\u2019`);
          await ctx.stderr.write("Valid arguments are:\n  - \u2018little\u2019\n  - \u2018big\u2019\n");
          return cmd.usage(undefined);
        }
        break;
      case "j":
      case "N":
      case "S":
      case "w": {
        modern = true;
        const name = o.text.startsWith("--") ? o.text : `-${o.key}`;
        if (o.value === undefined) {
          if (o.key === "S") strings = 3;
          if (o.key === "w") width = 32;
          break;
        }
        const n = parseSize(v, name);
        if (typeof n === "string") {
          await cmd.error(n);
          return 1;
        }
        if (o.key === "j") skip = n;
        else if (o.key === "N") limit = n;
        else if (o.key === "S") strings = n;
        else width = n;
        break;
      }
      case "t": {
        modern = true;
        const r = parseTypeString(v);
        if (typeof r === "string") {
          await cmd.error(r);
          ok = false;
        } else specs.push(...r);
        break;
      }
      case "v":
        modern = true;
        dupes = true;
        break;
      case "traditional":
        traditional = true;
        break;
      default: {
        const r = parseTypeString(OLD_LETTERS[o.key]!);
        if (typeof r !== "string") specs.push(...r);
      }
    }
  }
  if (!ok) return 1;
  let files = p.operands;
  let label: number | undefined;
  if (!modern || traditional) {
    const off = files.map(oldOffset);
    if (files.length === 1 && (traditional || files[0]!.startsWith("+")) && off[0] !== undefined) {
      skip = off[0];
      files = [];
    } else if (files.length === 2 && (traditional || files[1]!.startsWith("+") || /^\d/.test(files[1]!)) && off[1] !== undefined) {
      if (traditional && off[0] !== undefined) {
        skip = off[0];
        label = off[1];
        files = [];
      } else {
        skip = off[1];
        files = [files[0]!];
      }
    } else if (files.length === 3 && traditional && off[1] !== undefined && off[2] !== undefined) {
      skip = off[1];
      label = off[2];
      files = [files[0]!];
    }
    if (traditional && files.length > 1) {
      await cmd.error(`extra operand \u2018${files[1]}\u2019`);
      return cmd.usage("compatibility mode supports at most one file");
    }
  }
  if (!specs.length) specs.push(...(parseTypeString("o2") as OdSpec[]));
  const input = new Input(cmd, files.length ? files : ["-"]);
  if (!(await input.start())) return input.status;

  // Skipping reads through the combined input.
  if (skip > 0) {
    let left = skip;
    while (left > 0) {
      const got = await input.read(Math.min(left, 65536));
      if (!got.length) break;
      left -= got.length;
    }
    if (left > 0) {
      await cmd.error("cannot skip past end of combined input");
      return 1;
    }
  }
  let remaining = limit ?? Infinity;

  if (strings !== undefined) return dumpStrings(cmd, input, radix, skip, remaining, strings);

  let lcm = 1;
  for (const s of specs) lcm = (lcm * s.size) / gcd(lcm, s.size);
  let bpb = Math.max(16, lcm);
  if (width !== undefined) {
    if (width >= 1 && width % lcm === 0) bpb = width;
    else {
      await cmd.error(`warning: invalid width ${width}; using ${lcm} instead`);
      bpb = lcm;
    }
  }
  const lineWidth = Math.max(...specs.map((s) => (bpb / s.size) * (s.width + 1)));
  const addrPad = " ".repeat(formatAddress(radix, 0).length);
  // With a traditional label the pseudo-address follows in parentheses (in octal under -An, as od 9.1 does).
  const addr = (n: number) => {
    if (label === undefined) return formatAddress(radix, n);
    if (radix === "n") return `(${formatAddress("o", n)})`;
    return `${formatAddress(radix, n)} (${formatAddress(radix, n - skip + label)})`;
  };

  let offset = skip;
  let prev: Uint8Array | undefined;
  let starred = false;
  while (remaining > 0) {
    const block = await input.read(Math.min(bpb, remaining));
    if (!block.length) break;
    remaining -= block.length;
    const full = block.length === bpb;
    if (!dupes && full && prev && equal(prev, block)) {
      if (!starred) await cmd.out("*\n");
      starred = true;
    } else {
      starred = false;
      await cmd.out(renderBlock(specs, block, bpb, lineWidth, big, addr(offset), addrPad));
    }
    prev = full ? block.slice() : undefined;
    offset += block.length;
  }
  if (radix !== "n" || label !== undefined) await cmd.out(`${addr(offset)}\n`);
  return input.status;
};

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function renderBlock(specs: OdSpec[], block: Uint8Array, bpb: number, lineWidth: number, big: boolean, addr: string, addrPad: string): string {
  let out = "";
  specs.forEach((s, k) => {
    let line = k === 0 ? addr : addrPad;
    const perBlock = bpb / s.size;
    const n = Math.ceil(block.length / s.size);
    const data = new Uint8Array(n * s.size);
    data.set(block);
    const pad = lineWidth - perBlock * (s.width + 1);
    let used = 0;
    for (let i = 0; i < n; i++) {
      const field = " ".repeat(padAt(pad, i, perBlock)) + " " + formatField(s, data, i * s.size, big).padStart(s.width);
      line += field;
      used += field.length;
    }
    if (s.dump) {
      let text = "";
      for (const b of block) text += b >= 32 && b < 127 ? String.fromCharCode(b) : ".";
      line += `${" ".repeat(lineWidth - used)}  >${text}<`;
    }
    out += `${line}\n`;
  });
  return out;
}

/** -S N: runs of at least N printable bytes ended by a NUL, each with its offset. */
async function dumpStrings(cmd: Cmd, input: Input, radix: string, start: number, limit: number, min: number): Promise<number> {
  let offset = start;
  let run = "";
  let runStart = start;
  let left = limit;
  while (left > 0) {
    const chunk = await input.read(Math.min(4096, left));
    if (!chunk.length) break;
    left -= chunk.length;
    for (const b of chunk) {
      if (b >= 32 && b < 127) {
        if (!run) runStart = offset;
        run += String.fromCharCode(b);
      } else {
        if (b === 0 && run.length >= min) await cmd.out(`${radix === "n" ? "" : `${formatAddress(radix, runStart)} `}${run}\n`);
        run = "";
      }
      offset++;
    }
  }
  return input.status;
}
