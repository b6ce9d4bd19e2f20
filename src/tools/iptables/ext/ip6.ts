// ip6tables' own extensions (libip6t_*.c): icmp6, REJECT (IPv6 codes), hl/HL,
// ah (the extension-header form), frag, dst/hbh, rt, mh, ipv6header, eui64.
// Formats and messages as recorded from ip6tables 1.8.9 (nf_tables).

import type {
  Ip6tAh,
  Ip6tEui64,
  Ip6tFrag,
  Ip6tHeader,
  Ip6tIcmp6,
  Ip6tMh,
  Ip6tOpts,
  Ip6tReject,
  Ip6tRt,
  Ip6tNpt,
  Ip6tSrh,
} from "../../../uapi/xt_ext_ip6.js";
import { formatIp6, parseIp6 } from "../../../wire/addr.js";
import type { XtTtl, XtTtlTarget } from "../../../uapi/xt_ext_iphdr.js";
import { paramError } from "../errors.js";
import { getprotobynumber, strtoul } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint, parseUintRange } from "./xtoptions.js";

const U32 = 0xffffffff;

// ---------------------------------------------------------------- icmp6

const ICMP6_TYPES: [string, number, number, number][] = [
  ["destination-unreachable", 1, 0, 0xff],
  ["no-route", 1, 0, 0],
  ["communication-prohibited", 1, 1, 1],
  ["beyond-scope", 1, 2, 2],
  ["address-unreachable", 1, 3, 3],
  ["port-unreachable", 1, 4, 4],
  ["failed-policy", 1, 5, 5],
  ["reject-route", 1, 6, 6],
  ["packet-too-big", 2, 0, 0xff],
  ["time-exceeded", 3, 0, 0xff],
  ["ttl-exceeded", 3, 0, 0xff],
  ["ttl-zero-during-transit", 3, 0, 0],
  ["ttl-zero-during-reassembly", 3, 1, 1],
  ["parameter-problem", 4, 0, 0xff],
  ["bad-header", 4, 0, 0],
  ["unknown-header-type", 4, 1, 1],
  ["unknown-option", 4, 2, 2],
  ["echo-request", 128, 0, 0xff],
  ["ping", 128, 0, 0xff],
  ["echo-reply", 129, 0, 0xff],
  ["pong", 129, 0, 0xff],
  ["mld-listener-query", 130, 0, 0xff],
  ["mld-listener-report", 131, 0, 0xff],
  ["mld-listener-done", 132, 0, 0xff],
  ["mld-listener-reduction", 132, 0, 0xff],
  ["router-solicitation", 133, 0, 0xff],
  ["router-advertisement", 134, 0, 0xff],
  ["neighbour-solicitation", 135, 0, 0xff],
  ["neighbor-solicitation", 135, 0, 0xff],
  ["neighbour-advertisement", 136, 0, 0xff],
  ["neighbor-advertisement", 136, 0, 0xff],
  ["redirect", 137, 0, 0xff],
];

function icmp6(name: string): XtExtension<Ip6tIcmp6> {
  return {
    kind: "match",
    name,
    family: 6,
    revision: 0,
    x6: true,
    options: [{ name: "icmpv6-type", hasArg: true, id: 0, mand: true, invert: true }],
    init: () => ({ type: 0, codeMin: 0, codeMax: 0xff, invert: false }),
    parse(c) {
      const d = c.data;
      d.invert = c.invert;
      const named = ICMP6_TYPES.filter(([n]) => n.startsWith(c.arg));
      const exact = named.find(([n]) => n === c.arg);
      if (exact || named.length === 1) {
        const [, t, lo, hi] = exact ?? named[0]!;
        d.type = t;
        d.codeMin = lo;
        d.codeMax = hi;
        return;
      }
      if (named.length > 1) paramError(`Ambiguous ICMPv6 type \`${c.arg}': \`${named[0]![0]}' or \`${named[1]![0]}'?`);
      const [ts, cs] = c.arg.split("/");
      const t = strtoul(ts!, 0, 255);
      // a word that names no type (libip6t_icmp6's parse_icmpv6): "Unknown"; a number out of range: "Invalid"
      if (t === undefined && !/^\d/.test(ts!)) paramError(`Unknown ICMPv6 type \`${ts}'`);
      if (t === undefined) paramError(`Invalid ICMPv6 type \`${ts}'\n`);
      d.type = t;
      if (cs === undefined) return;
      const code = strtoul(cs, 0, 255);
      if (code === undefined) paramError(`Invalid ICMPv6 code \`${cs}'\n`);
      d.codeMin = d.codeMax = code;
    },
    print(d, _ip, numeric) {
      // icmp6_print(): " ipv6-icmp", then the type's name unless -n; the numeric form lacks
      // a space ("ipv6-icmptype 128"), as libip6t_icmp6 prints it.
      if (!numeric) {
        const named = ICMP6_TYPES.find(([, t, lo, hi]) => t === d.type && lo === d.codeMin && hi === d.codeMax);
        if (named) return ` ipv6-icmp ${d.invert ? "!" : ""}${named[0]}`;
      }
      let s = ` ipv6-icmp${d.invert ? " !" : ""}type ${d.type}`;
      if (d.codeMin === d.codeMax) s += ` code ${d.codeMin}`;
      else if (d.codeMin !== 0 || d.codeMax !== 0xff) s += ` codes ${d.codeMin}-${d.codeMax}`;
      return s;
    },
    save(d) {
      let s = `${d.invert ? " !" : ""} --icmpv6-type ${d.type}`;
      if (d.codeMin !== 0 || d.codeMax !== 0xff) s += `/${d.codeMin}`;
      return s;
    },
  };
}

