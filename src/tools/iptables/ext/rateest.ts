// RATEEST (libxt_RATEEST.c) and the rateest match (libxt_rateest.c): a named
// rate estimator fed by the target, and a match comparing its rates with
// fixed rates or with another estimator.
//
// RATEEST keeps the interval and the averaging time the way the kernel's
// gen_estimator wants them: interval as log2 of quarter seconds minus 2 (a
// u8, so 250 ms and anything shorter is 254), ewma_log as log2 of
// averaging time / interval. Printing converts back with 32-bit unsigned
// arithmetic, which wraps for long averaging times (3499.1s is what the real
// tool prints for 100us/8s).

import {
  XT_RATEEST_MATCH_ABS,
  XT_RATEEST_MATCH_BPS,
  XT_RATEEST_MATCH_DELTA,
  XT_RATEEST_MATCH_EQ,
  XT_RATEEST_MATCH_GT,
  XT_RATEEST_MATCH_INVERT,
  XT_RATEEST_MATCH_LT,
  XT_RATEEST_MATCH_PPS,
  XT_RATEEST_MATCH_REL,
  type XtRateestMatch,
  type XtRateestTarget,
} from "../../../uapi/xt_ext_targets.js";
import { paramError } from "../errors.js";
import { strtoul } from "../netdb.js";
import type { XtExtension } from "./types.js";

const USEC = 1000000;

/** strtod()'s decimal forms: the number and the text after it, or undefined when none. */
function strtod(s: string): { v: number; rest: string } | undefined {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s);
  if (!m) return undefined;
  return { v: Number(m[0].trim()), rest: s.slice(m[0].length) };
}

/** RATEEST_get_time(): seconds, ms or us (iproute's units) into microseconds. */
function getTime(s: string): number | undefined {
  const r = strtod(s);
  if (!r) return undefined;
  let t = r.v;
  const p = r.rest.toLowerCase();
  if (p !== "") {
    if (["s", "sec", "secs"].includes(p)) t *= USEC;
    else if (["ms", "msec", "msecs"].includes(p)) t *= USEC / 1000;
    else if (["us", "usec", "usecs"].includes(p)) t *= 1;
    else return undefined;
  }
  return Math.trunc(t) >>> 0;
}

function printTime(t: number): string {
  if (t >= USEC) return ` ${(t / USEC).toFixed(1)}s`;
  if (t >= USEC / 1000) return ` ${(t / (USEC / 1000)).toFixed(1)}ms`;
  return ` ${t}us`;
}

/** The interval and averaging time the stored data stands for (32-bit unsigned, as C computes them). */
export function rateestTimes(d: XtRateestTarget): { interval: number; ewma: number } {
  const interval = ((USEC << (d.interval + 2)) / 4) >>> 0;
  return { interval, ewma: Math.imul(interval, 1 << d.ewmaLog) >>> 0 };
}

function rateestText(d: XtRateestTarget, prefix: string): string {
  const t = rateestTimes(d);
  return ` ${prefix}name ${d.name} ${prefix}interval${printTime(t.interval)} ${prefix}ewmalog${printTime(t.ewma)}`;
}

/** The times as typed (rateest_tg_udata): parse-time only, dropped before the rule is sent. */
type RateestT = XtRateestTarget & { uInterval?: number; uEwma?: number };

export const RATEEST: XtExtension<RateestT> = {
  kind: "target",
  name: "RATEEST",
  revision: 0,
  x6: true,
  help: () =>
    "RATEEST target options:\n" +
    "  --rateest-name name\t\tRate estimator name\n" +
    "  --rateest-interval sec\tRate measurement interval in seconds\n" +
    "  --rateest-ewmalog value\tRate measurement averaging time constant\n",
  options: [
    { name: "rateest-name", hasArg: true, id: 0, mand: true },
    { name: "rateest-interval", hasArg: true, id: 1, mand: true },
    { name: "rateest-ewmalog", hasArg: true, id: 2, mand: true },
  ],
  init: () => ({ name: "", interval: 0, ewmaLog: 0, uInterval: 0, uEwma: 0 }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 0) d.name = c.arg.slice(0, 15);
    else if (c.opt.id === 1) {
      const t = getTime(c.arg);
      if (t === undefined) paramError(`RATEEST: bad interval value "${c.arg}"`);
      d.uInterval = t;
    } else {
      const t = getTime(c.arg);
      if (t === undefined) paramError(`RATEEST: bad ewmalog value "${c.arg}"`);
      d.uEwma = t;
    }
  },
  final(c) {
    const d = c.data;
    const uInterval = d.uInterval ?? 0;
    const uEwma = d.uEwma ?? 0;
    delete d.uInterval;
    delete d.uEwma;
    let i = 0;
    for (; i <= 5; i++) if (uInterval <= (1 << i) * (USEC / 4)) break;
    if (i > 5) paramError("RATEEST: interval value is too large");
    d.interval = (i - 2) & 0xff;
    let e = 1;
    for (; e < 32; e++) {
      const w = 1.0 - 1.0 / (1 << e);
      if (uInterval / -Math.log(w) > uEwma) break;
    }
    e--;
    if (e === 0 || e >= 31) paramError("RATEEST: ewmalog value is out of range");
    d.ewmaLog = e;
  },
  print: (d) => rateestText(d, ""),
  save: (d) => rateestText(d, "--rateest-"),
};

