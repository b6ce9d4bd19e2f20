// Target extensions: LOG (libxt_LOG.c), REJECT (libipt_REJECT.c), CT and
// NOTRACK (libxt_CT.c), TRACE (libxt_TRACE.c), and the NAT targets SNAT,
// DNAT, MASQUERADE, REDIRECT (libxt_NAT.c).

import {
  NF_NAT_RANGE_MAP_IPS,
  NF_NAT_RANGE_PERSISTENT,
  NF_NAT_RANGE_PROTO_OFFSET,
  NF_NAT_RANGE_PROTO_RANDOM,
  NF_NAT_RANGE_PROTO_RANDOM_FULLY,
  NF_NAT_RANGE_PROTO_SPECIFIED,
  XT_LOG_IPOPT,
  XT_LOG_MACDECODE,
  XT_LOG_TCPOPT,
  XT_LOG_TCPSEQ,
  XT_LOG_UID,
  type IptReject,
  type NfNatRange,
  type XtCt,
  type XtEmpty,
  type XtLog,
} from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import { fmtIp, getservbyname, strtoulPrefix } from "../netdb.js";
import { formatIp6, parseIp6 } from "../../../wire/addr.js";
import type { Task } from "../../../kernel/task/task.js";
import type { XtExtension } from "./types.js";
import { parseSyslogLevel, saveString } from "./xtoptions.js";

// ---------------------------------------------------------------- LOG

/** syslog.h prioritynames order: the first name with the level's value wins. */
const PRIO_NAMES: [string, number][] = [["alert", 1], ["crit", 2], ["debug", 7], ["emerg", 0], ["err", 3], ["error", 3], ["info", 6], ["notice", 5], ["panic", 0], ["warn", 4], ["warning", 4]];

export const LOG: XtExtension<XtLog> = {
  kind: "target",
  name: "LOG",
  revision: 0,
  x6: true,
  options: [
    { name: "log-level", hasArg: true, id: 6 },
    { name: "log-prefix", hasArg: true, id: 7 },
    { name: "log-tcp-sequence", hasArg: false, id: 0 },
    { name: "log-tcp-options", hasArg: false, id: 1 },
    { name: "log-ip-options", hasArg: false, id: 2 },
    { name: "log-uid", hasArg: false, id: 3 },
    { name: "log-macdecode", hasArg: false, id: 5 },
  ],
  init: () => ({ level: 4, logflags: 0, prefix: "" }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 6) d.level = parseSyslogLevel(c.arg);
    else if (c.opt.id === 7) {
      if (c.arg.length < 1) paramError("Argument must have a minimum length of 1 characters\n");
      if (c.arg.includes("\n")) paramError("Newlines not allowed in --log-prefix");
      d.prefix = c.arg.slice(0, 29);
    } else d.logflags |= 1 << c.opt.id;
  },
  print(d, _ip, numeric) {
    let s = " LOG";
    if (numeric) s += ` flags ${d.logflags} level ${d.level}`;
    else {
      const n = PRIO_NAMES.find(([, v]) => v === d.level)?.[0];
      s += n ? ` level ${n}` : ` UNKNOWN level ${d.level}`;
      if (d.logflags & XT_LOG_TCPSEQ) s += " tcp-sequence";
      if (d.logflags & XT_LOG_TCPOPT) s += " tcp-options";
      if (d.logflags & XT_LOG_IPOPT) s += " ip-options";
      if (d.logflags & XT_LOG_UID) s += " uid";
      if (d.logflags & XT_LOG_MACDECODE) s += " macdecode";
      if (d.logflags & ~0x2f) s += " unknown-flags";
    }
    if (d.prefix) s += ` prefix "${d.prefix}"`;
    return s;
  },
  save(d) {
    let s = "";
    if (d.prefix) s += ` --log-prefix${saveString(d.prefix)}`;
    if (d.level !== 4) s += ` --log-level ${d.level}`;
    if (d.logflags & XT_LOG_TCPSEQ) s += " --log-tcp-sequence";
    if (d.logflags & XT_LOG_TCPOPT) s += " --log-tcp-options";
    if (d.logflags & XT_LOG_IPOPT) s += " --log-ip-options";
    if (d.logflags & XT_LOG_UID) s += " --log-uid";
    if (d.logflags & XT_LOG_MACDECODE) s += " --log-macdecode";
    return s;
  },
};