export const ICMP6 = icmp6("icmp6");

// ---------------------------------------------------------------- REJECT

/** enum ip6t_reject_with, by value: [name, short alias]. */
const REJECT6_TYPES: [string, string][] = [
  ["icmp6-no-route", "no-route"],
  ["icmp6-adm-prohibited", "adm-prohibited"],
  ["icmp6-not-neighbour", "not-neighbour"],
  ["icmp6-addr-unreachable", "addr-unreach"],
  ["icmp6-port-unreachable", "port-unreach"],
  ["", ""],
  ["tcp-reset", "tcp-reset"],
  ["icmp6-policy-fail", "policy-fail"],
  ["icmp6-reject-route", "reject-route"],
];
export const IP6T_TCP_RESET = 6;

export const REJECT6: XtExtension<Ip6tReject> = {
  kind: "target",
  name: "REJECT",
  family: 6,
  revision: 0,
  x6: true,
  options: [{ name: "reject-with", hasArg: true, id: 0 }],
  init: () => ({ with: 4 }),
  parse(c) {
    const a = c.arg;
    const i = REJECT6_TYPES.findIndex(([n, alias]) => n !== "" && (n === a || alias === a));
    if (i < 0) paramError(`unknown reject type "${a}"`);
    c.data.with = i;
  },
  print: (d) => ` reject-with ${REJECT6_TYPES[d.with]?.[0] ?? ""}`,
  save: (d) => ` --reject-with ${REJECT6_TYPES[d.with]?.[0] ?? ""}`,
};

// ---------------------------------------------------------------- hl, HL

export const HL_MATCH: XtExtension<XtTtl> = {
  kind: "match",
  name: "hl",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    // In this order libxtables reports a conflict ("--hl-gt" ... "--hl-eq").
    { name: "hl-lt", hasArg: true, id: 1, excl: 0b101 },
    { name: "hl-gt", hasArg: true, id: 2, excl: 0b011 },
    { name: "hl-eq", hasArg: true, id: 0, invert: true, excl: 0b110 },
  ],
  init: () => ({ mode: 0, ttl: 0 }),
  parse(c) {
    c.data.ttl = parseUint("hl", c.opt.name, c.arg, 0, 255);
    c.data.mode = c.opt.id === 0 ? (c.invert ? 1 : 0) : c.opt.id + 1;
  },
  final(c) {
    if (c.flags === 0) paramError("HL match: You must specify one of `--hl-eq', `--hl-lt', `--hl-gt'");
  },
  print: (d) => ` HL match HL ${["==", "!=", "<", ">"][d.mode]} ${d.ttl}`,
  save: (d) => [` --hl-eq ${d.ttl}`, ` ! --hl-eq ${d.ttl}`, ` --hl-lt ${d.ttl}`, ` --hl-gt ${d.ttl}`][d.mode]!,
};