// ---------------------------------------------------------------- rateest match

const SUFFIXES: [string, number][] = [
  ["bit", 1], ["Kibit", 1024], ["kbit", 1000], ["Mibit", 1024 * 1024], ["mbit", 1000000], ["Gibit", 1024 * 1024 * 1024],
  ["gbit", 1000000000], ["Tibit", 1024 ** 4], ["tbit", 1e12], ["Bps", 8], ["KiBps", 8 * 1024], ["KBps", 8000],
  ["MiBps", 8 * 1024 * 1024], ["MBps", 8000000], ["GiBps", 8 * 1024 ** 3], ["GBps", 8e9], ["TiBps", 8 * 1024 ** 4], ["TBps", 8e12],
];

/** rateest_get_rate(): a rate in bytes per second. */
function getRate(s: string): number | undefined {
  const r = strtod(s);
  if (!r) return undefined;
  if (r.rest === "") return Math.trunc(r.v / 8) >>> 0;
  const suf = SUFFIXES.find(([n]) => n.toLowerCase() === r.rest.toLowerCase());
  if (!suf) return undefined;
  return Math.trunc((r.v * suf[1]) / 8) >>> 0;
}

function printRate(rate: number, numeric: boolean): string {
  const tmp = rate * 8;
  if (numeric) return ` ${rate}`;
  if (tmp >= 1000.0 * 1000000.0) return ` ${(tmp / 1000000.0).toFixed(0)}Mbit`;
  if (tmp >= 1000.0 * 1000.0) return ` ${(tmp / 1000.0).toFixed(0)}Kbit`;
  return ` ${tmp.toFixed(0)}bit`;
}

function printMode(d: XtRateestMatch, prefix: string): string {
  let s = d.flags & XT_RATEEST_MATCH_INVERT ? " !" : "";
  if (d.mode === XT_RATEEST_MATCH_EQ) s += ` ${prefix}eq`;
  else if (d.mode === XT_RATEEST_MATCH_LT) s += ` ${prefix}lt`;
  else if (d.mode === XT_RATEEST_MATCH_GT) s += ` ${prefix}gt`;
  return s;
}

function saveRate(d: XtRateestMatch, name: string, r1: number, r2: number, numeric: boolean): string {
  let s: string;
  if (d.flags & XT_RATEEST_MATCH_DELTA) s = ` --rateest-${name}1${printRate(r1, numeric)}${printMode(d, "--rateest-")} --rateest-${name}2`;
  else s = `${printMode(d, "--rateest-")} --rateest-${name}`;
  if (d.flags & (XT_RATEEST_MATCH_ABS | XT_RATEEST_MATCH_DELTA)) s += printRate(r2, numeric);
  return s;
}

// Option codes (enum rateest_options).
const O1 = 0, O2 = 1, BPS1 = 2, PPS1 = 3, BPS2 = 4, PPS2 = 5, DELTA = 6, LT = 7, GT = 8, EQ = 9;

