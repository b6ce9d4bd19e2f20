// lib/utils.c's time arguments: get_time (microseconds in a u32, tc's
// TIME_UNITS_PER_SEC) and get_time64 (nanoseconds), and their printers
// sprint_time/sprint_time64 ("%.3g" with the largest unit that fits).

import { strtod } from "./utils_math.js";
import { toGeneralExact } from "../../coreutils/lib/float-format.js";

const USEC_PER_SEC = 1000000;

function unitScale(unit: string, units: ReadonlyArray<[string[], number]>): number | undefined {
  const p = unit.toLowerCase();
  for (const [names, scale] of units) if (names.includes(p)) return scale;
  return undefined;
}

const TIME_UNITS: ReadonlyArray<[string[], number]> = [
  [["s", "sec", "secs"], USEC_PER_SEC],
  [["ms", "msec", "msecs"], USEC_PER_SEC / 1000],
  [["us", "usec", "usecs"], 1],
];

const TIME64_UNITS: ReadonlyArray<[string[], number]> = [
  [["s", "sec", "secs"], 1e9],
  [["ms", "msec", "msecs"], 1e6],
  [["us", "usec", "usecs"], 1e3],
  [["ns", "nsec", "nsecs"], 1],
];

/** get_time(): microseconds (no unit: microseconds); undefined for an unknown unit or no number. */
export function getTime(str: string): number | undefined {
  const r = strtod(str);
  if (r === undefined) return undefined;
  let t = r.value;
  if (r.rest !== "") {
    const scale = unitScale(r.rest, TIME_UNITS);
    if (scale === undefined) return undefined;
    t *= scale;
  }
  // `*time = t` into an unsigned int: C truncates; a value past 32 bits is undefined
  // behaviour upstream, kept modulo 2^32 here.
  return Math.trunc(t) >>> 0;
}

/** get_time64(): nanoseconds in an s64 (no unit: nanoseconds). */
export function getTime64(str: string): number | undefined {
  const r = strtod(str);
  if (r === undefined) return undefined;
  let t = r.value;
  if (r.rest !== "") {
    const scale = unitScale(r.rest, TIME64_UNITS);
    if (scale === undefined) return undefined;
    t *= scale;
  }
  return Math.trunc(t);
}

/** sprint_time(): a u32 of microseconds as "1s", "100ms", "15us". */
export function sprintTime(time: number): string {
  if (time >= USEC_PER_SEC) return `${toGeneralExact(time / USEC_PER_SEC, 3)}s`;
  if (time >= USEC_PER_SEC / 1000) return `${toGeneralExact(time / (USEC_PER_SEC / 1000), 3)}ms`;
  return `${time >>> 0}us`;
}

/** sprint_time64(): nanoseconds as "1s", "100ms", "15us", "20ns". */
export function sprintTime64(time: number): string {
  if (time >= 1e9) return `${toGeneralExact(time / 1e9, 3)}s`;
  if (time >= 1e6) return `${toGeneralExact(time / 1e6, 3)}ms`;
  if (time >= 1e3) return `${toGeneralExact(time / 1e3, 3)}us`;
  return `${time}ns`;
}