// ---------------------------------------------------------------- REJECT

const REJECT_TABLE: (readonly [string, string] | undefined)[] = [
  ["icmp-net-unreachable", "net-unreach"],
  ["icmp-host-unreachable", "host-unreach"],
  ["icmp-proto-unreachable", "proto-unreach"],
  ["icmp-port-unreachable", "port-unreach"],
  undefined,
  ["icmp-net-prohibited", "net-prohib"],
  ["icmp-host-prohibited", "host-prohib"],
  ["tcp-reset", "tcp-rst"],
  ["icmp-admin-prohibited", "admin-prohib"],
];

export const REJECT: XtExtension<IptReject> = {
  kind: "target",
  name: "REJECT",
  family: 4,
  revision: 0,
  x6: true,
  options: [{ name: "reject-with", hasArg: true, id: 0 }],
  init: () => ({ with: 3 }),
  parse(c) {
    const a = c.arg.toLowerCase();
    for (let i = 0; i < REJECT_TABLE.length; i++) {
      const e = REJECT_TABLE[i];
      if (!e) continue;
      if (e[0].startsWith(a) || e[1].startsWith(a)) {
        c.data.with = i;
        return;
      }
    }
    if ("echo-reply".startsWith(a) || "echoreply".startsWith(a)) c.warn("--reject-with echo-reply no longer supported\n");
    paramError(`unknown reject type "${c.arg}"`);
  },
  print: (d) => ` reject-with ${REJECT_TABLE[d.with]?.[0] ?? "(null)"}`,
  save: (d) => ` --reject-with ${REJECT_TABLE[d.with]?.[0] ?? "(null)"}`,
};

// ---------------------------------------------------------------- CT, NOTRACK, TRACE

/** enum ip_conntrack_events / ip_conntrack_expect_events, by bit, as libxt_CT names them. */
const CT_EVENTS = ["new", "related", "destroy", "reply", "assured", "protoinfo", "helper", "mark", "natseqinfo", "secmark", "label", "synproxy"];
const EXP_EVENTS = ["new"];

function eventNames(names: string[], mask: number): string {
  return names.filter((_, i) => mask & (1 << i)).join(",");
}

export const CT: XtExtension<XtCt> = {
  kind: "target",
  name: "CT",
  revision: 2,
  x6: true,
  alias: (d) => (d.alias ? "NOTRACK" : "CT"),
  options: [
    { name: "notrack", hasArg: false, id: 0 },
    { name: "helper", hasArg: true, id: 1 },
    { name: "ctevents", hasArg: true, id: 3 },
    { name: "expevents", hasArg: true, id: 4 },
    { name: "zone", hasArg: true, id: 5 },
  ],
  init: () => ({ notrack: false, alias: false, zone: 0, helper: "" }),
  parse(c) {
    if (c.opt.id === 0) c.data.notrack = true;
    else if (c.opt.id === 1) c.data.helper = c.arg.slice(0, 15);
    else if (c.opt.id === 3 || c.opt.id === 4) {
      const names = c.opt.id === 3 ? CT_EVENTS : EXP_EVENTS;
      let mask = 0;
      for (const w of c.arg.split(",")) {
        const i = names.indexOf(w);
        if (i < 0) paramError(`Unknown event type "${w}"`);
        mask |= 1 << i;
      }
      if (c.opt.id === 3) c.data.ctEvents = mask;
      else c.data.expEvents = mask;
    } else {
      const v = strtoulPrefix(c.arg);
      if (!v || v.rest !== "" || v.value > 65535) paramError(`Cannot parse ${c.arg} as a zone ID`);
      c.data.zone = v.value;
    }
  },
  print(d) {
    if (d.alias) return " NOTRACK";
    let s = " CT";
    if (d.notrack) s += " notrack";
    if (d.helper) s += ` helper ${d.helper}`;
    if (d.ctEvents) s += ` ctevents ${eventNames(CT_EVENTS, d.ctEvents)}`;
    if (d.expEvents) s += ` expevents ${eventNames(EXP_EVENTS, d.expEvents)}`;
    if (d.zone) s += ` zone ${d.zone}`;
    return s;
  },
  save(d) {
    if (d.alias) return "";
    let s = "";
    if (d.notrack) s += " --notrack";
    if (d.helper) s += ` --helper ${d.helper}`;
    if (d.ctEvents) s += ` --ctevents ${eventNames(CT_EVENTS, d.ctEvents)}`;
    if (d.expEvents) s += ` --expevents ${eventNames(EXP_EVENTS, d.expEvents)}`;
    if (d.zone) s += ` --zone ${d.zone}`;
    return s;
  },
};

