// hexdump and hd (util-linux 2.38.1 text-utils/hexdump.c, Debian's
// bsdextrautils): the input files as one stream, cut into blocks as large as
// the largest format consumes; every format is applied to every block. The
// canned displays (-b -c -C -d -o -x, and the default) are the format strings
// hexdump(1) lists. A block equal to the one before is shown once as "*"
// (unless -v). Past the end of input, a conversion prints as blanks of its
// width; a unit holding %_A prints only once, after the last block.
// Not modelled: -L colours, -s on a pipe (util-linux seeks and fails there).
import type { Program } from "../../kernel/task/program.js";
import { getopt } from "../coreutils/common/getopt.js";
import { readChunk } from "../../kernel/task/file.js";
import { Cmd, describe, errnoOf } from "../coreutils/common/cmd.js";
import { printfFormat } from "../coreutils/lib/printf-format.js";
import { latin1 } from "../coreutils/common/lines.js";
import { formatSize, parseFormat, type Format, type Piece } from "./hexdump-parse.js";
import { HEXDUMP_HELP } from "./hexdump-help.js";

const CANNED: Record<string, string[]> = {
  default: ['"%07.7_Ax\n"', '"%07.7_ax " 8/2 "%04x " "\\n"'],
  b: ['"%07.7_Ax\n"', '"%07.7_ax " 16/1 "%03o " "\\n"'],
  c: ['"%07.7_Ax\n"', '"%07.7_ax " 16/1 "%3_c " "\\n"'],
  C: ['"%08.8_Ax\n"', '"%08.8_ax  " 8/1 "%02x " "  " 8/1 "%02x "', '"  |" 16/1 "%_p" "|\\n"'],
  d: ['"%07.7_Ax\n"', '"%07.7_ax " 8/2 "  %05u " "\\n"'],
  o: ['"%07.7_Ax\n"', '"%07.7_ax " 8/2 " %06o " "\\n"'],
  x: ['"%07.7_Ax\n"', '"%07.7_ax " 8/2 "   %04x " "\\n"'],
};

const US_ASCII = "nul soh stx etx eot enq ack bel bs ht lf vt ff cr so si dle dc1 dc2 dc3 dc4 nak syn etb can em sub esc fs gs rs us".split(" ");
const C_ESCAPES: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };

const SUFFIX: Record<string, number> = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** util-linux strtosize: a number (0x hex, 0 octal) with K/M/G… (KiB) or KB/MB… (powers of 1000). */
function parseSize(s: string): number | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(?:([KMGTPEZY])(iB|B)?)?$/i.exec(s);
  if (!m) return undefined;
  const n = /^0[xX]/.test(m[1]!) ? parseInt(m[1]!, 16) : m[1]!.length > 1 && m[1]!.startsWith("0") ? parseInt(m[1]!, 8) : Number(m[1]);
  if (!m[2]) return n;
  return n * (m[3] === "B" ? 1000 : 1024) ** SUFFIX[m[2].toUpperCase()]!;
}

function printf1(spec: string, conv: string, arg: string): string {
  return latin1(printfFormat(`${spec}${conv}`, [arg]).output);
}

function blank(p: Piece): string {
  return " ".repeat(p.width);
}