export const HL_TARGET: XtExtension<XtTtlTarget> = {
  kind: "target",
  name: "HL",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    { name: "hl-set", hasArg: true, id: 0, excl: 0b110 },
    { name: "hl-dec", hasArg: true, id: 1, excl: 0b101 },
    { name: "hl-inc", hasArg: true, id: 2, excl: 0b011 },
  ],
  init: () => ({ mode: 0, ttl: 0 }),
  parse(c) {
    c.data.ttl = parseUint("HL", c.opt.name, c.arg, c.opt.id === 0 ? 0 : 1, 255);
    c.data.mode = [0, 2, 1][c.opt.id]!;
  },
  final(c) {
    if (c.flags === 0) paramError("HL: You must specify an action");
  },
  print: (d) => ` HL ${["set to", "increment by", "decrement by"][d.mode]} ${d.ttl}`,
  save: (d) => ` --hl-${["set", "inc", "dec"][d.mode]} ${d.ttl}`,
};

// ---------------------------------------------------------------- ah, frag, rt, mh

function range(ext: string, opt: string, arg: string, max: number): [number, number] {
  const r = parseUintRange(ext, opt, arg, max);
  return [r.vals[0]!, r.n === 1 ? r.vals[0]! : r.vals[1]!];
}

/** " name:N" / " names:N:M" (print), nothing for the full range unless inverted. */
function printRange(name: string, lo: number, hi: number, max: number, inv: boolean, lead = " "): string {
  if (lo === 0 && hi === max && !inv) return "";
  const i = inv ? "!" : "";
  return lo === hi ? `${lead}${name}:${i}${lo}` : `${lead}${name}s:${i}${lo}:${hi}`;
}

function saveRange(opt: string, lo: number, hi: number, max: number, inv: boolean): string {
  if (lo === 0 && hi === max && !inv) return "";
  return `${inv ? " !" : ""} --${opt} ${lo === hi ? lo : `${lo}:${hi}`}`;
}

export const AH6: XtExtension<Ip6tAh> = {
  kind: "match",
  name: "ah",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    { name: "ahspi", hasArg: true, id: 0, invert: true },
    { name: "ahlen", hasArg: true, id: 1, invert: true },
    { name: "ahres", hasArg: false, id: 2 },
  ],
  init: () => ({ spis: [0, U32], len: 0, res: false, invSpi: false, invLen: false, hasLen: false }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 0) {
      d.spis = range("ah", "ahspi", c.arg, U32);
      d.invSpi = c.invert;
    } else if (c.opt.id === 1) {
      d.len = parseUint("ah", "ahlen", c.arg, 0, U32);
      d.invLen = c.invert;
      d.hasLen = true;
    } else d.res = true;
  },
  print(d) {
    let s = " ah " + printRange("spi", d.spis[0], d.spis[1], U32, d.invSpi, "");
    if (d.hasLen) s += ` length:${d.invLen ? "!" : ""}${d.len}`;
    if (d.res) s += " reserved";
    return s;
  },
  save(d) {
    let s = saveRange("ahspi", d.spis[0], d.spis[1], U32, d.invSpi);
    if (d.hasLen) s += `${d.invLen ? " !" : ""} --ahlen ${d.len}`;
    if (d.res) s += " --ahres";
    return s;
  },
};

const FRAG_RES = 1;
const FRAG_FST = 2;
const FRAG_MF = 4;
const FRAG_NMF = 8;

export const FRAG: XtExtension<Ip6tFrag> = {
  kind: "match",
  name: "frag",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    { name: "fragid", hasArg: true, id: 0, invert: true },
    { name: "fraglen", hasArg: true, id: 1, invert: true },
    { name: "fragres", hasArg: false, id: 2 },
    { name: "fragfirst", hasArg: false, id: 3 },
    { name: "fragmore", hasArg: false, id: 4, excl: 1 << 5 },
    { name: "fraglast", hasArg: false, id: 5, excl: 1 << 4 },
  ],
  init: () => ({ ids: [0, U32], len: 0, hasLen: false, flags: 0, invIds: false, invLen: false }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.ids = range("frag", "fragid", c.arg, U32);
        d.invIds = c.invert;
        break;
      case 1:
        d.len = parseUint("frag", "fraglen", c.arg, 0, U32);
        d.invLen = c.invert;
        d.hasLen = true;
        break;
      default:
        d.flags |= [FRAG_RES, FRAG_FST, FRAG_MF, FRAG_NMF][c.opt.id - 2]!;
    }
  },
  print(d) {
    let s = " frag " + printRange("id", d.ids[0], d.ids[1], U32, d.invIds, "");
    if (d.hasLen) s += ` length:${d.invLen ? "!" : ""}${d.len}`;
    if (d.flags & FRAG_RES) s += " reserved";
    if (d.flags & FRAG_FST) s += " first";
    if (d.flags & FRAG_MF) s += " more";
    if (d.flags & FRAG_NMF) s += " last";
    return s;
  },
  save(d) {
    let s = saveRange("fragid", d.ids[0], d.ids[1], U32, d.invIds);
    if (d.hasLen) s += `${d.invLen ? " !" : ""} --fraglen ${d.len}`;
    if (d.flags & FRAG_RES) s += " --fragres";
    if (d.flags & FRAG_FST) s += " --fragfirst";
    if (d.flags & FRAG_MF) s += " --fragmore";
    if (d.flags & FRAG_NMF) s += " --fraglast";
    return s;
  },
};

