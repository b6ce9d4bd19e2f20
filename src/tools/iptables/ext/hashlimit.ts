// hashlimit match (libxt_hashlimit.c, revision 3): a rate per key (source or
// destination address and port), in packets (N/sec|min|hour|day) or bytes
// (Nb/s, Nkb/s, Nmb/s). Rates print back as libxtables does: packet rates in
// the largest unit that still shows a whole count, byte amounts in the largest
// unit that divides them.

import {
  XT_HL_BYTES,
  XT_HL_DIP,
  XT_HL_DPT,
  XT_HL_INVERT,
  XT_HL_RATE_MATCH,
  XT_HL_SIP,
  XT_HL_SPT,
  type XtHashlimit,
} from "../../../uapi/xt_ext_hashlimit.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

const SCALE = 1_000_000;

/** XTTYPE_PLENMASK for ip6tables: a prefix length 0-128 (a mask is also taken by libxtables; not here). */
function parsePlen6(name: string, arg: string): number {
  if (/^\d+$/.test(arg) && Number(arg) <= 128) return Number(arg);
  return paramError(`hashlimit: bad value for option "--${name}", neither a valid network mask nor valid CIDR (0-128).\n`);
}
const UNITS: [string[], number][] = [
  [["sec", "second", "s"], 1],
  [["min", "minute", "m"], 60],
  [["hour", "h"], 3600],
  [["day", "d"], 86400],
];
const RATES: [string, number][] = [["day", SCALE * 86400], ["hour", SCALE * 3600], ["min", SCALE * 60], ["sec", SCALE]];
const BYTE_UNITS: [string, number][] = [["mb", 1024 * 1024], ["kb", 1024], ["b", 1]];

/** Packets: 1e-6 s per packet; bytes: bytes per second (with the BYTES flag); unit: its period in s. */
function parseRate(arg: string): { avg: number; bytes: boolean; unit: number } {
  const b = /^(\d+)(b|kb|mb)\/s$/.exec(arg);
  if (b) {
    // the kernel keeps a cost (bytes_to_cost: 2^32-1 / ((bytes >> 4) + 1)); what it stands for is cost_to_bytes of it
    const n = Number(b[1]) * BYTE_UNITS.find(([u]) => u === b[2])![1];
    const cost = Math.floor(0xffffffff / (Math.floor(n / 16) + 1));
    const back = cost ? Math.floor(0xffffffff / cost) : 0xffffffff;
    return { avg: (back - 1) * 16, bytes: true, unit: 1 };
  }
  const m = /^(\d+)(?:\/(\w+))?$/.exec(arg);
  if (!m) paramError(`bad rate \`${arg}'`);
  const n = Number(m[1]);
  const unit = m[2] === undefined ? 1 : UNITS.find(([names]) => names.includes(m[2]!))?.[1];
  if (unit === undefined) paramError(`bad rate \`${arg}'`);
  if (n === 0) paramError("Rate too slow");
  const avg = Math.floor((SCALE * unit) / n);
  if (avg === 0) paramError("Rate too fast");
  return { avg, bytes: false, unit };
}

/** The unit a packet rate prints in, in ms (print_rate's return: what a default expire equals). */
function printUnitMs(period: number): number {
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  return (RATES[i - 1]![1] / SCALE) * 1000;
}

export function printRate(period: number): string {
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  const [name, mult] = RATES[i - 1]!;
  return `${Math.floor(mult / period)}/${name}`;
}

/** print_bytes()'s return: the default expire of a byte rate (ms). */
function byteExpire(d: { burst: number }): number {
  return d.burst ? 60000 : 15000;
}

export function printBytes(n: number): string {
  const u = BYTE_UNITS.find(([, t]) => n >= t && n % t === 0) ?? BYTE_UNITS[2]!;
  return `${n / u[1]}${u[0]}`;
}

function parseBurstBytes(arg: string): number {
  const m = /^(\d+)(b|kb|mb)?$/.exec(arg);
  if (!m) paramError(`bad value for option "--hashlimit-burst" or out of range (1-10000).`);
  return Number(m[1]) * (m[2] ? BYTE_UNITS.find(([n]) => n === m[2])![1] : 1);
}

const MODES: [string, number][] = [["srcip", XT_HL_SIP], ["srcport", XT_HL_SPT], ["dstip", XT_HL_DIP], ["dstport", XT_HL_DPT]];