export const NOTRACK: XtExtension<XtCt> = {
  kind: "target",
  name: "NOTRACK",
  realName: "CT",
  revision: 2,
  x6: true,
  options: [],
  init: () => ({ notrack: true, alias: true, zone: 0, helper: "" }),
  parse() {},
  print: () => " NOTRACK",
  save: () => "",
};

export const TRACE: XtExtension<XtEmpty> = {
  kind: "target",
  name: "TRACE",
  revision: 0,
  x6: true,
  options: [],
  init: () => ({}),
  parse() {},
  print: () => "",
  save: () => "",
};

// ---------------------------------------------------------------- NAT

const PORT_PROTOS = new Set([6, 17, 132, 33, 1]);

function parsePorts(task: Task, arg: string, portok: boolean, r: NfNatRange): void {
  if (!portok) paramError("Need TCP, UDP, SCTP or DCCP with port specification");
  r.flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
  let port: number;
  let end: string;
  const a = strtoulPrefix(arg);
  if (a && a.value <= 65535) {
    port = a.value;
    end = a.rest;
  } else {
    // xtables_service_to_port(arg, NULL): any protocol's service of that name.
    const s = getservbyname(task, arg, "tcp") ?? getservbyname(task, arg, "udp");
    if (s === undefined) paramError(`Port \`${arg}' not valid`);
    port = s;
    end = "";
  }
  if (end === "") {
    r.minProto = r.maxProto = port;
    return;
  }
  if (end[0] === ":") paramError("Invalid port:port syntax - use dash");
  if (end[0] !== "-") paramError(`Garbage after port value: \`${end}'`);
  const rest = end.slice(1);
  const b = strtoulPrefix(rest);
  if (!b || b.value > 65535) paramError(`Port \`${rest}' not valid`);
  if (b.value < port) paramError(`Port range \`${rest}' funky`);
  r.minProto = port;
  r.maxProto = b.value;
  if (b.rest === "") return;
  if (b.rest[0] !== "/") paramError(`Garbage after port range: \`${b.rest}'`);
  // The base port may be a service name too (xtables_getportbyname).
  const bs = b.rest.slice(1);
  const base = strtoulPrefix(bs);
  const bv = base && base.rest === "" ? base.value : /^\d/.test(bs) ? undefined : (getservbyname(task, bs, "tcp") ?? getservbyname(task, bs, "udp"));
  if (bv === undefined || bv < 1 || bv > 65535) paramError(`Port \`${bs}' not valid`);
  r.flags |= NF_NAT_RANGE_PROTO_OFFSET;
  r.baseProto = bv;
}

function inetPton(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const b = m.slice(1).map(Number);
  if (b.some((x) => x > 255 || String(x) !== String(Number(x)))) return undefined;
  return ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
}

function parseTo(task: Task, arg: string, portok: boolean, r: NfNatRange): void {
  if (arg.includes("[")) paramError("Invalid address format");
  let colon = arg.indexOf(":");
  if (colon >= 0 && arg.indexOf(":", colon + 1) >= 0) colon = -1;
  let start = arg;
  if (colon >= 0) {
    parsePorts(task, arg.slice(colon + 1), portok, r);
    if (colon === 0) return;
    start = arg.slice(0, colon);
  }
  r.flags |= NF_NAT_RANGE_MAP_IPS;
  const dash = start.indexOf("-");
  const lo = dash >= 0 ? start.slice(0, dash) : start;
  const a = inetPton(lo);
  if (a === undefined) paramError(`Bad IP address "${lo}"`);
  r.minAddr = a;
  if (dash >= 0) {
    const hi = start.slice(dash + 1);
    const b = inetPton(hi);
    if (b === undefined) paramError(`Bad IP address "${hi}"`);
    r.maxAddr = b;
  } else r.maxAddr = a;
}

