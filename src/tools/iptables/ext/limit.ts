// limit match (extensions/libxt_limit.c): --limit RATE[/second|/minute|/hour|/day]
// (default 3/hour) and --limit-burst N (default 5); the rate is kept as the
// average period in 1/10000 s and printed back in the largest exact unit.

import { XT_LIMIT_SCALE, type XtRateinfo } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

export function parseRate(rate: string): number | undefined {
  let mult = 1;
  const slash = rate.indexOf("/");
  if (slash >= 0) {
    const unit = rate.slice(slash + 1).toLowerCase();
    if (unit.length === 0) return undefined;
    if ("second".startsWith(unit)) mult = 1;
    else if ("minute".startsWith(unit)) mult = 60;
    else if ("hour".startsWith(unit)) mult = 3600;
    else if ("day".startsWith(unit)) mult = 86400;
    else return undefined;
  }
  const m = /^\s*[+-]?\d+/.exec(rate);
  const r = m ? Number(m[0]) : 0;
  if (!r || r < 0) return undefined;
  const avg = Math.floor((XT_LIMIT_SCALE * mult) / r);
  if (avg === 0) paramError(`Rate too fast "${rate}"`);
  return avg;
}

const RATES: [string, number][] = [["day", XT_LIMIT_SCALE * 86400], ["hour", XT_LIMIT_SCALE * 3600], ["min", XT_LIMIT_SCALE * 60], ["sec", XT_LIMIT_SCALE]];

export function printRate(period: number): string {
  if (period === 0) return " inf";
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  const [name, mult] = RATES[i - 1]!;
  return ` ${Math.floor(mult / period)}/${name}`;
}

export const LIMIT: XtExtension<XtRateinfo> = {
  kind: "match",
  name: "limit",
  revision: 0,
  x6: true,
  help: () =>
    "limit match options:\n" +
    "--limit avg\t\t\tmax average match rate: default 3/hour\n" +
    "                                [Packets per second unless followed by \n" +
    "                                /sec /minute /hour /day postfixes]\n" +
    "--limit-burst number\t\tnumber to match in a burst, default 5\n",
  options: [
    { name: "limit", hasArg: true, id: 0 },
    { name: "limit-burst", hasArg: true, id: 1 },
  ],
  init: () => ({ avg: parseRate("3/hour")!, burst: 5 }),
  parse(c) {
    if (c.opt.id === 0) {
      const v = parseRate(c.arg);
      if (v === undefined) paramError(`bad rate "${c.arg}"'`);
      c.data.avg = v;
    } else c.data.burst = parseUint("limit", "limit-burst", c.arg, 0, 10000);
    if (c.invert) paramError("limit does not support invert");
  },
  print: (d) => ` limit: avg${printRate(d.avg)} burst ${d.burst}`,
  save: (d) => ` --limit${printRate(d.avg)}${d.burst !== 5 ? ` --limit-burst ${d.burst}` : ""}`,
};
