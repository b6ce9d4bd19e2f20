// conntrack match, revision 3 (extensions/libxt_conntrack.c), and the state
// match, which iptables 1.8.9 sends as the same conntrack match with
// XT_CONNTRACK_STATE_ALIAS set (shown back as "-m state --state ...").

import {
  XT_CONNTRACK_DIRECTION,
  XT_CONNTRACK_EXPIRES,
  XT_CONNTRACK_ORIGDST,
  XT_CONNTRACK_ORIGDST_PORT,
  XT_CONNTRACK_ORIGSRC,
  XT_CONNTRACK_ORIGSRC_PORT,
  XT_CONNTRACK_PROTO,
  XT_CONNTRACK_REPLDST,
  XT_CONNTRACK_REPLDST_PORT,
  XT_CONNTRACK_REPLSRC,
  XT_CONNTRACK_REPLSRC_PORT,
  XT_CONNTRACK_STATE,
  XT_CONNTRACK_STATE_ALIAS,
  XT_CONNTRACK_STATE_DNAT,
  XT_CONNTRACK_STATE_SNAT,
  XT_CONNTRACK_STATUS,
  XT_STATE_ESTABLISHED,
  XT_STATE_INVALID,
  XT_STATE_NEW,
  XT_STATE_RELATED,
  XT_STATE_UNTRACKED,
  type XtConntrack,
} from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import { CHAIN_PROTOS, fmtIp, getprotobyname, hostByAddr, maskToCidr, strtoul } from "../netdb.js";
import type { Task } from "../../../kernel/task/task.js";
import type { XtExtension } from "./types.js";
import { parseHostMask, parsePortRange, parseUintRange } from "./xtoptions.js";

const STATES: [string, number][] = [
  ["INVALID", XT_STATE_INVALID], ["NEW", XT_STATE_NEW], ["ESTABLISHED", XT_STATE_ESTABLISHED], ["RELATED", XT_STATE_RELATED],
  ["UNTRACKED", XT_STATE_UNTRACKED], ["SNAT", XT_CONNTRACK_STATE_SNAT], ["DNAT", XT_CONNTRACK_STATE_DNAT],
];
const PRINT_ORDER: [string, number][] = [
  ["INVALID", XT_STATE_INVALID], ["NEW", XT_STATE_NEW], ["RELATED", XT_STATE_RELATED], ["ESTABLISHED", XT_STATE_ESTABLISHED],
  ["UNTRACKED", XT_STATE_UNTRACKED], ["SNAT", XT_CONNTRACK_STATE_SNAT], ["DNAT", XT_CONNTRACK_STATE_DNAT],
];
const IPS: [string, number][] = [["NONE", 0], ["EXPECTED", 1], ["SEEN_REPLY", 2], ["ASSURED", 4], ["CONFIRMED", 8]];

/** strncasecmp(word, NAME, len(word)) == 0: a case-insensitive prefix. */
function prefixOf(word: string, name: string): boolean {
  return name.toLowerCase().startsWith(word.toLowerCase());
}

function parseList(arg: string, table: [string, number][], opt: string, what: string, allowSnat: boolean): number {
  let mask = 0;
  const parts = arg.split(",");
  const last = parts.pop()!;
  let rest = arg;
  for (const p of parts) {
    const hit = p === "" ? undefined : table.find(([n]) => (allowSnat || (n !== "SNAT" && n !== "DNAT")) && prefixOf(p, n));
    if (!hit) paramError(`Bad ${what} "${rest}"`);
    mask |= hit[1];
    rest = rest.slice(p.length + 1);
  }
  if (what === "state" && last === "")
    paramError(`"--${opt}" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED`);
  const hit = last === "" ? undefined : table.find(([n]) => (allowSnat || (n !== "SNAT" && n !== "DNAT")) && prefixOf(last, n));
  if (!hit) paramError(`Bad ${what} "${rest}"`);
  return mask | hit[1];
}

export function parseStateList(arg: string): number {
  return parseList(arg, STATES, "state", "state", false);
}

function printStates(mask: number, sep0: string): string {
  let s = "";
  let sep = sep0;
  for (const [n, bit] of PRINT_ORDER)
    if (mask & bit) {
      s += sep + n;
      sep = ",";
    }
  return s;
}

function printStatus(mask: number): string {
  let s = "";
  let sep = " ";
  for (const [n, bit] of IPS.slice(1))
    if (mask & bit) {
      s += sep + n;
      sep = ",";
    }
  return mask === 0 ? " NONE" : s;
}

function maskSuffix(mask: number): string {
  if (mask >>> 0 === 0xffffffff) return "";
  const c = maskToCidr(mask);
  return c >= 0 ? `/${c}` : `/${fmtIp(mask)}`;
}