/** ip6tables' form: ADDR[-ADDR] or [ADDR[-ADDR]]:PORT[-PORT[/BASE]] (libip6t_NAT parse_to). */
function parseTo6(task: Task, arg: string, portok: boolean, r: NfNatRange): void {
  let addrs = arg;
  if (arg.startsWith("[")) {
    const close = arg.indexOf("]");
    if (close < 0) paramError("Invalid address format");
    addrs = arg.slice(1, close);
    const rest = arg.slice(close + 1);
    if (rest !== "") {
      if (rest[0] !== ":") paramError("Invalid address format");
      parsePorts(task, rest.slice(1), portok, r);
    }
  }
  if (addrs === "") return;
  r.flags |= NF_NAT_RANGE_MAP_IPS;
  const dash = addrs.indexOf("-");
  const lo = dash >= 0 ? addrs.slice(0, dash) : addrs;
  const a = parseIp6(lo);
  if (a === undefined) paramError(`Bad IP address "${lo}"`);
  r.minAddr6 = r.maxAddr6 = a;
  if (dash >= 0) {
    const hi = addrs.slice(dash + 1);
    const b = parseIp6(hi);
    if (b === undefined) paramError(`Bad IP address "${hi}"`);
    r.maxAddr6 = b;
  }
}

function sprintRange(r: NfNatRange): string {
  let s = "";
  if (r.flags & NF_NAT_RANGE_MAP_IPS) {
    s += fmtIp(r.minAddr);
    if (r.minAddr !== r.maxAddr) s += `-${fmtIp(r.maxAddr)}`;
  }
  if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
    s += `:${r.minProto}`;
    if (r.maxProto !== r.minProto) s += `-${r.maxProto}`;
    if (r.flags & NF_NAT_RANGE_PROTO_OFFSET) s += `/${r.baseProto}`;
  }
  return s;
}

function sprintRange6(r: NfNatRange): string {
  let a = "";
  if (r.flags & NF_NAT_RANGE_MAP_IPS && r.minAddr6 !== undefined) {
    a = formatIp6(r.minAddr6);
    if (r.maxAddr6 !== r.minAddr6) a += `-${formatIp6(r.maxAddr6!)}`;
  }
  if (!(r.flags & NF_NAT_RANGE_PROTO_SPECIFIED)) return a;
  let s = `[${a}]:${r.minProto}`;
  if (r.maxProto !== r.minProto) s += `-${r.maxProto}`;
  if (r.flags & NF_NAT_RANGE_PROTO_OFFSET) s += `/${r.baseProto}`;
  return s;
}

function natPrint(r: NfNatRange, rangeopt: string, pfx: string, skipColon: boolean, family?: 4 | 6): string {
  let range = family === 6 ? sprintRange6(r) : sprintRange(r);
  let s = "";
  if (range.length) {
    if (range[0] === ":" && skipColon) range = range.slice(1);
    s += ` ${rangeopt}${range}`;
  }
  if (r.flags & NF_NAT_RANGE_PROTO_RANDOM) s += ` ${pfx}random`;
  if (r.flags & NF_NAT_RANGE_PROTO_RANDOM_FULLY) s += ` ${pfx}random-fully`;
  if (r.flags & NF_NAT_RANGE_PERSISTENT) s += ` ${pfx}persistent`;
  return s;
}

/** libxt_NAT's help texts (DNAT as revision 2 has it). */
const NAT_HELP: Record<string, string> = {
  SNAT: "SNAT target options:\n --to-source [<ipaddr>[-<ipaddr>]][:port[-port]]\n\t\t\t\tAddress to map source to.\n[--random] [--random-fully] [--persistent]\n",
  DNAT: "DNAT target options:\n --to-destination [<ipaddr>[-<ipaddr>]][:port[-port[/port]]]\n\t\t\t\tAddress to map destination to.\n[--random] [--persistent]\n",
  MASQUERADE:
    "MASQUERADE target options:\n --to-ports <port>[-<port>]\n\t\t\t\tPort (range) to map to.\n --random\n\t\t\t\tRandomize source port.\n --random-fully\n\t\t\t\tFully randomize source port.\n",
  REDIRECT: "REDIRECT target options:\n --to-ports <port>[-<port>]\n\t\t\t\tPort (range) to map to.\n [--random]\n",
};

const O_TO_SRC = 0, O_TO_DEST = 1, O_TO_PORTS = 2, O_RANDOM = 3, O_RANDOM_FULLY = 4, O_PERSISTENT = 5;