export const RT: XtExtension<Ip6tRt> = {
  kind: "match",
  name: "rt",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    { name: "rt-type", hasArg: true, id: 0, invert: true },
    { name: "rt-segsleft", hasArg: true, id: 1, invert: true },
    { name: "rt-len", hasArg: true, id: 2, invert: true },
    { name: "rt-0-res", hasArg: false, id: 3 },
  ],
  init: () => ({ type: 0, hasType: false, invType: false, segs: [0, U32], invSegs: false, len: 0, hasLen: false, invLen: false, res: false }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.type = parseUint("rt", "rt-type", c.arg, 0, 255);
        d.hasType = true;
        d.invType = c.invert;
        break;
      case 1:
        d.segs = range("rt", "rt-segsleft", c.arg, U32);
        d.invSegs = c.invert;
        break;
      case 2:
        d.len = parseUint("rt", "rt-len", c.arg, 0, U32);
        d.hasLen = true;
        d.invLen = c.invert;
        break;
      case 3:
        d.res = true;
        break;
    }
  },
  print(d) {
    let s = " rt";
    if (d.hasType) s += ` type:${d.invType ? "!" : ""}${d.type}`;
    s += printRange("segsleft", d.segs[0], d.segs[1], U32, d.invSegs);
    if (d.hasLen) s += ` length:${d.invLen ? "!" : ""}${d.len}`;
    if (d.res) s += " reserved";
    return s;
  },
  save(d) {
    let s = "";
    if (d.hasType) s += `${d.invType ? " !" : ""} --rt-type ${d.type}`;
    s += saveRange("rt-segsleft", d.segs[0], d.segs[1], U32, d.invSegs);
    if (d.hasLen) s += `${d.invLen ? " !" : ""} --rt-len ${d.len}`;
    if (d.res) s += " --rt-0-res";
    return s;
  },
};

const MH_TYPES: [string, number][] = [
  ["binding-refresh-request", 0], ["brr", 0], ["home-test-init", 1], ["hoti", 1], ["careof-test-init", 2], ["coti", 2],
  ["home-test", 3], ["hot", 3], ["careof-test", 4], ["cot", 4], ["binding-update", 5], ["bu", 5],
  ["binding-acknowledgement", 6], ["ba", 6], ["binding-error", 7], ["be", 7],
];

function mhType(s: string): number {
  const n = strtoul(s, 0, 255);
  if (n !== undefined) return n;
  const t = MH_TYPES.find(([name]) => name === s);
  if (!t) paramError(`Invalid MH type \`${s}'\n`);
  return t[1];
}

export const MH: XtExtension<Ip6tMh> = {
  kind: "match",
  name: "mh",
  family: 6,
  revision: 0,
  x6: true,
  options: [{ name: "mh-type", hasArg: true, id: 0, invert: true }],
  init: () => ({ min: 0, max: 0xff, invert: false }),
  parse(c) {
    const [a, b] = c.arg.split(":");
    c.data.min = a === "" ? 0 : mhType(a!);
    c.data.max = b === undefined ? c.data.min : b === "" ? 0xff : mhType(b);
    c.data.invert = c.invert;
  },
  print(d) {
    if (d.min === 0 && d.max === 0xff && !d.invert) return " mh";
    return ` mh ${d.invert ? "!" : ""}${d.min === d.max ? d.min : `${d.min}:${d.max}`}`;
  },
  save(d) {
    if (d.min === 0 && d.max === 0xff && !d.invert) return "";
    return `${d.invert ? " !" : ""} --mh-type ${d.min === d.max ? d.min : `${d.min}:${d.max}`}`;
  },
};

// ---------------------------------------------------------------- dst, hbh