export const RATEEST_MATCH: XtExtension<XtRateestMatch> = {
  kind: "match",
  name: "rateest",
  revision: 0,
  x6: false,
  help: () =>
    "rateest match options:\n" +
    " --rateest1 name\t\tRate estimator name\n" +
    " --rateest2 name\t\tRate estimator name\n" +
    " --rateest-delta\t\tCompare difference(s) to given rate(s)\n" +
    " --rateest-bps1 [bps]\t\tCompare bps\n" +
    " --rateest-pps1 [pps]\t\tCompare pps\n" +
    " --rateest-bps2 [bps]\t\tCompare bps\n" +
    " --rateest-pps2 [pps]\t\tCompare pps\n" +
    " [!] --rateest-lt\t\tMatch if rate is less than given rate/estimator\n" +
    " [!] --rateest-gt\t\tMatch if rate is greater than given rate/estimator\n" +
    " [!] --rateest-eq\t\tMatch if rate is equal to given rate/estimator\n",
  options: [
    { name: "rateest1", hasArg: true, id: O1 },
    { name: "rateest", hasArg: true, id: O1 },
    { name: "rateest2", hasArg: true, id: O2 },
    { name: "rateest-bps1", hasArg: false, id: BPS1 },
    { name: "rateest-pps1", hasArg: false, id: PPS1 },
    { name: "rateest-bps2", hasArg: false, id: BPS2 },
    { name: "rateest-pps2", hasArg: false, id: PPS2 },
    { name: "rateest-bps", hasArg: false, id: BPS2 },
    { name: "rateest-pps", hasArg: false, id: PPS2 },
    { name: "rateest-delta", hasArg: false, id: DELTA },
    { name: "rateest-lt", hasArg: false, id: LT },
    { name: "rateest-gt", hasArg: false, id: GT },
    { name: "rateest-eq", hasArg: false, id: EQ },
  ],
  init: () => ({ name1: "", name2: "", flags: 0, mode: 0, bps1: 0, pps1: 0, bps2: 0, pps2: 0, seen: 0 }),
  parse(c) {
    const d = c.data;
    const id = c.opt.id;
    const once = (what: string) => {
      if ((d.seen ?? 0) & (1 << id)) paramError(`rateest: can't specify ${what} twice`);
      d.seen = (d.seen ?? 0) | (1 << id);
    };
    const noInvert = (what: string) => {
      if (c.invert) paramError(`rateest: ${what} can't be inverted`);
    };
    const rate = (): number | undefined => {
      const a = c.takeNext();
      if (a === undefined) return undefined;
      const r = getRate(a);
      if (r === undefined) paramError(`rateest: could not parse rate \`${a}'`);
      return r;
    };
    const pps = (): number | undefined => {
      const a = c.takeNext();
      if (a === undefined) return undefined;
      const v = strtoul(a, 0, 0xffffffff);
      if (v === undefined) paramError(`rateest: could not parse pps \`${a}'`);
      return v;
    };
    switch (id) {
      case O1:
        noInvert("rateest");
        once("--rateest1");
        d.name1 = c.arg.slice(0, 15);
        break;
      case O2:
        noInvert("rateest");
        once("--rateest2");
        d.name2 = c.arg.slice(0, 15);
        d.flags |= XT_RATEEST_MATCH_REL;
        break;
      case BPS1:
      case BPS2: {
        noInvert("rateest-bps");
        once(`--rateest-bps${id === BPS1 ? 1 : 2}`);
        d.flags |= XT_RATEEST_MATCH_BPS;
        const r = rate();
        if (r !== undefined) {
          if (id === BPS1) d.bps1 = r;
          else d.bps2 = r;
        }
        break;
      }
      case PPS1:
      case PPS2: {
        noInvert("rateest-pps");
        once(`--rateest-pps${id === PPS1 ? 1 : 2}`);
        d.flags |= XT_RATEEST_MATCH_PPS;
        const v = pps();
        if (v !== undefined) {
          if (id === PPS1) d.pps1 = v;
          else d.pps2 = v;
        }
        break;
      }
      case DELTA:
        noInvert("rateest-delta");
        once("--rateest-delta");
        d.flags |= XT_RATEEST_MATCH_DELTA;
        break;
      default:
        once("lt/gt/eq");
        d.mode = id === EQ ? XT_RATEEST_MATCH_EQ : id === LT ? XT_RATEEST_MATCH_LT : XT_RATEEST_MATCH_GT;
        if (c.invert) d.flags |= XT_RATEEST_MATCH_INVERT;
    }
  },
  final(c) {
    delete c.data.seen;
    if (!(c.data.flags & XT_RATEEST_MATCH_REL)) c.data.flags |= XT_RATEEST_MATCH_ABS;
  },
  print(d, _ip, numeric) {
    let s = ` rateest match ${d.name1}`;
    if (d.flags & XT_RATEEST_MATCH_DELTA) s += " delta";
    if (d.flags & XT_RATEEST_MATCH_BPS) {
      s += " bps";
      if (d.flags & XT_RATEEST_MATCH_DELTA) s += printRate(d.bps1, numeric);
      if (d.flags & XT_RATEEST_MATCH_ABS) s += printRate(d.bps2, numeric) + printMode(d, "");
    }
    if (d.flags & XT_RATEEST_MATCH_PPS) {
      s += " pps";
      if (d.flags & XT_RATEEST_MATCH_DELTA) s += ` ${d.pps1}`;
      if (d.flags & XT_RATEEST_MATCH_ABS) s += `${printMode(d, "")} ${d.pps2}`;
    }
    if (d.flags & XT_RATEEST_MATCH_REL) {
      s += `${printMode(d, "")} ${d.name2}`;
      if (d.flags & XT_RATEEST_MATCH_BPS) {
        s += " bps";
        if (d.flags & XT_RATEEST_MATCH_DELTA) s += printRate(d.bps2, numeric);
      }
      if (d.flags & XT_RATEEST_MATCH_PPS) {
        s += " pps";
        if (d.flags & XT_RATEEST_MATCH_DELTA) s += ` ${d.pps2}`;
      }
    }
    return s;
  },
  save(d) {
    let s = d.flags & XT_RATEEST_MATCH_DELTA ? " --rateest-delta" : "";
    const rates = () =>
      (d.flags & XT_RATEEST_MATCH_BPS ? saveRate(d, "bps", d.bps1, d.bps2, false) : "") +
      (d.flags & XT_RATEEST_MATCH_PPS ? saveRate(d, "pps", d.pps1, d.pps2, true) : "");
    if (d.flags & XT_RATEEST_MATCH_REL) s += ` --rateest1 ${d.name1}${rates()} --rateest2 ${d.name2}`;
    else s += ` --rateest ${d.name1}${rates()}`;
    return s;
  },
};
