// base64, base32 and basenc (coreutils' basenc.c): RFC 4648 encodings of a
// FILE or stdin, wrapped at -w COLS (76; 0 for none), or decoded with -d.
// Decoding reads groups of characters (4 for base64, 8 for base32, 2 for
// base16, 8 bits for base2); newlines are skipped (-i skips every character
// outside the alphabet). At the first character that cannot be there — a
// space, a stray '=', or the input ending inside a group — the bytes the
// group's valid characters already give are written, then "invalid input"
// and status 1, as the real decoder's partial output shows.
// Not modelled: basenc --z85.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { ByteSink } from "./lib/bytes.js";
import { eachChunk } from "./common/stream.js";

interface Encoding {
  alphabet: string;
  /** Characters per group and bits each carries. */
  group: number;
  bits: number;
  /** Groups are completed with '=' when encoding. */
  pad: boolean;
  /** base2 with the least significant bit first. */
  lsbFirst?: boolean;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ENCODINGS: Record<string, Encoding> = {
  base64: { alphabet: B64, group: 4, bits: 6, pad: true },
  base64url: { alphabet: B64.slice(0, 62) + "-_", group: 4, bits: 6, pad: true },
  base32: { alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", group: 8, bits: 5, pad: true },
  base32hex: { alphabet: "0123456789ABCDEFGHIJKLMNOPQRSTUV", group: 8, bits: 5, pad: true },
  base16: { alphabet: "0123456789ABCDEF", group: 2, bits: 4, pad: false },
  base2msbf: { alphabet: "01", group: 8, bits: 1, pad: false },
  base2lsbf: { alphabet: "01", group: 8, bits: 1, pad: false, lsbFirst: true },
};

export function encode(data: Uint8Array, enc: Encoding): string {
  let out = "";
  if (enc.bits === 1) {
    for (const b of data) for (let i = 0; i < 8; i++) out += (b >> (enc.lsbFirst ? i : 7 - i)) & 1;
    return out;
  }
  let acc = 0;
  let n = 0;
  const mask = (1 << enc.bits) - 1;
  for (const b of data) {
    acc = ((acc << 8) | b) & 0xffff;
    n += 8;
    while (n >= enc.bits) {
      n -= enc.bits;
      out += enc.alphabet[(acc >> n) & mask];
    }
  }
  if (n > 0) out += enc.alphabet[(acc << (enc.bits - n)) & mask];
  if (enc.pad) while (out.length % enc.group) out += "=";
  return out;
}

/** Decodes; `ok` is false at the first invalid character (the bytes before it are kept). */
export function decode(text: Uint8Array, enc: Encoding, ignoreGarbage: boolean): { bytes: Uint8Array; ok: boolean } {
  const sink = new ByteSink();
  const index = new Map<number, number>();
  // base16 decodes either case.
  for (let i = 0; i < enc.alphabet.length; i++) {
    index.set(enc.alphabet.charCodeAt(i), i);
    if (enc.group === 2) index.set(enc.alphabet.toLowerCase().charCodeAt(i), i);
  }
  const EQ = 0x3d;
  let group: number[] = [];
  let padded = 0;
  const flush = (vals: number[]) => {
    if (enc.bits === 1) {
      if (vals.length === 8) sink.byte(vals.reduce((a, v, i) => a | (v << (enc.lsbFirst ? i : 7 - i)), 0));
      return;
    }
    let acc = 0;
    let n = 0;
    for (const v of vals) {
      acc = ((acc << enc.bits) | v) & 0xffff;
      n += enc.bits;
      if (n >= 8) {
        n -= 8;
        sink.byte(acc >> n);
      }
    }
  };
  for (const c of text) {
    if (c === 10) continue;
    const v = index.get(c);
    if (v === undefined && !(c === EQ && enc.pad)) {
      if (ignoreGarbage) continue;
      flush(group);
      return { bytes: sink.result(), ok: false };
    }
    if (c === EQ) {
      // Padding may only complete a group that has at least two characters.
      if (group.length + padded < 2) {
        flush(group);
        return { bytes: sink.result(), ok: false };
      }
      padded++;
    } else if (padded) {
      flush(group);
      return { bytes: sink.result(), ok: false };
    } else group.push(v!);
    if (group.length + padded === enc.group) {
      flush(group);
      group = [];
      padded = 0;
    }
  }
  flush(group);
  return { bytes: sink.result(), ok: group.length + padded === 0 };
}

export const basencMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const prog = cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
  const isBasenc = prog === "basenc";
  const p = await cmd.parse({
    short: "diw:",
    long: [
      { name: "decode", arg: "none", key: "d" },
      { name: "ignore-garbage", arg: "none", key: "i" },
      { name: "wrap", arg: "required", key: "w" },
      ...(isBasenc ? Object.keys(ENCODINGS).map((name) => ({ name, arg: "none" as const })) : []),
    ],
  });
  if (typeof p === "number") return p;
  let enc: Encoding | undefined = isBasenc ? undefined : ENCODINGS[prog === "base32" ? "base32" : "base64"];
  let decoding = false;
  let garbage = false;
  let wrap = 76;
  for (const o of p.opts) {
    if (o.key === "d") decoding = true;
    else if (o.key === "i") garbage = true;
    else if (o.key === "w") {
      const n = /^\s*\+?\d+$/.test(o.value!) ? Number(o.value) : NaN;
      if (!Number.isSafeInteger(n)) {
        await cmd.error(`invalid wrap size: ${q(o.value!)}`);
        return 1;
      }
      wrap = n;
    } else if (ENCODINGS[o.key]) enc = ENCODINGS[o.key];
  }
  if (!enc) return cmd.usage("missing encoding type");
  if (p.operands.length > 1) return cmd.usage(`extra operand ${q(p.operands[1]!)}`);
  const name = p.operands[0] ?? "-";
  if (!decoding) return encodeStream(cmd, name, enc, wrap);
  let data: Uint8Array;
  try {
    data = await cmd.readFile(name);
  } catch (e) {
    await cmd.error(`${name}: ${describe(e)}`);
    return 1;
  }
  const r = decode(data, enc, garbage);
  if (r.bytes.length) await cmd.out(r.bytes);
  if (!r.ok) {
    await cmd.error("invalid input");
    return 1;
  }
  return 0;
};

/**
 * Encodes as the input arrives, as basenc's encode loop does with its block
 * buffer: whole groups of input bytes (3 for base64, 5 for base32, 1 for
 * base16/base2) are encoded at once, a remainder waits for the next chunk and
 * only the end of input pads it; the wrap column carries across chunks.
 */
async function encodeStream(cmd: Cmd, name: string, enc: Encoding, wrap: number): Promise<number> {
  const groupBytes = enc.bits === 6 ? 3 : enc.bits === 5 ? 5 : 1;
  let carry = new Uint8Array(0);
  let col = 0;
  const wrapped = (text: string): string => {
    if (wrap === 0 || !text) return text;
    let out = "";
    let i = 0;
    while (i < text.length) {
      const take = Math.min(wrap - col, text.length - i);
      out += text.slice(i, i + take);
      i += take;
      col += take;
      if (col === wrap) {
        out += "\n";
        col = 0;
      }
    }
    return out;
  };
  const err = await eachChunk(cmd, name, async (chunk) => {
    let data = chunk;
    if (carry.length) {
      data = new Uint8Array(carry.length + chunk.length);
      data.set(carry);
      data.set(chunk, carry.length);
    }
    const whole = data.length - (data.length % groupBytes);
    carry = data.slice(whole);
    const out = wrapped(encode(data.subarray(0, whole), enc));
    if (out) await cmd.out(out);
  });
  // What was read is encoded even when a read fails; unwrapped output has no final newline.
  let out = wrapped(encode(carry, enc));
  if (col > 0) out += "\n";
  if (out) await cmd.out(out);
  if (err !== undefined) {
    await cmd.error(`${name}: ${describe(err)}`);
    return 1;
  }
  return 0;
}
