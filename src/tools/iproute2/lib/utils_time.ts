// lib/utils.c's get_time64(): a 64-bit time argument in nanoseconds (the
// 32-bit get_time/sprint_time are tc/tc_util.ts's).

import { strtofloat } from "../../coreutils/lib/printf-format.js";

function unitScale(unit: string, units: ReadonlyArray<[string[], number]>): number | undefined {
  const p = unit.toLowerCase();
  for (const [names, scale] of units) if (names.includes(p)) return scale;
  return undefined;
}

const TIME64_UNITS: ReadonlyArray<[string[], number]> = [
  [["s", "sec", "secs"], 1e9],
  [["ms", "msec", "msecs"], 1e6],
  [["us", "usec", "usecs"], 1e3],
  [["ns", "nsec", "nsecs"], 1],
];

/** get_time64(): nanoseconds in an s64 (no unit: nanoseconds). */
export function getTime64(str: string): number | undefined {
  const r = strtofloat(str);
  if (r.end === 0) return undefined;
  let t = r.value;
  const rest = str.slice(r.end);
  if (rest !== "") {
    const scale = unitScale(rest, TIME64_UNITS);
    if (scale === undefined) return undefined;
    t *= scale;
  }
  return Math.trunc(t);
}