function readInt(b: Uint8Array, size: number, signed: boolean): bigint {
  let v = 0n;
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

function convert(p: Piece, b: Uint8Array): string {
  switch (p.kind) {
    case "int":
    case "uint":
      return printf1(p.text, p.conv === "i" ? "d" : p.conv, readInt(b, p.size, p.kind === "int").toString());
    case "float": {
      const dv = new DataView(b.buffer, b.byteOffset, p.size);
      const v = p.size === 4 ? dv.getFloat32(0, true) : dv.getFloat64(0, true);
      return printf1(p.text, p.conv, String(v));
    }
    case "char":
      return printf1(p.text, "s", String.fromCharCode(b[0]!));
    case "str": {
      const z = b.indexOf(0);
      return printf1(p.text, "s", String.fromCharCode(...(z < 0 ? b : b.subarray(0, z))));
    }
    case "_p":
      return printf1(p.text, "s", b[0]! >= 0x20 && b[0]! < 0x7f ? String.fromCharCode(b[0]!) : ".");
    case "_c": {
      const c = b[0]!;
      const s = c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : C_ESCAPES[c] ?? c.toString(8).padStart(3, "0");
      return printf1(p.text, "s", s);
    }
    case "_u": {
      const c = b[0]!;
      const s = c < 0x20 ? US_ASCII[c]! : c === 0x7f ? "del" : c < 0x7f ? String.fromCharCode(c) : c.toString(16).padStart(2, "0");
      return printf1(p.text, "s", s);
    }
    default:
      return "";
  }
}

export const hexdumpMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const isHd = cmd.name.slice(cmd.name.lastIndexOf("/") + 1) === "hd";
  const r = getopt(cmd.args, {
    short: "bcCde:f:L::n:os:vxhV",
    long: [
      { name: "one-byte-octal", arg: "none", key: "b" },
      { name: "one-byte-char", arg: "none", key: "c" },
      { name: "canonical", arg: "none", key: "C" },
      { name: "two-bytes-decimal", arg: "none", key: "d" },
      { name: "two-bytes-octal", arg: "none", key: "o" },
      { name: "two-bytes-hex", arg: "none", key: "x" },
      { name: "format", arg: "required", key: "e" },
      { name: "format-file", arg: "required", key: "f" },
      { name: "color", arg: "optional", key: "L" },
      { name: "length", arg: "required", key: "n" },
      { name: "skip", arg: "required", key: "s" },
      { name: "no-squeezing", arg: "none", key: "v" },
      { name: "help", arg: "none", key: "h" },
      { name: "version", arg: "none", key: "V" },
    ],
  });
  if (r.kind === "error") {
    await cmd.error(r.message);
    await ctx.stderr.write(`Try '${cmd.name} --help' for more information.\n`);
    return 1;
  }
  const sources: string[] = [];
  let length: number | undefined;
  let skip = 0;
  let squeeze = true;
  for (const o of r.opts) {
    if (o.key === "h") {
      await cmd.out(HEXDUMP_HELP.replace(/@PROG@/g, cmd.name));
      return 0;
    }
    if (o.key === "V") {
      await cmd.out(`${cmd.name.slice(cmd.name.lastIndexOf("/") + 1)} from util-linux 2.38.1\n`);
      return 0;
    }
    if (CANNED[o.key]) sources.push(...CANNED[o.key]!);
    else if (o.key === "e") sources.push(o.value!);
    else if (o.key === "f") {
      let text: string;
      try {
        text = latin1(await cmd.readFile(o.value!));
      } catch (e) {
        await cmd.error(`${o.value}: ${describe(e)}`);
        return 1;
      }
      for (const line of text.split("\n")) if (line.trim() && !line.trim().startsWith("#")) sources.push(line);
    } else if (o.key === "n" || o.key === "s") {
      const n = parseSize(o.value!);
      if (n === undefined) {
        await cmd.error(`failed to parse ${o.key === "n" ? "length" : "offset"}: '${o.value}': Invalid argument`);
        return 1;
      }
      if (o.key === "n") length = n;
      else skip = n;
    } else if (o.key === "v") squeeze = false;
  }
  if (!sources.length) sources.push(...CANNED[isHd ? "C" : "default"]!);
  const formats: Format[] = [];
  for (const s of sources) {
    const f = parseFormat(s);
    if (typeof f === "string") {
      await cmd.error(f);
      return 1;
    }
    formats.push(f);
  }
  // The inputs as one stream, read only as far as -s and -n need (so
  // /dev/zero ends), and displayed as it arrives: every whole block of a
  // chunk is formatted at once, a partial one waits for the next chunk (or
  // the end), and the squeeze state (`*`) carries across chunks. Output goes
  // out in stdio-sized pieces, so diagnostics of a later file still come
  // before a short dump, as with a buffered stdout.
  const names = r.operands.length ? r.operands : ["-"];
  const want = length === undefined ? Infinity : skip + length;
  const blockSize = Math.max(...formats.map(formatSize));
  let got = 0;
  let failed = 0;
  let readFailed = false;
  let shown = 0;
  let addr = skip;
  let carry: Uint8Array = new Uint8Array(0);
  let out = "";
  let prev: Uint8Array | undefined;
  let starred = false;
  const display = async (data: Uint8Array, final: boolean): Promise<Uint8Array> => {
    let off = 0;
    for (; blockSize > 0 && (final ? off < data.length : off + blockSize <= data.length); off += blockSize) {
      const block = data.subarray(off, off + blockSize);
      if (squeeze && prev && block.length === prev.length && block.every((b, i) => b === prev![i])) {
        if (!starred) out += "*\n";
        starred = true;
        continue;
      }
      starred = false;
      prev = block.slice();
      for (const f of formats) out += displayBlock(f, block, addr + off);
      if (out.length >= 8192) {
        await cmd.out(Uint8Array.from(out, (c) => c.charCodeAt(0)));
        out = "";
      }
    }
    addr += off;
    return data.slice(off);
  };
  for (const name of names) {
    if (got >= want) break;
    let f;
    try {
      f = cmd.openRead(name);
    } catch (e) {
      // fopen() of a directory succeeds and only its read fails: that is no failed argument.
      await cmd.error(`${name}: ${describe(e)}`);
      if (errnoOf(e) === 21) readFailed = true;
      else failed++;
      continue;
    }
    while (got < want) {
      let c;
      try {
        c = await readChunk(f, ctx.task);
      } catch (e) {
        await cmd.error(`${name}: ${describe(e)}`);
        readFailed = true;
        break;
      }
      if (c === null) break;
      const lo = Math.max(0, skip - got);
      const hi = Math.min(c.length, want - got);
      got += c.length;
      if (hi <= lo) continue;
      shown += hi - lo;
      const data = new Uint8Array(carry.length + hi - lo);
      data.set(carry);
      data.set(c.subarray(lo, hi), carry.length);
      carry = await display(data, false);
    }
  }
  if (failed === names.length) {
    await cmd.error("all input file arguments failed");
    return 1;
  }
  await display(carry, true);
  // The %_A unit, once, at the offset reached (nothing at all for an empty input at offset 0).
  const end = Math.min(skip, got) + shown;
  // Only the last unit holding %_A is kept for the end (as hexdump's rewrite step does).
  const endUnit = formats.flatMap((f) => f.filter((u) => u.pieces.some((p) => p.kind === "endaddr"))).pop();
  if (end > 0 && endUnit)
    for (const p of endUnit.pieces) out += p.kind === "text" ? p.text : p.kind === "endaddr" ? printf1(p.text, p.conv, String(end)) : "";
  if (out) await cmd.out(Uint8Array.from(out, (c) => c.charCodeAt(0)));
  return failed || readFailed ? 1 : 0;
};

function displayBlock(f: Format, block: Uint8Array, base: number): string {
  let out = "";
  let pos = 0;
  for (const u of f) {
    if (u.pieces.some((p) => p.kind === "endaddr")) continue;
    for (let it = 0; it < u.iter; it++) {
      const last = it === u.iter - 1;
      u.pieces.forEach((p, pi) => {
        if (p.kind === "text") {
          out += last && u.dropLastSpace && pi === u.pieces.length - 1 ? p.text.slice(0, -1) : p.text;
          return;
        }
        if (p.kind === "addr") {
          out += printf1(p.text, p.conv, String(base + pos));
          return;
        }
        if (pos >= block.length) {
          out += blank(p);
          pos += p.size;
          return;
        }
        // A unit cut by the end of input is completed with zero bytes.
        const b = new Uint8Array(p.size);
        b.set(block.subarray(pos, pos + p.size));
        out += convert(p, b);
        pos += p.size;
      });
    }
  }
  return out;
}
