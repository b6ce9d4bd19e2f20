// recent match (libxt_recent.c, revision 1): lists of recently seen addresses
// by name (--set, --rcheck, --update, --remove), with --seconds, --reap,
// --hitcount, --rttl, --rsource/--rdest and --mask. Formats as recorded.

import {
  XT_RECENT_CHECK,
  XT_RECENT_REAP,
  XT_RECENT_REMOVE,
  XT_RECENT_SET,
  XT_RECENT_TTL,
  XT_RECENT_UPDATE,
  type XtRecent,
} from "../../../uapi/xt_ext_recent.js";
import { paramError } from "../errors.js";
import { formatIp6, parseIp6 } from "../../../wire/addr.js";
import type { IptIp } from "../../../uapi/x_tables.js";
import { fmtIp, parseDotted } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

const ALL6 = (1n << 128n) - 1n;

/** The mask as libxt_recent prints it: dotted for IPv4, inet_ntop for IPv6. */
function maskText(d: XtRecent, ip: IptIp): string {
  return d.mask6 !== undefined ? formatIp6(d.mask6) : ip.ip6 ? formatIp6(ALL6) : fmtIp(d.mask);
}

const CMDS = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3);
const cmdExcl = (id: number) => CMDS & ~(1 << id);

export const RECENT: XtExtension<XtRecent> = {
  kind: "match",
  name: "recent",
  revision: 1,
  x6: true,
  options: [
    { name: "set", hasArg: false, id: 0, invert: true, excl: cmdExcl(0) },
    { name: "rcheck", hasArg: false, id: 1, invert: true, excl: cmdExcl(1) },
    { name: "update", hasArg: false, id: 2, invert: true, excl: cmdExcl(2) },
    { name: "remove", hasArg: false, id: 3, invert: true, excl: cmdExcl(3) },
    { name: "seconds", hasArg: true, id: 4 },
    { name: "reap", hasArg: false, id: 5, also: 1 << 4 },
    { name: "hitcount", hasArg: true, id: 6 },
    { name: "rttl", hasArg: false, id: 7, excl: (1 << 0) | (1 << 3) },
    { name: "name", hasArg: true, id: 8 },
    // (no exclusion: the last of --rsource/--rdest wins, as recorded)
    { name: "rsource", hasArg: false, id: 9 },
    { name: "rdest", hasArg: false, id: 10 },
    { name: "mask", hasArg: true, id: 11 },
  ],
  init: () => ({ seconds: 0, hitCount: 0, checkSet: 0, invert: false, name: "DEFAULT", side: 0, mask: 0xffffffff }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
      case 1:
      case 2:
      case 3:
        d.checkSet |= [XT_RECENT_SET, XT_RECENT_CHECK, XT_RECENT_UPDATE, XT_RECENT_REMOVE][c.opt.id]!;
        d.invert = c.invert;
        break;
      case 4:
        d.seconds = parseUint("recent", "seconds", c.arg, 0, 0xffffffff);
        break;
      case 5:
        d.checkSet |= XT_RECENT_REAP;
        break;
      case 6:
        d.hitCount = parseUint("recent", "hitcount", c.arg, 0, 0xffffffff);
        break;
      case 7:
        d.checkSet |= XT_RECENT_TTL;
        break;
      case 8:
        // strncpy into XT_RECENT_NAME_LEN (200) bytes, the last one a NUL: a longer name is cut, silently
        d.name = c.arg.slice(0, 199);
        break;
      case 9:
        d.side = 0;
        break;
      case 10:
        d.side = 1;
        break;
      case 11: {
        if (c.family === 6 || c.ip.ip6) {
          const m6 = parseIp6(c.arg);
          if (m6 === undefined) paramError(`recent: bad value for option "--mask", or out of range.\n`);
          d.mask6 = m6;
          break;
        }
        const m = parseDotted(c.arg, true);
        if (m === undefined) paramError(`recent: bad value for option "--mask", or out of range.\n`);
        d.mask = m;
        break;
      }
    }
  },
  final(c) {
    if (!(c.flags & CMDS))
      paramError("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
  },
  print(d, ip) {
    let s = ` recent:${d.invert ? " !" : ""}`;
    if (d.checkSet & XT_RECENT_SET) s += " SET";
    if (d.checkSet & XT_RECENT_CHECK) s += " CHECK";
    if (d.checkSet & XT_RECENT_UPDATE) s += " UPDATE";
    if (d.checkSet & XT_RECENT_REMOVE) s += " REMOVE";
    if (d.seconds) s += ` seconds: ${d.seconds}`;
    if (d.checkSet & XT_RECENT_REAP) s += " reap";
    if (d.hitCount) s += ` hit_count: ${d.hitCount}`;
    if (d.checkSet & XT_RECENT_TTL) s += " TTL-Match";
    s += ` name: ${d.name} side: ${d.side ? "dest" : "source"} mask: ${maskText(d, ip)}`;
    return s;
  },
  save(d, ip) {
    let s = d.invert ? " !" : "";
    if (d.checkSet & XT_RECENT_SET) s += " --set";
    if (d.checkSet & XT_RECENT_CHECK) s += " --rcheck";
    if (d.checkSet & XT_RECENT_UPDATE) s += " --update";
    if (d.checkSet & XT_RECENT_REMOVE) s += " --remove";
    if (d.seconds) s += ` --seconds ${d.seconds}`;
    if (d.checkSet & XT_RECENT_REAP) s += " --reap";
    if (d.hitCount) s += ` --hitcount ${d.hitCount}`;
    if (d.checkSet & XT_RECENT_TTL) s += " --rttl";
    s += ` --name ${d.name} --mask ${maskText(d, ip)} ${d.side ? "--rdest" : "--rsource"}`;
    return s;
  },
};