function optsMatch(name: "dst" | "hbh"): XtExtension<Ip6tOpts> {
  return {
    kind: "match",
    name,
    family: 6,
    revision: 0,
    x6: true,
    options: [
      { name: `${name}-len`, hasArg: true, id: 0, invert: true },
      { name: `${name}-opts`, hasArg: true, id: 1 },
    ],
    init: () => ({ len: 0, hasLen: false, invLen: false, opts: [] }),
    parse(c) {
      const d = c.data;
      if (c.opt.id === 0) {
        d.len = parseUint(name, `${name}-len`, c.arg, 0, U32);
        d.hasLen = true;
        d.invLen = c.invert;
        return;
      }
      const items = c.arg.split(",");
      if (items.length > 16) paramError("too many ports specified");
      d.opts = items.map((it) => {
        const [t, l] = it.split(":");
        const type = strtoul(t!, 0, 255);
        if (type === undefined) paramError(`${name}: Bad type value "${t}"`);
        if (l === undefined) return [type];
        const len = strtoul(l, 0, 255);
        if (len === undefined) paramError(`${name}: Bad length value "${l}"`);
        return [type, len];
      });
    },
    print(d) {
      let s = ` ${name}`;
      if (d.hasLen) s += ` length:${d.invLen ? "!" : ""}${d.len}`;
      if (d.opts.length) s += ` opts ${d.opts.map((o) => o.join(":")).join(",")}`;
      return s;
    },
    save(d) {
      let s = "";
      if (d.hasLen) s += `${d.invLen ? " !" : ""} --${name}-len ${d.len}`;
      if (d.opts.length) s += ` --${name}-opts ${d.opts.map((o) => o.join(":")).join(",")}`;
      return s;
    },
  };
}

export const DST = optsMatch("dst");
export const HBH = optsMatch("hbh");

// ---------------------------------------------------------------- ipv6header, eui64

/** Header names and their bits in ip6t_ipv6header_info.matchflags. */
const HEADERS: [string, number, string[]][] = [
  ["hop-by-hop", 0x80, ["hop", "0"]],
  ["ipv6-opts", 0x40, ["dst", "60"]],
  ["ipv6-route", 0x20, ["route", "43"]],
  ["ipv6-frag", 0x10, ["frag", "44"]],
  ["ah", 0x08, ["auth", "51"]],
  ["esp", 0x04, ["50"]],
  ["ipv6-nonxt", 0x02, ["none", "59"]],
  ["protocol", 0x01, ["prot", "255"]],
];

export const IPV6HEADER: XtExtension<Ip6tHeader> = {
  kind: "match",
  name: "ipv6header",
  family: 6,
  revision: 0,
  x6: true,
  options: [
    { name: "header", hasArg: true, id: 0, mand: true, invert: true },
    { name: "soft", hasArg: false, id: 1 },
  ],
  init: () => ({ flags: 0, invert: false, soft: false }),
  parse(c) {
    if (c.opt.id === 1) {
      c.data.soft = true;
      return;
    }
    for (const w of c.arg.split(",")) {
      const h = HEADERS.find(([n, , al]) => n === w || al.includes(w));
      if (!h) paramError(`ip6t_ipv6header: cannot parse header \`${w}'`);
      c.data.flags |= h[1];
    }
    c.data.invert = c.invert;
  },
  // print_header(): without -n each header by its /etc/protocols name, highest bit first
  print: (d, _ip, numeric) => {
    const names = () => HEADERS.filter(([, b]) => d.flags & b).map(([n, , al]) => getprotobynumber(Number(al[al.length - 1])) ?? n).join(",");
    const flags = d.flags || d.invert ? ` flags:${d.invert ? "!" : ""}${numeric ? `0x${d.flags.toString(16).padStart(2, "0")}` : names()}` : "";
    return ` ipv6header${flags}${d.soft ? " soft" : ""}`;
  },
  save(d) {
    const names = HEADERS.filter(([, b]) => d.flags & b).map(([n]) => n);
    return `${d.invert ? " !" : ""} --header ${names.join(",")}${d.soft ? " --soft" : ""}`;
  },
};

export const EUI64: XtExtension<Ip6tEui64> = {
  kind: "match",
  name: "eui64",
  family: 6,
  revision: 0,
  x6: true,
  options: [],
  init: () => ({}),
  parse() {},
  print: () => "",
  save: () => "",
};

