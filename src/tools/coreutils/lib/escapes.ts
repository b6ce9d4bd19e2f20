// Backslash escapes as printf's format, printf's %b and `echo -e` read them.
// The three contexts and the two implementations (coreutils, bash builtins)
// each accept a slightly different set; the table in decodeEscape() follows
// what coreutils 9.1 and bash 5.2 do on Debian 12.

import type { ByteSink } from "./bytes.js";

export type Dialect = "coreutils" | "bash";
export type EscapeContext = "format" | "b" | "echo";

/** Outcome of one escape: how many bytes it used, and whether output must stop (\c) or fail. */
export type EscapeResult =
  | { kind: "ok"; used: number }
  | { kind: "stop"; used: number }
  /** coreutils printf exits at once on a malformed \x \u \U. */
  | { kind: "fatal"; message: string }
  /** bash printf warns and emits the escape literally. */
  | { kind: "warn"; used: number; message: string };

const SIMPLE: Record<string, number> = { "\\": 92, a: 7, b: 8, e: 27, f: 12, n: 10, r: 13, t: 9, v: 11 };

const isOct = (c: number) => c >= 48 && c <= 55;
const hexVal = (c: number) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/**
 * Decodes the escape whose backslash is at src[i] into out. src[i+1] may be
 * past the end (a trailing backslash prints itself).
 */
export function decodeEscape(
  src: Uint8Array,
  i: number,
  out: ByteSink,
  ctx: EscapeContext,
  dialect: Dialect,
): EscapeResult {
  if (i + 1 >= src.length) {
    out.byte(92);
    return { kind: "ok", used: 1 };
  }
  const c = src[i + 1]!;
  const ch = String.fromCharCode(c);
  if (ch in SIMPLE) {
    out.byte(SIMPLE[ch]!);
    return { kind: "ok", used: 2 };
  }
  const literal = (): EscapeResult => {
    out.byte(92);
    out.byte(c);
    return { kind: "ok", used: 2 };
  };
  if (ch === "E") {
    if (dialect !== "bash") return literal();
    out.byte(27);
    return { kind: "ok", used: 2 };
  }
  if (ch === '"') {
    if (ctx === "echo" || (ctx === "b" && dialect === "bash")) return literal();
    out.byte(c);
    return { kind: "ok", used: 2 };
  }
  if (ch === "'" || ch === "?") {
    if (ctx !== "format" || dialect !== "bash") return literal();
    out.byte(c);
    return { kind: "ok", used: 2 };
  }
  if (ch === "c") {
    if (ctx === "format" && dialect === "bash") return literal();
    return { kind: "stop", used: 2 };
  }
  if (isOct(c)) {
    // format: \NNN; %b and coreutils echo: \0NNN or \NNN; bash echo: only \0NNN.
    let j = i + 1;
    if (ctx !== "format" && c === 48) j++;
    else if (ctx === "echo" && dialect === "bash") return literal();
    let v = 0;
    let n = 0;
    while (n < 3 && j < src.length && isOct(src[j]!)) {
      v = v * 8 + (src[j]! - 48);
      j++;
      n++;
    }
    out.byte(v);
    return { kind: "ok", used: j - i };
  }
  if (ch === "x") {
    let j = i + 2;
    let v = 0;
    while (j < i + 4 && j < src.length && hexVal(src[j]!) >= 0) v = v * 16 + hexVal(src[j++]!);
    if (j === i + 2) {
      if (ctx === "echo") return literal();
      if (dialect === "coreutils") return { kind: "fatal", message: "missing hexadecimal number in escape" };
      out.byte(92);
      out.byte(c);
      return { kind: "warn", used: 2, message: "missing hex digit for \\x" };
    }
    out.byte(v);
    return { kind: "ok", used: j - i };
  }
  if (ch === "u" || ch === "U") {
    const max = ch === "u" ? 4 : 8;
    if (dialect === "coreutils") {
      if (ctx === "echo") return literal();
      let v = 0;
      for (let k = 0; k < max; k++) {
        const h = i + 2 + k < src.length ? hexVal(src[i + 2 + k]!) : -1;
        if (h < 0) return { kind: "fatal", message: "missing hexadecimal number in escape" };
        v = v * 16 + h;
      }
      // C99 universal character names may not denote basic characters or surrogates.
      if ((v <= 0x9f && v !== 0x24 && v !== 0x40 && v !== 0x60) || (v >= 0xd800 && v <= 0xdfff)) {
        const hex = v.toString(16).padStart(max, "0");
        return { kind: "fatal", message: `invalid universal character name \\${ch}${hex}` };
      }
      out.codePoint(v);
      return { kind: "ok", used: 2 + max };
    }
    let j = i + 2;
    let v = 0;
    while (j < i + 2 + max && j < src.length && hexVal(src[j]!) >= 0) v = v * 16 + hexVal(src[j++]!);
    if (j === i + 2) {
      out.byte(92);
      out.byte(c);
      if (ctx === "echo") return { kind: "ok", used: 2 };
      return { kind: "warn", used: 2, message: `missing unicode digit for \\${ch}` };
    }
    if (v > 0x10ffff) out.text("\ufffd");
    else out.codePoint(v);
    return { kind: "ok", used: j - i };
  }
  return literal();
}
