// DURATION arguments of sleep and timeout: a strtod number (decimal, hex,
// "inf") with an optional single s/m/h/d suffix, not negative.
import { strtofloat } from "../lib/printf-format.js";

const MULT: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined when the text is not a valid interval. */
export function parseDuration(text: string): number | undefined {
  const r = strtofloat(text);
  if (r.end === 0) return undefined;
  const suffix = text.slice(r.end);
  const mult = MULT[suffix];
  if (mult === undefined || Number.isNaN(r.value) || r.value < 0 || (r.negative && r.value !== 0)) return undefined;
  return r.value * mult;
}

/** Seconds to virtual ns, rounded up as xnanosleep does. */
export function secondsToNs(s: number): number {
  return s === Infinity ? Infinity : Math.ceil(s * 1e9);
}