function dumpAddr(a: { addr: number; mask: number } | undefined, numeric: boolean, task?: Task): string {
  const v = a ?? { addr: 0, mask: 0 };
  if (!numeric && v.addr === 0) return " anywhere";
  const name = numeric || !task ? fmtIp(v.addr) : (hostByAddr(task, v.addr) ?? fmtIp(v.addr));
  return ` ${name}${maskSuffix(v.mask)}`;
}

function dump(c: XtConntrack, prefix: string, numeric: boolean, task?: Task): string {
  let s = "";
  const inv = (f: number) => (c.invertFlags & f ? " !" : "");
  if (c.matchFlags & XT_CONNTRACK_STATE)
    s += `${inv(XT_CONNTRACK_STATE)} ${prefix}${c.matchFlags & XT_CONNTRACK_STATE_ALIAS ? "state" : "ctstate"}${printStates(c.stateMask, " ")}`;
  if (c.matchFlags & XT_CONNTRACK_PROTO) s += `${inv(XT_CONNTRACK_PROTO)} ${prefix}ctproto ${c.l4proto}`;
  const addrs: [number, string, { addr: number; mask: number } | undefined][] = [
    [XT_CONNTRACK_ORIGSRC, "ctorigsrc", c.origSrc], [XT_CONNTRACK_ORIGDST, "ctorigdst", c.origDst],
    [XT_CONNTRACK_REPLSRC, "ctreplsrc", c.replSrc], [XT_CONNTRACK_REPLDST, "ctrepldst", c.replDst],
  ];
  for (const [f, n, a] of addrs) if (c.matchFlags & f) s += `${inv(f)} ${prefix}${n}${dumpAddr(a, numeric, task)}`;
  const ports: [number, string, [number, number]][] = [
    [XT_CONNTRACK_ORIGSRC_PORT, "ctorigsrcport", c.origSrcPort], [XT_CONNTRACK_ORIGDST_PORT, "ctorigdstport", c.origDstPort],
    [XT_CONNTRACK_REPLSRC_PORT, "ctreplsrcport", c.replSrcPort], [XT_CONNTRACK_REPLDST_PORT, "ctrepldstport", c.replDstPort],
  ];
  for (const [f, n, r] of ports)
    if (c.matchFlags & f) s += `${inv(f)} ${prefix}${n} ${r[1] === 0 || r[0] === r[1] ? r[0] : `${r[0]}:${r[1]}`}`;
  if (c.matchFlags & XT_CONNTRACK_STATUS) s += `${inv(XT_CONNTRACK_STATUS)} ${prefix}ctstatus${printStatus(c.statusMask)}`;
  if (c.matchFlags & XT_CONNTRACK_EXPIRES)
    s += `${inv(XT_CONNTRACK_EXPIRES)} ${prefix}ctexpire ${c.expiresMax === c.expiresMin ? c.expiresMin : `${c.expiresMin}:${c.expiresMax}`}`;
  if (c.matchFlags & XT_CONNTRACK_DIRECTION) s += ` ${prefix}ctdir ${c.invertFlags & XT_CONNTRACK_DIRECTION ? "REPLY" : "ORIGINAL"}`;
  return s;
}

function initCt(): XtConntrack {
  return {
    matchFlags: 0, invertFlags: 0, stateMask: 0, statusMask: 0, l4proto: 0,
    origSrcPort: [0, 0], origDstPort: [0, 0], replSrcPort: [0, 0], replDstPort: [0, 0],
    expiresMin: 0, expiresMax: 0, direction: undefined,
  };
}

const O = { STATE: 0, PROTO: 1, ORIGSRC: 2, ORIGDST: 3, REPLSRC: 4, REPLDST: 5, STATUS: 6, EXPIRE: 7, OSP: 8, ODP: 9, RSP: 10, RDP: 11, DIR: 12 };

function parseProto(arg: string): number {
  const v = strtoul(arg, 0, 255);
  if (v !== undefined) return v;
  const cp = CHAIN_PROTOS.find(([n]) => n === arg);
  if (cp) return cp[1];
  const p = getprotobyname(arg);
  if (p === undefined) paramError(`unknown protocol "${arg}" specified`);
  return p;
}

