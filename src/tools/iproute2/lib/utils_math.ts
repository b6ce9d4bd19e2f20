// lib/utils_math.c: rates (get_rate, get_rate64) and sizes (get_size) as tc's
// options spell them, plus parse_percent (tc_util.c) which the same options use.
// Numbers are read as strtod(3) does (C locale: decimal, hex, inf, nan).

import { strtofloat } from "../../coreutils/lib/printf-format.js";

/** The rate suffixes, in lib/utils_math.c's order (matched case-insensitively; the first wins). */
const RATE_SUFFIXES: ReadonlyArray<[string, number]> = [
  ["bit", 1],
  ["Kibit", 1024],
  ["kbit", 1000],
  ["mibit", 1024 * 1024],
  ["mbit", 1000000],
  ["gibit", 1024 * 1024 * 1024],
  ["gbit", 1000000000],
  ["tibit", 1024 * 1024 * 1024 * 1024],
  ["tbit", 1000000000000],
  ["Bps", 8],
  ["KiBps", 8 * 1024],
  ["KBps", 8000],
  ["MiBps", 8 * 1024 * 1024],
  ["MBps", 8000000],
  ["GiBps", 8 * 1024 * 1024 * 1024],
  ["GBps", 8000000000],
  ["TiBps", 8 * 1024 * 1024 * 1024 * 1024],
  ["TBps", 8000000000000],
];

/** strtod(): the number and what follows it, or undefined when nothing was read. */
export function strtod(s: string): { value: number; rest: string } | undefined {
  const r = strtofloat(s);
  if (r.end === 0) return undefined;
  return { value: r.value, rest: s.slice(r.end) };
}

/** C's (unsigned) conversion of a double: truncation toward zero (what the assignments in utils_math.c do). */
function trunc(v: number): number {
  return Math.trunc(v);
}

/** The rate in bits per second the word names (before get_rate's division by 8), or undefined. */
function rateBits(str: string): number | undefined {
  const r = strtod(str);
  if (r === undefined) return undefined;
  let bps = r.value;
  let rest = r.rest;
  const low = rest.toLowerCase();
  for (const [name, scale] of RATE_SUFFIXES)
    if (name.toLowerCase() === low) {
      bps *= scale;
      rest = "";
      break;
    }
  return rest === "" ? bps : undefined;
}

/** get_rate(): bytes per second in a u32; an overflow (the value does not fit) is refused. */
export function getRate(str: string): number | undefined {
  const bits = rateBits(str);
  if (bits === undefined) return undefined;
  const bps = bits / 8;
  const v = trunc(bps);
  if (!(v >= 0 && v <= 0xffffffff) || v !== Math.floor(bps)) return undefined;
  return v;
}

/** get_rate64(): bytes per second in a u64 (no overflow check upstream; a negative wraps, kept as read). */
export function getRate64(str: string): number | undefined {
  const bits = rateBits(str);
  if (bits === undefined) return undefined;
  return trunc(bits / 8);
}

/** get_size(): bytes (b, k/kb, m/mb, g/gb, kbit, mbit, gbit) in a u32; an overflow is refused. */
export function getSize(str: string): number | undefined {
  const r = strtod(str);
  if (r === undefined) return undefined;
  let sz = r.value;
  const p = r.rest.toLowerCase();
  if (p !== "") {
    if (p === "kb" || p === "k") sz *= 1024;
    else if (p === "gb" || p === "g") sz *= 1024 * 1024 * 1024;
    else if (p === "gbit") sz *= (1024 * 1024 * 1024) / 8;
    else if (p === "mb" || p === "m") sz *= 1024 * 1024;
    else if (p === "mbit") sz *= (1024 * 1024) / 8;
    else if (p === "kbit") sz *= 1024 / 8;
    else if (p !== "b") return undefined;
  }
  const v = trunc(sz);
  if (!(v >= 0 && v <= 0xffffffff) || v !== Math.floor(sz)) return undefined;
  return v;
}

/**
 * parse_percent() (tc_util.c): "30%" or "30" as a fraction; "out of range" (1)
 * outside [0, 100], "malformed" (-1) for anything but a lone "%" after the number.
 * strtod reading nothing gives 0 here, as upstream (then "" must be all that is left).
 */
export function parsePercent(str: string): { ok: true; value: number } | { ok: false; range: boolean } {
  const r = strtod(str);
  const value = (r?.value ?? 0) / 100;
  const rest = r === undefined ? str : r.rest;
  if (value > 1 || value < 0) return { ok: false, range: true };
  if (rest !== "" && rest !== "%") return { ok: false, range: false };
  return { ok: true, value };
}