// ---------------------------------------------------------------- srh

const SRH_NUM = ["next-hdr", "hdr-len-eq", "hdr-len-gt", "hdr-len-lt", "segs-left-eq", "segs-left-gt", "segs-left-lt", "last-entry-eq", "last-entry-gt", "last-entry-lt", "tag"];
const SRH_SID = ["psid", "nsid", "lsid"];

export const SRH: XtExtension<Ip6tSrh> = {
  kind: "match",
  name: "srh",
  family: 6,
  revision: 1,
  x6: true,
  options: [...SRH_NUM, ...SRH_SID].map((n, id) => ({ name: `srh-${n}`, hasArg: true, id, invert: true })),
  init: () => ({ vals: [], sids: [], flags: 0, invflags: 0 }),
  parse(c) {
    const d = c.data;
    const id = c.opt.id;
    d.flags |= 1 << id;
    if (c.invert) d.invflags |= 1 << id;
    if (id < SRH_NUM.length) {
      d.vals[id] = parseUint("srh", c.opt.name, c.arg, 0, id === 10 ? 65535 : 255);
      return;
    }
    const [a, l] = c.arg.split("/");
    const addr = parseIp6(a!);
    if (addr === undefined) paramError(`srh: bad value for option "--${c.opt.name}"\n`);
    const len = l === undefined ? 128 : strtoul(l, 0, 128);
    if (len === undefined) paramError(`srh: bad value for option "--${c.opt.name}"\n`);
    d.sids[id - SRH_NUM.length] = { addr, len };
  },
  print(d) {
    let s = " srh";
    for (let id = 0; id < SRH_NUM.length + SRH_SID.length; id++) {
      if (!(d.flags & (1 << id))) continue;
      const inv = d.invflags & (1 << id) ? "!" : "";
      if (id < SRH_NUM.length) s += ` ${SRH_NUM[id]}:${inv}${d.vals[id]}`;
      else {
        const sid = d.sids[id - SRH_NUM.length]!;
        s += ` ${SRH_SID[id - SRH_NUM.length]} ${inv} ${formatIp6(sid.addr)}/${sid.len}`;
      }
    }
    return s;
  },
  save(d) {
    let s = "";
    for (let id = 0; id < SRH_NUM.length + SRH_SID.length; id++) {
      if (!(d.flags & (1 << id))) continue;
      const inv = d.invflags & (1 << id) ? " !" : "";
      if (id < SRH_NUM.length) s += `${inv} --srh-${SRH_NUM[id]} ${d.vals[id]}`;
      else {
        const sid = d.sids[id - SRH_NUM.length]!;
        s += `${inv} --srh-${SRH_SID[id - SRH_NUM.length]} ${formatIp6(sid.addr)}/${sid.len}`;
      }
    }
    return s;
  },
};

// ---------------------------------------------------------------- SNPT, DNPT

function nptTarget(name: "SNPT" | "DNPT"): XtExtension<Ip6tNpt> {
  const pfx = (c: { opt: { name: string }; arg: string }): { a: bigint; len: number } => {
    const [as, ls] = c.arg.split("/");
    const a = parseIp6(as!);
    const len = ls === undefined ? 128 : strtoul(ls, 0, 128);
    if (a === undefined || len === undefined) paramError(`${name}: bad value for option "--${c.opt.name}"\n`);
    return { a, len };
  };
  return {
    kind: "target",
    name,
    family: 6,
    revision: 0,
    x6: true,
    options: [
      { name: "src-pfx", hasArg: true, id: 0, mand: true },
      { name: "dst-pfx", hasArg: true, id: 1, mand: true },
    ],
    init: () => ({ src: 0n, srcLen: 0, dst: 0n, dstLen: 0 }),
    parse(c) {
      const p = pfx(c);
      if (c.opt.id === 0) {
        c.data.src = p.a;
        c.data.srcLen = p.len;
      } else {
        c.data.dst = p.a;
        c.data.dstLen = p.len;
      }
    },
    print: (d) => ` ${name} src-pfx ${formatIp6(d.src)}/${d.srcLen} dst-pfx ${formatIp6(d.dst)}/${d.dstLen}`,
    save: (d) => ` --src-pfx ${formatIp6(d.src)}/${d.srcLen} --dst-pfx ${formatIp6(d.dst)}/${d.dstLen}`,
  };
}

export const SNPT = nptTarget("SNPT");
export const DNPT = nptTarget("DNPT");