const O_UPTO = 0, O_ABOVE = 1, O_LIMIT = 2, O_BURST = 3, O_MODE = 4, O_NAME = 5, O_SIZE = 6, O_MAX = 7, O_GC = 8, O_EXPIRE = 9,
  O_SRCMASK = 10, O_DSTMASK = 11, O_RATEMATCH = 12, O_INTERVAL = 13;

export const HASHLIMIT: XtExtension<XtHashlimit & { burstGiven?: string }> = {
  kind: "match",
  name: "hashlimit",
  revision: 3,
  x6: true,
  options: [
    { name: "hashlimit", hasArg: true, id: O_LIMIT, excl: (1 << O_UPTO) | (1 << O_ABOVE) },
    { name: "hashlimit-upto", hasArg: true, id: O_UPTO, invert: true, excl: (1 << O_LIMIT) | (1 << O_ABOVE) },
    { name: "hashlimit-above", hasArg: true, id: O_ABOVE, invert: true, excl: (1 << O_LIMIT) | (1 << O_UPTO) },
    { name: "hashlimit-mode", hasArg: true, id: O_MODE },
    { name: "hashlimit-srcmask", hasArg: true, id: O_SRCMASK },
    { name: "hashlimit-dstmask", hasArg: true, id: O_DSTMASK },
    { name: "hashlimit-name", hasArg: true, id: O_NAME, mand: true },
    { name: "hashlimit-htable-size", hasArg: true, id: O_SIZE },
    { name: "hashlimit-htable-max", hasArg: true, id: O_MAX },
    { name: "hashlimit-htable-gcinterval", hasArg: true, id: O_GC },
    { name: "hashlimit-htable-expire", hasArg: true, id: O_EXPIRE },
    { name: "hashlimit-burst", hasArg: true, id: O_BURST },
    { name: "hashlimit-rate-match", hasArg: false, id: O_RATEMATCH },
    { name: "hashlimit-rate-interval", hasArg: true, id: O_INTERVAL },
  ],
  init: () => ({
    name: "", avg: 0, burst: 5, mode: 0, size: 0, max: 0, gcInterval: 1000, expire: 10000, srcMask: 32, dstMask: 32, interval: 1,
  }),
  parse(c) {
    const d = c.data;
    // ip6tables: the masks default to 128 (hashlimit_mt6_init), unless given
    if (c.family === 6 || c.ip.ip6) {
      if (!(c.flags & (1 << O_SRCMASK)) && c.opt.id !== O_SRCMASK) d.srcMask = 128;
      if (!(c.flags & (1 << O_DSTMASK)) && c.opt.id !== O_DSTMASK) d.dstMask = 128;
    }
    switch (c.opt.id) {
      case O_LIMIT:
      case O_UPTO:
      case O_ABOVE: {
        const r = parseRate(c.arg);
        d.avg = r.avg;
        // Without --hashlimit-htable-expire, entries live one period of the rate's unit.
        if (!(c.flags & (1 << O_EXPIRE))) d.expire = r.unit * 1000;
        if (r.bytes) {
          d.mode |= XT_HL_BYTES;
          if (d.burstGiven === undefined) d.burst = 0;
        }
        if ((c.opt.id === O_ABOVE) !== c.invert) d.mode |= XT_HL_INVERT;
        break;
      }
      case O_BURST:
        d.burstGiven = c.arg;
        break;
      case O_MODE:
        for (const w of c.arg.split(",")) {
          const m = MODES.find(([n]) => n === w);
          if (!m) paramError(`hashlimit: bad value for option "--hashlimit-mode"\n`);
          d.mode |= m[1];
        }
        break;
      case O_NAME:
        if (c.arg.length > 255) paramError("hashlimit: name too long");
        d.name = c.arg;
        break;
      case O_SIZE:
        d.size = parseUint("hashlimit", c.opt.name, c.arg, 0, 0xffffffff);
        break;
      case O_MAX:
        d.max = parseUint("hashlimit", c.opt.name, c.arg, 0, 0xffffffff);
        break;
      case O_GC:
        d.gcInterval = parseUint("hashlimit", c.opt.name, c.arg, 0, 0xffffffff);
        break;
      case O_EXPIRE:
        d.expire = parseUint("hashlimit", c.opt.name, c.arg, 0, 0xffffffff);
        break;
      case O_SRCMASK:
        d.srcMask = c.family === 6 || c.ip.ip6 ? parsePlen6(c.opt.name, c.arg) : parseUint("hashlimit", c.opt.name, c.arg, 0, 32);
        break;
      case O_DSTMASK:
        d.dstMask = c.family === 6 || c.ip.ip6 ? parsePlen6(c.opt.name, c.arg) : parseUint("hashlimit", c.opt.name, c.arg, 0, 32);
        break;
      case O_RATEMATCH:
        d.mode |= XT_HL_RATE_MATCH;
        break;
      case O_INTERVAL:
        d.interval = parseUint("hashlimit", c.opt.name, c.arg, 1, 0xffffffff);
        break;
    }
  },
  final(c) {
    const d = c.data;
    if (!(c.flags & ((1 << O_UPTO) | (1 << O_ABOVE) | (1 << O_LIMIT)))) paramError("You have to specify --hashlimit");
    if (d.burstGiven !== undefined) {
      if (d.mode & XT_HL_BYTES) d.burst = parseBurstBytes(d.burstGiven);
      else d.burst = parseUint("hashlimit", "hashlimit-burst", d.burstGiven, 1, 10000);
    }
    // a byte rate's entries live XT_HASHLIMIT_BYTE_EXPIRE (15 s), or _BURST (60 s) with a burst
    if (d.mode & XT_HL_BYTES && !(c.flags & (1 << O_EXPIRE))) d.expire = byteExpire(d);
    delete d.burstGiven;
  },
  print(d, ip) {
    const host = ip.ip6 ? 128 : 32;
    const bytes = (d.mode & XT_HL_BYTES) !== 0;
    let s = ` limit: ${d.mode & XT_HL_INVERT ? "above" : "up to"} `;
    // -L shows a packet rate over the rate interval (40/sec with interval 10 is "4/sec"); save does not.
    s += bytes ? `${printBytes(d.avg)}/s` : printRate(d.avg * d.interval);
    if (bytes ? d.burst : true) s += ` burst ${bytes ? printBytes(d.burst) : d.burst}`;
    const modes = MODES.filter(([, b]) => d.mode & b).map(([n]) => n);
    if (modes.length) s += ` mode ${modes.join("-")}`;
    if (d.size) s += ` htable-size ${d.size}`;
    if (d.max) s += ` htable-max ${d.max}`;
    if (d.gcInterval !== 1000) s += ` htable-gcinterval ${d.gcInterval}`;
    if (d.expire !== (bytes ? byteExpire(d) : printUnitMs(d.avg * d.interval))) s += ` htable-expire ${d.expire}`;
    if (d.srcMask !== host) s += ` srcmask ${d.srcMask}`;
    if (d.dstMask !== host) s += ` dstmask ${d.dstMask}`;
    if (d.mode & XT_HL_RATE_MATCH) s += " rate-match";
    if (d.interval !== 1) s += ` rate-interval ${d.interval}`;
    return s;
  },
  save(d, ip) {
    const host = ip.ip6 ? 128 : 32;
    const bytes = (d.mode & XT_HL_BYTES) !== 0;
    let s = ` --hashlimit-${d.mode & XT_HL_INVERT ? "above" : "upto"} ${bytes ? `${printBytes(d.avg)}/s` : printRate(d.avg)}`;
    if (bytes ? d.burst : true) s += ` --hashlimit-burst ${bytes ? printBytes(d.burst) : d.burst}`;
    const modes = MODES.filter(([, b]) => d.mode & b).map(([n]) => n);
    if (modes.length) s += ` --hashlimit-mode ${modes.join(",")}`;
    s += ` --hashlimit-name ${d.name}`;
    if (d.size) s += ` --hashlimit-htable-size ${d.size}`;
    if (d.max) s += ` --hashlimit-htable-max ${d.max}`;
    if (d.gcInterval !== 1000) s += ` --hashlimit-htable-gcinterval ${d.gcInterval}`;
    if (d.expire !== (bytes ? byteExpire(d) : printUnitMs(d.avg))) s += ` --hashlimit-htable-expire ${d.expire}`;
    if (d.srcMask !== host) s += ` --hashlimit-srcmask ${d.srcMask}`;
    if (d.dstMask !== host) s += ` --hashlimit-dstmask ${d.dstMask}`;
    if (d.mode & XT_HL_RATE_MATCH) s += " --hashlimit-rate-match";
    if (d.interval !== 1) s += ` --hashlimit-rate-interval ${d.interval}`;
    return s;
  },
};
