// awk values (gawk's NODE flags, reduced): a number, a string, a "strnum"
// (input text that looks numeric: compares as a number, prints as its text),
// or undefined (uninitialised: "" and 0 at once).

import { formatNumber } from "./format.js";

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type V = number | string | StrNum | undefined;

/** An associative array; keys are strings (numbers converted with CONVFMT, integers as integers). */
export class AwkArray {
  readonly m = new Map<string, V>();
}

const NUMERIC_RE = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)[ \t\n\r\f\v]*$/;
const LEADING_NUM_RE = /^[ \t\n\r\f\v]*([-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?))/;
const SPECIAL_RE = /^[ \t\n\r\f\v]*([-+])(inf|nan)/i;

/** strtod-like: the longest numeric prefix, 0 when none (gawk also reads +inf/-nan). */
export function strToNum(s: string): number {
  if (s.length === 0) return 0;
  const c = s.charCodeAt(0);
  // Fast path: plain decimal integers.
  if (c >= 48 && c <= 57 && s.length < 16 && /^\d+$/.test(s)) return +s;
  const m = LEADING_NUM_RE.exec(s);
  if (m) return Number(m[1]);
  const sp = SPECIAL_RE.exec(s);
  if (sp) {
    const v = sp[2]!.toLowerCase() === "inf" ? Infinity : NaN;
    return sp[1] === "-" ? -v : v;
  }
  return 0;
}

/** Input text becomes a strnum when all of it looks like a number. */
export function mkInput(s: string): V {
  if (s.length === 0) return s;
  const c = s.charCodeAt(0);
  if (c > 57 && c !== 101 && c !== 69) return s; // letters other than digits can't start a number
  if (NUMERIC_RE.test(s)) return new StrNum(s, strToNum(s));
  return s;
}

export function toNum(v: V): number {
  if (typeof v === "number") return v;
  if (v === undefined) return 0;
  if (typeof v === "string") return strToNum(v);
  return v.n;
}

/** Number to string: integers as integers, others through the format (CONVFMT or OFMT). */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n)) {
    if (Math.abs(n) < 1e16) return n === 0 ? "0" : String(n);
    return BigInt(n).toString();
  }
  // JavaScript cannot see a NaN's sign; x86 produces negative NaNs (log(-1), inf-inf), printed "-nan".
  if (Number.isNaN(n)) return "-nan";
  if (!Number.isFinite(n)) return n < 0 ? "-inf" : "+inf";
  if (fmt === "%.6g") return formatG(n, 6);
  return formatNumber(fmt, n);
}

export function toStr(v: V, convfmt: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numToStr(v, convfmt);
  if (v === undefined) return "";
  return v.s;
}

export function toBool(v: V): boolean {
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v !== "";
  if (v === undefined) return false;
  return v.n !== 0;
}

export function isNumeric(v: V): boolean {
  return typeof v !== "string";
}

/** awk comparison: numeric when both sides are numbers/strnums/uninitialised, else as strings. */
export function compare(a: V, b: V, convfmt: string): number {
  if (typeof a !== "string" && typeof b !== "string") {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** %.Ng as C prints it (the default CONVFMT/OFMT path, kept fast). */
export function formatG(n: number, prec: number): string {
  return formatNumber(`%.${prec}g`, n);
}