export const CONNTRACK: XtExtension<XtConntrack> = {
  kind: "match",
  name: "conntrack",
  revision: 3,
  x6: true,
  alias: (d) => (d.matchFlags & XT_CONNTRACK_STATE_ALIAS ? "state" : "conntrack"),
  options: [
    { name: "ctstate", hasArg: true, id: O.STATE, invert: true },
    { name: "ctproto", hasArg: true, id: O.PROTO, invert: true },
    { name: "ctorigsrc", hasArg: true, id: O.ORIGSRC, invert: true },
    { name: "ctorigdst", hasArg: true, id: O.ORIGDST, invert: true },
    { name: "ctreplsrc", hasArg: true, id: O.REPLSRC, invert: true },
    { name: "ctrepldst", hasArg: true, id: O.REPLDST, invert: true },
    { name: "ctstatus", hasArg: true, id: O.STATUS, invert: true },
    { name: "ctexpire", hasArg: true, id: O.EXPIRE, invert: true },
    { name: "ctorigsrcport", hasArg: true, id: O.OSP, invert: true },
    { name: "ctorigdstport", hasArg: true, id: O.ODP, invert: true },
    { name: "ctreplsrcport", hasArg: true, id: O.RSP, invert: true },
    { name: "ctrepldstport", hasArg: true, id: O.RDP, invert: true },
    { name: "ctdir", hasArg: true, id: O.DIR },
  ],
  init: initCt,
  parse(c) {
    const d = c.data;
    const set = (flag: number) => {
      d.matchFlags |= flag;
      if (c.invert) d.invertFlags |= flag;
    };
    switch (c.opt.id) {
      case O.STATE:
        d.stateMask |= parseList(c.arg, STATES, "ctstate", "ctstate", true);
        set(XT_CONNTRACK_STATE);
        break;
      case O.PROTO:
        d.l4proto = parseProto(c.arg);
        set(XT_CONNTRACK_PROTO);
        break;
      case O.ORIGSRC:
        d.origSrc = parseHostMask(c.task, c.arg);
        set(XT_CONNTRACK_ORIGSRC);
        break;
      case O.ORIGDST:
        d.origDst = parseHostMask(c.task, c.arg);
        set(XT_CONNTRACK_ORIGDST);
        break;
      case O.REPLSRC:
        d.replSrc = parseHostMask(c.task, c.arg);
        set(XT_CONNTRACK_REPLSRC);
        break;
      case O.REPLDST:
        d.replDst = parseHostMask(c.task, c.arg);
        set(XT_CONNTRACK_REPLDST);
        break;
      case O.STATUS:
        d.statusMask |= parseList(c.arg, IPS, "ctstatus", "ctstatus", true);
        set(XT_CONNTRACK_STATUS);
        break;
      case O.EXPIRE: {
        const r = parseUintRange("conntrack", "ctexpire", c.arg, 0xffffffff);
        d.expiresMin = r.vals[0]!;
        d.expiresMax = r.n >= 2 ? r.vals[1]! : r.vals[0]!;
        if (d.expiresMin > d.expiresMax) paramError(`expire min. range value "${d.expiresMin}" greater than max. range value "${d.expiresMax}"`);
        set(XT_CONNTRACK_EXPIRES);
        break;
      }
      case O.OSP:
      case O.ODP:
      case O.RSP:
      case O.RDP: {
        const r = parsePortRange(c.task, "conntrack", c.opt.name, c.arg);
        const key = (["origSrcPort", "origDstPort", "replSrcPort", "replDstPort"] as const)[c.opt.id - O.OSP]!;
        d[key] = r;
        set([XT_CONNTRACK_ORIGSRC_PORT, XT_CONNTRACK_ORIGDST_PORT, XT_CONNTRACK_REPLSRC_PORT, XT_CONNTRACK_REPLDST_PORT][c.opt.id - O.OSP]!);
        break;
      }
      case O.DIR:
        if (c.arg.toLowerCase() === "original") {
          d.direction = "ORIGINAL";
          d.invertFlags &= ~XT_CONNTRACK_DIRECTION;
        } else if (c.arg.toLowerCase() === "reply") {
          d.direction = "REPLY";
          d.invertFlags |= XT_CONNTRACK_DIRECTION;
        } else paramError(`conntrack: Bad value for "--ctdir" option: "${c.arg}"`);
        d.matchFlags |= XT_CONNTRACK_DIRECTION;
        break;
    }
  },
  final(c) {
    if (c.flags === 0) paramError("conntrack: At least one option is required");
  },
  print: (d, _ip, numeric, task) => dump(d, "", numeric, task),
  save: (d) => dump(d, "--", true),
};

export const STATE: XtExtension<XtConntrack> = {
  kind: "match",
  name: "state",
  realName: "conntrack",
  revision: 3,
  x6: true,
  options: [{ name: "state", hasArg: true, id: 0, mand: true, invert: true }],
  init: initCt,
  parse(c) {
    c.data.matchFlags = XT_CONNTRACK_STATE | XT_CONNTRACK_STATE_ALIAS;
    c.data.stateMask = parseStateList(c.arg);
    if (c.invert) c.data.invertFlags |= XT_CONNTRACK_STATE;
  },
  print: (d, _ip, numeric, task) => dump(d, "", numeric, task),
  save: (d) => dump(d, "--", true),
};