function natExt(
  name: string,
  revision: number,
  opts: { name: string; id: number; hasArg: boolean; mand?: boolean }[],
  printOpt: string,
  saveOpt: string,
  skipColon: boolean,
  family?: 4 | 6,
): XtExtension<NfNatRange> {
  const help = NAT_HELP[name];
  return {
    kind: "target",
    name,
    help: help === undefined ? undefined : () => help,
    // SNAT/DNAT have a form per family (libipt_*, libip6t_*: [addr]:port); the others serve both.
    family,
    revision,
    x6: true,
    options: opts,
    init: () => ({ flags: 0, minAddr: 0, maxAddr: 0, minProto: 0, maxProto: 0, baseProto: 0 }),
    parse(c) {
      const portok = PORT_PROTOS.has(c.ip.proto);
      const r = c.data;
      switch (c.opt.id) {
        case O_TO_SRC:
        case O_TO_DEST:
          if (family === 6) parseTo6(c.task, c.arg, portok, r);
          else parseTo(c.task, c.arg, portok, r);
          break;
        case O_TO_PORTS:
          parsePorts(c.task, c.arg, portok, r);
          break;
        case O_RANDOM:
          r.flags |= NF_NAT_RANGE_PROTO_RANDOM;
          break;
        case O_RANDOM_FULLY:
          r.flags |= NF_NAT_RANGE_PROTO_RANDOM_FULLY;
          break;
        case O_PERSISTENT:
          r.flags |= NF_NAT_RANGE_PERSISTENT;
          break;
      }
    },
    final(c) {
      if ((name === "REDIRECT" || (name === "DNAT" && revision < 2)) && c.data.flags & NF_NAT_RANGE_PROTO_OFFSET)
        paramError("Shifted portmap ranges not supported with this kernel");
    },
    print: (r) => natPrint(r, printOpt, "", skipColon, family),
    save: (r) => natPrint(r, saveOpt, "--", skipColon, family),
  };
}

export const SNAT = natExt(
  "SNAT",
  0,
  [
    { name: "to-source", id: O_TO_SRC, hasArg: true, mand: true },
    { name: "random", id: O_RANDOM, hasArg: false },
    { name: "random-fully", id: O_RANDOM_FULLY, hasArg: false },
    { name: "persistent", id: O_PERSISTENT, hasArg: false },
  ],
  "to:",
  "--to-source ",
  false,
  4,
);

export const DNAT = natExt(
  "DNAT",
  2,
  [
    { name: "to-destination", id: O_TO_DEST, hasArg: true, mand: true },
    { name: "random", id: O_RANDOM, hasArg: false },
    { name: "persistent", id: O_PERSISTENT, hasArg: false },
  ],
  "to:",
  "--to-destination ",
  false,
  4,
);

export const MASQUERADE = natExt(
  "MASQUERADE",
  0,
  [
    { name: "to-ports", id: O_TO_PORTS, hasArg: true },
    { name: "random", id: O_RANDOM, hasArg: false },
    { name: "random-fully", id: O_RANDOM_FULLY, hasArg: false },
  ],
  "masq ports: ",
  "--to-ports ",
  true,
);

export const REDIRECT = natExt(
  "REDIRECT",
  0,
  [
    { name: "to-ports", id: O_TO_PORTS, hasArg: true },
    { name: "random", id: O_RANDOM, hasArg: false },
  ],
  "redir ports ",
  "--to-ports ",
  true,
);


const SNAT_OPTS = [
  { name: "to-source", id: O_TO_SRC, hasArg: true, mand: true },
  { name: "random", id: O_RANDOM, hasArg: false },
  { name: "random-fully", id: O_RANDOM_FULLY, hasArg: false },
  { name: "persistent", id: O_PERSISTENT, hasArg: false },
];
const DNAT_OPTS = [
  { name: "to-destination", id: O_TO_DEST, hasArg: true, mand: true },
  { name: "random", id: O_RANDOM, hasArg: false },
  { name: "persistent", id: O_PERSISTENT, hasArg: false },
];
/** libip6t_SNAT / libip6t_DNAT (revision 1 and 2 as ip6tables 1.8.9 sends them). */
export const SNAT6 = natExt("SNAT", 1, SNAT_OPTS, "to:", "--to-source ", false, 6);
export const DNAT6 = natExt("DNAT", 2, DNAT_OPTS, "to:", "--to-destination ", false, 6);
