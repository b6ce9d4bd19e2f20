// od's output types (-t TYPE): parsing the type strings and rendering one
// field, with GNU od's field widths (the widest value of the type: o2 is 6
// digits, d4 11 characters with its sign, f8 24) and its character names.
import { toGeneralExact } from "./float-format.js";

export type OdKind = "a" | "c" | "d" | "u" | "o" | "x" | "f";

export interface OdSpec {
  kind: OdKind;
  /** Bytes per field. */
  size: number;
  /** Characters of the value (a leading space separates fields besides). */
  width: number;
  /** 'z' suffix: the printable characters of the block after the line. */
  dump: boolean;
}

const INT_WIDTH: Record<string, Record<number, number>> = {
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
};
// f16 (long double) is shown with width 29, as GNU's x86-64 build does.
const FLOAT_WIDTH: Record<number, number> = { 4: 15, 8: 24, 16: 29 };
const INT_SIZE_LETTER: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
const FLOAT_SIZE_LETTER: Record<string, number> = { F: 4, D: 8, L: 16 };

/** Parses one -t argument (several types may be run together: "x1z", "cx2"). Returns an error message on failure. */
export function parseTypeString(s: string): OdSpec[] | string {
  const specs: OdSpec[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i++]!;
    let size: number;
    let width: number;
    let kind: OdKind;
    if (c === "a" || c === "c") {
      kind = c;
      size = 1;
      width = 3;
    } else if (c === "d" || c === "u" || c === "o" || c === "x") {
      kind = c;
      size = 4;
      const letter = s[i];
      if (letter !== undefined && letter in INT_SIZE_LETTER) {
        size = INT_SIZE_LETTER[letter]!;
        i++;
      } else if (letter !== undefined && /\d/.test(letter)) {
        const m = /^\d+/.exec(s.slice(i))![0];
        i += m.length;
        size = Number(m);
        if (!(size in INT_WIDTH[c]!)) {
          return `invalid type string \u2018${s}\u2019;\nthis system doesn't provide a ${m}-byte integral type`;
        }
      }
      width = INT_WIDTH[c]![size]!;
    } else if (c === "f") {
      kind = c;
      size = 8;
      const letter = s[i];
      if (letter !== undefined && letter in FLOAT_SIZE_LETTER) {
        size = FLOAT_SIZE_LETTER[letter]!;
        i++;
      } else if (letter !== undefined && /\d/.test(letter)) {
        const m = /^\d+/.exec(s.slice(i))![0];
        i += m.length;
        size = Number(m);
        if (!(size in FLOAT_WIDTH)) {
          return `invalid type string \u2018${s}\u2019;\nthis system doesn't provide a ${m}-byte floating point type`;
        }
      }
      width = FLOAT_WIDTH[size]!;
    } else return `invalid character '${c}' in type string \u2018${s}\u2019`;
    let dump = false;
    if (s[i] === "z") {
      dump = true;
      i++;
    }
    specs.push({ kind, size, width, dump });
  }
  return specs;
}

const NAMES = [
  "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si",
  "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp",
];
const C_ESCAPES: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };

function readUnsigned(b: Uint8Array, off: number, size: number, big: boolean): bigint {
  let v = 0n;
  for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(b[off + (big ? k : size - 1 - k)]!);
  return v;
}

/** %g with the fewest digits (at least the type's DIG) that read back as the same value, as gnulib's ftoastr. */
function shortestFloat(x: number, single: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x < 0 ? "-inf" : "inf";
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  const tiny = a !== 0 && a < (single ? 1.1754943508222875e-38 : 2.2250738585072014e-308);
  const dig = single ? 6 : 15;
  const max = single ? 9 : 17;
  let s = "";
  for (let p = tiny ? 1 : dig; p <= max; p++) {
    s = toGeneralExact(a, p);
    const back = Number(s);
    if ((single ? Math.fround(back) : back) === a) break;
  }
  return (neg ? "-" : "") + s;
}

/** Sign of a NaN's bits decides glibc's "-nan". */
function floatField(b: Uint8Array, off: number, size: number, big: boolean): string {
  const dv = new DataView(b.buffer, b.byteOffset + off, size);
  if (size === 4) {
    const x = dv.getFloat32(0, !big);
    if (Number.isNaN(x)) return dv.getUint8(big ? 0 : 3) & 0x80 ? "-nan" : "nan";
    return shortestFloat(x, true);
  }
  if (size === 8) {
    const x = dv.getFloat64(0, !big);
    if (Number.isNaN(x)) return dv.getUint8(big ? 0 : 7) & 0x80 ? "-nan" : "nan";
    return shortestFloat(x, false);
  }
  return longDouble(b, off, big);
}

/**
 * x87 80-bit extended (in a 16-byte slot). Known difference: the value is
 * rounded to a double before printing, so digits past the 17th can differ
 * from GNU's (which prints the full long double precision).
 */
function longDouble(b: Uint8Array, off: number, big: boolean): string {
  const byte = (k: number) => b[off + (big ? 15 - k : k)]!;
  let mant = 0n;
  for (let k = 7; k >= 0; k--) mant = (mant << 8n) | BigInt(byte(k));
  const se = (byte(9) << 8) | byte(8);
  const neg = (se & 0x8000) !== 0;
  const e = se & 0x7fff;
  if (e === 0x7fff) {
    if ((mant & ((1n << 63n) - 1n)) === 0n && mant >> 63n === 1n) return neg ? "-inf" : "inf";
    return neg ? "-nan" : "nan";
  }
  // Pseudo-denormals and unnormals: glibc prints them as nan too, when the integer bit disagrees with the exponent.
  if (e !== 0 && mant >> 63n === 0n) return neg ? "-nan" : "nan";
  const x = Number(mant) * 2 ** ((e === 0 ? 1 : e) - 16383 - 63);
  return (neg ? "-" : "") + shortestFloat(x, false);
}

/** The text of one field (without its padding). */
export function formatField(spec: OdSpec, b: Uint8Array, off: number, big: boolean): string {
  switch (spec.kind) {
    case "a": {
      const c = b[off]! & 0x7f;
      if (c <= 32) return NAMES[c]!;
      if (c === 127) return "del";
      return String.fromCharCode(c);
    }
    case "c": {
      const c = b[off]!;
      const esc = C_ESCAPES[c];
      if (esc) return esc;
      if (c >= 32 && c < 127) return String.fromCharCode(c);
      return c.toString(8).padStart(3, "0");
    }
    case "f":
      return floatField(b, off, spec.size, big);
    default: {
      const v = readUnsigned(b, off, spec.size, big);
      if (spec.kind === "u") return v.toString();
      if (spec.kind === "o") return v.toString(8).padStart(spec.width, "0");
      if (spec.kind === "x") return v.toString(16).padStart(spec.width, "0");
      const bits = BigInt(spec.size * 8);
      const signed = v >= 1n << (bits - 1n) ? v - (1n << bits) : v;
      return signed.toString();
    }
  }
}

/** Spaces before field i of n when `pad` spare columns are spread over a line (GNU puts the odd ones first). */
export function padAt(pad: number, i: number, n: number): number {
  return Math.floor((pad * (n - i)) / n) - Math.floor((pad * (n - i - 1)) / n);
}
