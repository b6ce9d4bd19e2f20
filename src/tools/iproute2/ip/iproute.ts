// ip/iproute.c for IPv4: `ip route add|change|replace|prepend|append|del|
// show|list|flush|get` with iproute_modify()'s grammar and defaults (proto
// boot, scope link for gateway-less unicast, table local for local/broadcast
// routes), the dump filters (table, root/match/exact prefixes, proto, scope,
// type, via, src, dev, metric) and print_route(), which leaves out what the
// filter already pins (`ip route show dev X` prints no "dev").

import { AF_INET, AF_UNSPEC } from "../../../uapi/if_addr.js";
import {
  RT_SCOPE_HOST,
  RT_SCOPE_LINK,
  RT_SCOPE_NOWHERE,
  RT_SCOPE_UNIVERSE,
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
  RTCF_BROADCAST,
  RTCF_DIRECTDST,
  RTCF_DIRECTSRC,
  RTCF_DNAT,
  RTCF_DOREDIRECT,
  RTCF_FAST,
  RTCF_LOCAL,
  RTCF_MASQ,
  RTCF_MULTICAST,
  RTCF_NOTIFY,
  RTCF_REDIRECTED,
  RTCF_REJECT,
  RTCF_SNAT,
  RTCF_TPROXY,
  RTM_F_CLONED,
  RTM_F_OFFLOAD,
  RTM_F_OFFLOAD_FAILED,
  RTM_F_TRAP,
  RTNH_F_TRAP,
  RTM_F_FIB_MATCH,
  RTM_F_NOTIFY,
  RTN_ANYCAST,
  RTN_BROADCAST,
  RTN_LOCAL,
  RTN_MULTICAST,
  RTN_NAT,
  RTN_UNICAST,
  RTN_UNSPEC,
  RTNH_F_DEAD,
  RTNH_F_LINKDOWN,
  RTNH_F_OFFLOAD,
  RTNH_F_ONLINK,
  RTNH_F_PERVASIVE,
  RTNH_F_UNRESOLVED,
  RTPROT_BOOT,
  type RtMsg,
  type RtaMetrics,
} from "../../../uapi/route.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";
import {
  fmt4,
  getAddr,
  getPrefix,
  inetTalk,
  inetTalkNoent,
  protoA2n,
  protocolArg,
  protoN2a,
  rtntypeA2n,
  rtntypeN2a,
  scopeA2n,
  scopeN2a,
  settleStderr,
  tableA2n,
  tableN2a,
  type InetPrefix,
} from "../lib/inet.js";
import { duparg2, getUnsigned, incompleteCommand, invarg, flushDoneMessage, IpExit, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import { ipvrfGetTable, nameIsVrf } from "../lib/vrf.js";
import { fnheGenidBump } from "../../../kernel/ipv4/route_fnhe.js";
import { getPrefix6, iproute6Flush, iproute6List, printRoutes6, type Prefix6, type Route6Filter } from "./iproute6.js";
import { iprouteGet6, iprouteModify6, routeWantsInet6 } from "./iproute6_modify.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";
import { inetProtoA2n } from "./iprule.js";
import { parseNexthops, printRtaFlow, printRtaMultipath, printRtaVia6 } from "./iproute_nexthops.js";
import { getAddr6 } from "../lib/inet.js";
import { printRouteNhInfo } from "./ipnexthop.js";
import { iprouteRestore, iprouteShowdump, ROUTE_DUMP_MAGIC, saveRoutes } from "./iproute_dump.js";
import { saveMessages, savePrep } from "../lib/rtnl_dump.js";

const NLM_F_APPEND = 0x800;

// `ip route help` as the Debian 12 binary prints it (its text has the newer encap/flavor/neigh options).
const USAGE =
  "Usage: ip route { list | flush } SELECTOR\n       ip route save SELECTOR\n       ip route restore\n       ip route showdump\n       ip route get [ ROUTE_GET_FLAGS ] ADDRESS\n                            [ from ADDRESS iif STRING ]\n                            [ oif STRING ] [ tos TOS ]\n                            [ mark NUMBER ] [ vrf NAME ]\n                            [ uid NUMBER ] [ ipproto PROTOCOL ]\n                            [ sport NUMBER ] [ dport NUMBER ]\n       ip route { add | del | change | append | replace } ROUTE\nSELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]\n            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]\n            [ type TYPE ] [ scope SCOPE ]\nROUTE := NODE_SPEC [ INFO_SPEC ]\nNODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]\n             [ table TABLE_ID ] [ proto RTPROTO ]\n             [ scope SCOPE ] [ metric METRIC ]\n             [ ttl-propagate { enabled | disabled } ]\nINFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...\nNH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]\n      [ dev STRING ] [ weight NUMBER ] NHFLAGS\nFAMILY := [ inet | inet6 | mpls | bridge | link ]\nOPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]\n           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]\n           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]\n           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]\n           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]\n           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]\n           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]\nTYPE := { unicast | local | broadcast | multicast | throw |\n          unreachable | prohibit | blackhole | nat }\nTABLE_ID := [ local | main | default | all | NUMBER ]\nSCOPE := [ host | link | global | NUMBER ]\nNHFLAGS := [ onlink | pervasive ]\nRTPROTO := [ kernel | boot | static | NUMBER ]\nPREF := [ low | medium | high ]\nTIME := NUMBER[s|ms]\nBOOL := [1|0]\nFEATURES := ecn\nENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]\nENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]\nSEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]\nSEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]\nSEG6LOCAL := action ACTION [ OPTIONS ] [ count ]\nACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |\n            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |\n            End.BM | End.S | End.AS | End.AM | End.BPF }\nOPTIONS := OPTION [ OPTIONS ]\nOPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |\n            table TABLEID | vrftable TABLEID | endpoint PROGNAME }\nFLAVORS := { FLAVOR[,FLAVOR] }\nFLAVOR := { psp | usp | usd | next-csid }\nIOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE\nXFRMINFO := if_id IF_ID [ link_dev LINK ]\nROUTE_GET_FLAGS := [ fibmatch ]\n";

export function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** rtnl_dsfield_a2n(): a TOS byte (hex) or one of the rt_dsfield names. */
export function dsfieldA2n(s: string): number | undefined {
  const names: Record<string, number> = { default: 0, lowdelay: 0x10, throughput: 0x08, reliability: 0x04, lowcost: 0x02 };
  if (s in names) return names[s];
  if (!/^(0[xX])?[0-9a-fA-F]+$/.test(s)) return undefined;
  const n = parseInt(s, 16);
  return n > 255 ? undefined : n;
}

// ---------------------------------------------------------------- modify

/** iproute_modify(), for do_iproute (an async level, as it always was). */
async function iprouteModify(ctx: IpCtx, cmd: "RTM_NEWROUTE" | "RTM_DELROUTE", flags: number, argv: string[]): Promise<number> {
  return iprouteModifyNow(ctx, cmd, flags, argv);
}

/** The request and flags of do_iproute's modifying commands. */
function iprouteModifyArgs(a: string): ["RTM_NEWROUTE" | "RTM_DELROUTE", number] | undefined {
  if (matches(a, "add")) return ["RTM_NEWROUTE", NLM_F_CREATE | NLM_F_EXCL];
  if (matches(a, "change") || a === "chg") return ["RTM_NEWROUTE", NLM_F_REPLACE];
  if (matches(a, "replace")) return ["RTM_NEWROUTE", NLM_F_CREATE | NLM_F_REPLACE];
  if (matches(a, "prepend")) return ["RTM_NEWROUTE", NLM_F_CREATE];
  if (matches(a, "append")) return ["RTM_NEWROUTE", NLM_F_CREATE | NLM_F_APPEND];
  if (matches(a, "test")) return ["RTM_NEWROUTE", NLM_F_EXCL];
  if (matches(a, "delete")) return ["RTM_DELROUTE", 0];
  return undefined;
}

/** `ip route add|change|…|delete` run without awaiting (ip.ts runAlone); undefined for other commands. */
export function iprouteModifyAlone(ctx: IpCtx, a: string, rest: string[]): number | undefined {
  const m = iprouteModifyArgs(a);
  if (!m) return undefined;
  return routeWantsInet6(ctx, rest) ? iprouteModify6(ctx, m[0], m[1], rest) : iprouteModifyNow(ctx, m[0], m[1], rest);
}

/** A table id the way iproute.c stores it: rtm_table when it fits in a byte, else RTA_TABLE with rtm_table 0. */
function setTable(m: RtMsg, t: number): void {
  if (t < 256) m.rtm_table = t;
  else {
    m.rtm_table = 0;
    m.RTA_TABLE = t;
  }
}

function iprouteModifyNow(ctx: IpCtx, cmd: "RTM_NEWROUTE" | "RTM_DELROUTE", flags: number, argv: string[]): number {
  let family = ctx.family === "inet" ? AF_INET : AF_UNSPEC;
  const m: RtMsg = {
    rtm_family: family,
    rtm_dst_len: 0,
    rtm_src_len: 0,
    rtm_tos: 0,
    rtm_table: RT_TABLE_MAIN,
    rtm_protocol: 0,
    rtm_scope: RT_SCOPE_NOWHERE,
    rtm_type: RTN_UNSPEC,
    rtm_flags: 0,
  };
  if (cmd !== "RTM_DELROUTE") {
    m.rtm_protocol = RTPROT_BOOT;
    m.rtm_scope = RT_SCOPE_UNIVERSE;
    m.rtm_type = RTN_UNICAST;
  }
  let gwOk = false;
  let dstOk = false;
  let scopeOk = false;
  let tableOk = false;
  let dev: string | undefined;
  let nhflags = 0;
  let nexthops: string[] | undefined;
  const metrics: RtaMetrics = { lock: 0, vals: [] };
  const fam = () => (family === AF_INET ? "inet" : "unspec") as "inet" | "unspec";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "src") {
      m.RTA_PREFSRC = getAddr(ctx, next(), fam());
      if (family === AF_UNSPEC) family = AF_INET;
    } else if (a === "via") {
      if (gwOk) invarg(ctx, "use nexthop syntax to specify multiple via\n", a);
      gwOk = true;
      let v = next();
      if (v === "inet") v = next();
      else if (v === "inet6" && family === AF_INET) {
        // Another family than the route's: RTA_VIA (routeWantsInet6 sent IPv6-first routes elsewhere).
        m.RTA_VIA6 = getAddr6(ctx, next());
        continue;
      }
      m.RTA_GATEWAY = getAddr(ctx, v, fam());
      if (family === AF_UNSPEC) family = AF_INET;
    } else if (a === "tos" || matches(a, "dsfield")) {
      const v = next();
      const t = dsfieldA2n(v);
      if (t === undefined) invarg(ctx, '"tos" value is invalid\n', v);
      m.rtm_tos = t;
    } else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      m.RTA_PRIORITY = n;
    } else if (a === "scope") {
      const v = next();
      const s = scopeA2n(v);
      if (s === undefined) invarg(ctx, 'invalid "scope" value\n', v);
      m.rtm_scope = s;
      scopeOk = true;
    } else if (matches(a, "onlink")) nhflags |= RTNH_F_ONLINK;
    else if (matches(a, "protocol")) m.rtm_protocol = protocolArg(ctx, next());
    else if (matches(a, "table")) {
      const v = next();
      const t = tableA2n(v);
      if (t === undefined) invarg(ctx, '"table" value is invalid\n', v);
      setTable(m, t);
      tableOk = true;
    } else if (matches(a, "vrf")) {
      const v = next();
      const t = ipvrfGetTable(ctx, v);
      if (t === 0) invarg(ctx, "Invalid VRF\n", v);
      setTable(m, t);
      tableOk = true;
    } else if (a === "dev" || a === "oif") dev = next();
    else if (metricArg(ctx, a, next, metrics)) continue;
    else if (timeMetricArg(ctx, a, next, metrics)) continue;
    else if (matches(a, "realms")) {
      const v = next();
      const r = getRtRealms(v);
      if (r === undefined) invarg(ctx, '"realm" value is invalid\n', v);
      m.RTA_FLOW = r;
    } else if (a === "expires" || a === "pref" || a === "weight") {
      next();
    } else if (a === "nexthop") {
      nexthops = argv.slice(i);
      break;
    } else if (a === "nhid") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined || n > 0xffffffff) invarg(ctx, '"id" value is invalid\n', v);
      m.RTA_NH_ID = n;
    } else {
      let v = a;
      if (v === "to") v = next();
      if ((v[0]! < "0" || v[0]! > "9") && rtntypeA2n(v) !== undefined && !/^\d/.test(v)) {
        m.rtm_type = rtntypeA2n(v)!;
        v = next();
      }
      if (matches(v, "help")) usage(ctx);
      if (dstOk) duparg2(ctx, "to", v);
      const dst: InetPrefix = getPrefix(ctx, v, fam());
      if (family === AF_UNSPEC && dst.family === "inet") family = AF_INET;
      m.rtm_dst_len = dst.bitlen;
      dstOk = true;
      if (!dst.isDefault) m.RTA_DST = dst.addr;
    }
  }
  if (!dstOk) usage(ctx);
  if (dev !== undefined) {
    const idx = llNameToIndex(ctx, dev);
    if (!idx) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
    m.RTA_OIF = idx;
  }
  if (nexthops) {
    const mp = parseNexthops(ctx, nexthops, getRtRealms);
    if (mp.length) m.RTA_MULTIPATH = mp;
  }
  if (!scopeOk) {
    const t = m.rtm_type;
    if (t === RTN_LOCAL || t === RTN_NAT) m.rtm_scope = RT_SCOPE_HOST;
    else if (t === RTN_BROADCAST || t === RTN_MULTICAST || t === RTN_ANYCAST) m.rtm_scope = RT_SCOPE_LINK;
    else if (t === RTN_UNICAST || t === RTN_UNSPEC) {
      if (cmd === "RTM_DELROUTE") m.rtm_scope = RT_SCOPE_NOWHERE;
      else if (!gwOk && !nexthops && m.RTA_NH_ID === undefined) m.rtm_scope = RT_SCOPE_LINK;
    }
  }
  if (!tableOk) {
    const t = m.rtm_type;
    if (t === RTN_LOCAL || t === RTN_BROADCAST || t === RTN_NAT || t === RTN_ANYCAST) m.rtm_table = RT_TABLE_LOCAL;
  }
  if (family === AF_UNSPEC) family = AF_INET;
  m.rtm_family = family;
  m.rtm_flags |= nhflags;
  if (m.RTA_TABLE === undefined) m.RTA_TABLE = m.rtm_table;
  if (metrics.vals.length || metrics.lock || metrics.cc !== undefined) {
    metrics.vals.sort((x, y) => x[0] - y[0]);
    m.RTA_METRICS = metrics;
  }
  return inetTalk(ctx, { type: cmd, nlmsg_flags: flags, msg: m }) ? 0 : 2;
}

// ---------------------------------------------------------------- list / flush

export interface RouteFilter {
  tb: number;
  cloned: boolean;
  protocol: number;
  protocolmask: number;
  scope: number;
  scopemask: number;
  typemask: number;
  oif: number;
  oifmask: number;
  metric: number;
  metricmask: number;
  rdst?: InetPrefix;
  mdst?: InetPrefix;
  rvia?: InetPrefix;
  rprefsrc?: InetPrefix;
  /** root/match prefixes of an `ip -6 route` listing (get_prefix for AF_INET6). */
  rdst6?: Prefix6;
  mdst6?: Prefix6;
  rvia6?: Prefix6;
  /** An IPv6 address selector in an AF_UNSPEC listing: no IPv4 route can match. */
  only6?: boolean;
}

/**
 * get_prefix(AF_UNSPEC) for a root/match/exact selector: an IPv6 prefix
 * selects IPv6 routes only (filter_nlmsg compares families), "default" both
 * families' default routes, an IPv4 prefix IPv4 routes only.
 */
function unspecDstSelector(ctx: IpCtx, f: RouteFilter, kind: "root" | "match" | "exact", v: string): void {
  if (ctx.family === "unspec" && v.includes(":")) {
    const p = getPrefix6(ctx, v);
    if (kind !== "match") f.rdst6 = p;
    if (kind !== "root") f.mdst6 = p;
    f.only6 = true;
    return;
  }
  const p = getPrefix(ctx, v, "unspec");
  if (kind !== "match") f.rdst = p;
  if (kind !== "root") f.mdst = p;
  if (p.isDefault) {
    const d6 = { addr: 0n, len: 0 };
    if (kind !== "match") f.rdst6 = d6;
    if (kind !== "root") f.mdst6 = d6;
  }
}

export function newFilter(): RouteFilter {
  return { tb: RT_TABLE_MAIN, cloned: false, protocol: 0, protocolmask: 0, scope: 0, scopemask: 0, typemask: 0, oif: 0, oifmask: 0, metric: 0, metricmask: 0 };
}

function prefixMatch(a: number, b: number, bits: number): boolean {
  if (bits <= 0) return true;
  const m = bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
  return ((a ^ b) & m) >>> 0 === 0;
}

/** The selectors the IPv6 printer (iproute6.ts) applies. */
function route6Filter(f: RouteFilter): Route6Filter {
  return {
    tb: f.tb,
    oif: f.oifmask === -1 ? f.oif : 0,
    typemask: f.typemask,
    protocol: f.protocol,
    protocolmask: f.protocolmask,
    scope: f.scope,
    scopemask: f.scopemask,
    metric: f.metric,
    metricmask: f.metricmask,
    addressFilter: !!((f.rdst && !f.rdst.isDefault) || (f.mdst && !f.mdst.isDefault) || f.rvia || f.rprefsrc),
    rdst: f.rdst6,
    mdst: f.mdst6,
    rvia: f.rvia6,
    cloned: f.cloned,
  };
}

/** filter_nlmsg() for IPv4 routes. */
function routeMatches(f: RouteFilter, r: RtMsg): boolean {
  const table = r.RTA_TABLE ?? r.rtm_table;
  if (f.tb && table !== f.tb) return false;
  if (!f.cloned && r.rtm_flags & RTM_F_CLONED) return false;
  if ((f.protocol ^ r.rtm_protocol) & f.protocolmask) return false;
  if ((f.scope ^ r.rtm_scope) & f.scopemask) return false;
  if (f.typemask && !(f.typemask & (1 << r.rtm_type))) return false;
  const dst = r.RTA_DST ?? 0;
  if (f.rdst && !f.rdst.isDefault) {
    if (f.rdst.bitlen > r.rtm_dst_len) return false;
    if (!prefixMatch(dst, f.rdst.addr, f.rdst.bitlen)) return false;
  } else if (f.rdst?.isDefault && f.mdst === f.rdst && r.rtm_dst_len !== 0) return false;
  if (f.mdst?.isDefault && r.rtm_dst_len !== 0) return false;
  if (f.mdst && !f.mdst.isDefault) {
    if (f.mdst.bitlen < r.rtm_dst_len) return false;
    if (!prefixMatch(dst, f.mdst.addr, r.rtm_dst_len)) return false;
  }
  if (f.rvia && (r.RTA_GATEWAY === undefined || !prefixMatch(r.RTA_GATEWAY, f.rvia.addr, f.rvia.bitlen))) return false;
  if (f.rprefsrc && (r.RTA_PREFSRC === undefined || !prefixMatch(r.RTA_PREFSRC, f.rprefsrc.addr, f.rprefsrc.bitlen))) return false;
  if (f.oif && r.RTA_OIF !== f.oif) return false;
  if (f.metricmask && (r.RTA_PRIORITY ?? 0) !== f.metric) return false;
  return true;
}

const CACHE_FLAGS: Array<[number, string]> = [
  [RTCF_LOCAL, "local"],
  [RTCF_REJECT, "reject"],
  [RTCF_MULTICAST, "mc"],
  [RTCF_BROADCAST, "brd"],
  [RTCF_DNAT, "dst-nat"],
  [RTCF_SNAT, "src-nat"],
  [RTCF_MASQ, "masq"],
  [RTCF_DIRECTDST, "dst-direct"],
  [RTCF_DIRECTSRC, "src-direct"],
  [RTCF_REDIRECTED, "redirected"],
  [RTCF_DOREDIRECT, "redirect"],
  [RTCF_FAST, "fastroute"],
  [RTCF_NOTIFY, "notify"],
  [RTCF_TPROXY, "proxy"],
];

/** print_rt_flags() */
export function printRtFlags(ctx: IpCtx, fl: number): void {
  const out = ctx.out;
  out.openArray("JSON", "flags");
  if (fl & RTNH_F_DEAD) out.string("ANY", null, "%s ", "dead");
  if (fl & RTNH_F_ONLINK) out.string("ANY", null, "%s ", "onlink");
  if (fl & RTNH_F_PERVASIVE) out.string("ANY", null, "%s ", "pervasive");
  if (fl & RTNH_F_OFFLOAD) out.string("ANY", null, "%s ", "offload");
  if (fl & RTNH_F_TRAP) out.string("ANY", null, "%s ", "trap");
  if (fl & RTM_F_NOTIFY) out.string("ANY", null, "%s ", "notify");
  if (fl & RTNH_F_LINKDOWN) out.string("ANY", null, "%s ", "linkdown");
  if (fl & RTNH_F_UNRESOLVED) out.string("ANY", null, "%s ", "unresolved");
  // A route get's flags carry the RTCF_* bits above 0xffff,
  // so a multicast route (RTCF_MULTICAST) reads as RTM_F_OFFLOAD_FAILED.
  if (fl & RTM_F_OFFLOAD) out.string("ANY", null, "%s ", "rt_offload");
  if (fl & RTM_F_TRAP) out.string("ANY", null, "%s ", "rt_trap");
  if (fl & RTM_F_OFFLOAD_FAILED) out.string("ANY", null, "%s ", "rt_offload_failed");
  out.closeArray("JSON", "");
}

/** print_route() */
export function printRoute(ctx: IpCtx, r: RtMsg, f: RouteFilter): void {
  const out = ctx.out;
  out.openObject(null);
  const table = r.RTA_TABLE ?? r.rtm_table;
  if (r.rtm_type !== RTN_UNICAST || ctx.details > 0) {
    if (!f.typemask || f.typemask & (1 << r.rtm_type)) out.string("ANY", "type", "%s ", rtntypeN2a(r.rtm_type));
  }
  if (r.RTA_DST !== undefined) {
    if (r.rtm_dst_len !== 32) out.cstring("ANY", "inet", "dst", "%s ", `${fmt4(r.RTA_DST)}/${r.rtm_dst_len}`);
    else out.cstring("ANY", "inet", "dst", "%s ", fmt4(r.RTA_DST));
  } else if (r.rtm_dst_len) out.string("ANY", "dst", "%s ", `0/${r.rtm_dst_len}`);
  else out.string("ANY", "dst", "%s ", "default");
  if (r.RTA_NH_ID !== undefined) out.uint("ANY", "nhid", "nhid %u ", r.RTA_NH_ID);
  if (r.RTA_SRC !== undefined) {
    out.cstring("ANY", "inet", "from", "from %s ", r.rtm_src_len !== 32 ? `${fmt4(r.RTA_SRC)}/${r.rtm_src_len}` : fmt4(r.RTA_SRC));
  } else if (r.rtm_src_len) out.string("ANY", "src", "from %s ", `0/${r.rtm_src_len}`);
  if (r.rtm_tos) out.string("ANY", "tos", "tos %s ", `0x${r.rtm_tos.toString(16).padStart(2, "0")}`);
  if (r.RTA_GATEWAY !== undefined && f.rvia?.bitlen !== 32) {
    out.string("FP", null, "via ", null);
    out.cstring("ANY", "inet", "gateway", "%s ", fmt4(r.RTA_GATEWAY));
  }
  if (r.RTA_VIA6 !== undefined) printRtaVia6(out, r.RTA_VIA6);
  if (r.RTA_OIF !== undefined && f.oifmask !== -1) {
    out.string("FP", null, "dev ", null);
    out.cstring("ANY", "ifname", "dev", "%s ", llIndexToName(ctx, r.RTA_OIF));
  }
  if (table && (table !== RT_TABLE_MAIN || ctx.details > 0) && !f.tb) out.string("ANY", "table", "table %s ", tableN2a(table));
  if (!(r.rtm_flags & RTM_F_CLONED)) {
    if ((r.rtm_protocol !== RTPROT_BOOT || ctx.details > 0) && f.protocolmask !== -1) out.string("ANY", "protocol", "proto %s ", protoN2a(r.rtm_protocol));
    if ((r.rtm_scope !== RT_SCOPE_UNIVERSE || ctx.details > 0) && f.scopemask !== -1) out.string("ANY", "scope", "scope %s ", scopeN2a(r.rtm_scope));
  }
  if (r.RTA_PREFSRC !== undefined && f.rprefsrc?.bitlen !== 32) {
    out.string("FP", null, "src ", null);
    out.cstring("ANY", "inet", "prefsrc", "%s ", fmt4(r.RTA_PREFSRC));
  }
  if (r.RTA_PRIORITY !== undefined && f.metricmask !== -1) out.uint("ANY", "metric", "metric %u ", r.RTA_PRIORITY);
  printRtFlags(ctx, r.rtm_flags);
  if (r.RTA_MARK) {
    // print_route(): small marks in decimal, from 16 on in hex.
    if (out.isJson || r.RTA_MARK < 16) out.uint("ANY", "mark", "mark %u ", r.RTA_MARK);
    else out.string("FP", null, "mark %s ", `0x${r.RTA_MARK.toString(16)}`);
  }
  if (r.RTA_FLOW) printRtaFlow(out, r.RTA_FLOW);
  if (r.RTA_UID !== undefined) out.uint("ANY", "uid", "uid %u ", r.RTA_UID);
  if (r.rtm_flags & RTM_F_CLONED) {
    let flags = (r.rtm_flags & ~0xffff) >>> 0;
    if (out.isJson) {
      out.openArray("JSON", "cache");
      for (const [bit, name] of CACHE_FLAGS) if (flags & bit) out.string("JSON", null, null, name);
      out.closeArray("JSON", "");
    } else {
      out.raw(`${out.sl}    cache `);
      if (flags) {
        const names: string[] = [];
        for (const [bit, name] of CACHE_FLAGS) {
          if (flags & bit) {
            flags = (flags & ~bit) >>> 0;
            names.push(name);
          }
        }
        out.raw(`<${names.join(",")}> `);
      }
    }
    // print_rta_cacheinfo(): the remaining lifetime in seconds (USER_HZ 100).
    const ci = r.RTA_CACHEINFO;
    if (ci && ci.rta_expires) out.int("ANY", "expires", "expires %dsec ", Math.trunc(ci.rta_expires / 100));
  }
  if (r.RTA_METRICS) printRtaMetrics(ctx, r.RTA_METRICS);
  if (r.RTA_IIF !== undefined) out.string("ANY", "iif", "iif %s ", llIndexToName(ctx, r.RTA_IIF));
  if (r.RTA_NH_ID !== undefined && ctx.details > 0) printRouteNhInfo(ctx, r.RTA_NH_ID);
  if (r.RTA_MULTIPATH) printRtaMultipath(ctx, r.RTA_MULTIPATH, (fl) => printRtFlags(ctx, fl));
  out.string("FP", null, "\n", null);
  out.closeObject();
}

/**
 * iproute_flush(): dump, queue every match for deletion, delete, and dump
 * again until a dump finds nothing. -s reports each round and the end
 * ("Nothing to flush." when the first dump was empty); -s -s also prints
 * each route as it is queued. The time limit (30 s) never binds here.
 */
async function iprouteFlush(ctx: IpCtx, f: RouteFilter): Promise<number> {
  const out = ctx.out;
  if (f.cloned) {
    // iproute_flush_cache() writes /proc/sys/net/ipv4/route/flush (ipv4_sysctl_rtcache_flush).
    fnheGenidBump(ctx.task.netns);
    if (ctx.stats) out.raw("*** IPv4 routing cache is flushed.\n");
    await out.flush();
    return 0;
  }
  for (let round = 0; round < 1000; ) {
    const r = inetTalk(ctx, { type: "RTM_GETROUTE", dump: true, rtm_family: AF_INET, RTA_TABLE: f.tb || undefined });
    if (!r || r.type !== "routes") {
      await out.flush();
      ctx.err("Flush terminated\n");
      return 2;
    }
    const list = r.routes.filter((x) => routeMatches(f, x));
    if (!list.length) {
      if (ctx.stats) out.raw(flushDoneMessage(round));
      await out.flush();
      return 0;
    }
    if (ctx.stats >= 2) for (const rt of list) printRoute(ctx, rt, f);
    round++;
    for (const rt of list) inetTalk(ctx, { type: "RTM_DELROUTE", nlmsg_flags: 0, msg: rt });
    if (ctx.stats) out.raw(`\n*** Round ${round}, deleting ${list.length} entries ***\n`);
  }
  await out.flush();
  return 1;
}

async function iprouteListFlush(ctx: IpCtx, argv: string[], flush: boolean, save = false): Promise<number> {
  // save_route_prep() comes first: the magic is out even when an argument is then refused.
  if (save && !(await savePrep(ctx, ROUTE_DUMP_MAGIC))) return 1;
  const f = newFilter();
  let family = ctx.family === "inet" ? AF_INET : AF_UNSPEC;
  let od: string | undefined;
  if (flush && argv.length === 0) {
    ctx.err('"ip route flush" requires arguments.\n');
    return 1;
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "table")) {
      const v = next();
      const t = tableA2n(v);
      if (t === undefined) {
        if (v === "all") f.tb = 0;
        else if (v === "cache") f.cloned = true;
        else if (v === "help") usage(ctx);
        else invarg(ctx, "table id value is invalid\n", v);
      } else f.tb = t;
    } else if (matches(a, "vrf")) {
      const v = next();
      const t = ipvrfGetTable(ctx, v);
      if (t === 0) invarg(ctx, "Invalid VRF\n", v);
      f.tb = t;
      f.typemask = ~((1 << RTN_LOCAL) | (1 << RTN_BROADCAST));
    } else if (matches(a, "cached") || matches(a, "cloned")) f.cloned = true;
    else if (a === "tos" || matches(a, "dsfield")) next();
    else if (matches(a, "protocol")) {
      const v = next();
      f.protocolmask = -1;
      let p = protoA2n(v);
      if (p === undefined) {
        if (v !== "all") invarg(ctx, 'invalid "protocol"\n', v);
        p = 0;
        f.protocolmask = 0;
      }
      f.protocol = p;
    } else if (matches(a, "scope")) {
      const v = next();
      f.scopemask = -1;
      let s = scopeA2n(v);
      if (s === undefined) {
        if (v !== "all") invarg(ctx, 'invalid "scope"\n', v);
        s = RT_SCOPE_NOWHERE;
        f.scopemask = 0;
      }
      f.scope = s;
    } else if (matches(a, "type")) {
      const v = next();
      const t = rtntypeA2n(v);
      if (t === undefined) invarg(ctx, "node type value is invalid\n", v);
      f.typemask = 1 << t;
    } else if (a === "dev" || a === "oif") od = next();
    else if (a === "iif" || a === "mark" || matches(a, "realms")) next();
    else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      f.metric = n;
      f.metricmask = -1;
    } else if (a === "via") {
      let v = next();
      if (v === "inet" || v === "inet6") v = next();
      // get_prefix(do_ipv6): an unspec listing takes either family's address.
      if (ctx.family === "inet6" || (ctx.family === "unspec" && v.includes(":"))) {
        f.rvia6 = getPrefix6(ctx, v);
        f.only6 = ctx.family === "unspec";
      } else f.rvia = getPrefix(ctx, v, family === AF_INET ? "inet" : "unspec");
    } else if (a === "src") f.rprefsrc = getPrefix(ctx, next(), family === AF_INET ? "inet" : "unspec");
    else if (matches(a, "from")) next();
    else {
      let v = a;
      if (matches(v, "to")) v = next();
      if (ctx.family === "inet6") {
        if (matches(v, "root")) f.rdst6 = getPrefix6(ctx, next());
        else if (matches(v, "match")) f.mdst6 = getPrefix6(ctx, next());
        else {
          if (matches(v, "exact")) v = next();
          else if (matches(v, "help")) usage(ctx);
          f.mdst6 = getPrefix6(ctx, v);
          f.rdst6 = f.mdst6;
        }
      } else {
        let kind: "root" | "match" | "exact" = "exact";
        if (matches(v, "root")) [kind, v] = ["root", next()];
        else if (matches(v, "match")) [kind, v] = ["match", next()];
        else if (matches(v, "exact")) v = next();
        else if (matches(v, "help")) usage(ctx);
        unspecDstSelector(ctx, f, kind, v);
      }
    }
  }
  if (family === AF_UNSPEC && f.tb) family = AF_INET;
  if (od !== undefined) {
    const idx = llNameToIndex(ctx, od);
    if (!idx) {
      ctx.err(`Cannot find device "${od}"\n`);
      return 1;
    }
    f.oif = idx;
    f.oifmask = -1;
  }
  // IPv6 routes come from the IPv6 model's printer (iproute6.ts); a save carries IPv4 routes only.
  if (save && ctx.family === "inet6") return 0;
  if (ctx.family === "inet6") return flush ? iproute6Flush(ctx, route6Filter(f)) : iproute6List(ctx, route6Filter(f));
  if (flush) return iprouteFlush(ctx, f);
  const req = f.cloned
    ? ({ type: "RTM_GETROUTE", dump: true, rtm_family: AF_INET, rtm_flags: RTM_F_CLONED } as const)
    : ({ type: "RTM_GETROUTE", dump: true, rtm_family: AF_INET, RTA_TABLE: f.tb || undefined } as const);
  // save_route_errhndlr(): a listing of main says nothing when the table does not exist yet.
  const got = f.tb === RT_TABLE_MAIN ? inetTalkNoent(ctx, req) : inetTalk(ctx, req);
  const r = got === "ENOENT" ? ({ type: "routes", routes: [] } as const) : got;
  if (!r || r.type !== "routes") {
    ctx.err("Dump terminated\n");
    return 2;
  }
  if (save) {
    const kept = f.only6 ? [] : r.routes.filter((rt) => routeMatches(f, rt));
    await saveMessages(ctx, saveRoutes(ctx, kept, !!f.tb || !!f.oif));
    return 0;
  }
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  if (!f.only6) for (const rt of r.routes) if (routeMatches(f, rt)) printRoute(ctx, rt, f);
  // An AF_UNSPEC dump of every table also carries the IPv6 routes, after IPv4's,
  // through the same filter_nlmsg() selectors.
  if (ctx.family === "unspec" && !f.tb) printRoutes6(ctx, route6Filter(f));
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

// ---------------------------------------------------------------- get

/** The flow selectors `ip route get` and `ip -6 route get` share: fibmatch, sport/dport, ipproto (false: not one of them). */
export function getFlowArg(
  ctx: IpCtx,
  a: string,
  next: () => string,
  m: Pick<RtMsg, "rtm_flags" | "RTA_SPORT" | "RTA_DPORT" | "RTA_IP_PROTO">,
): boolean {
  if (matches(a, "fibmatch")) m.rtm_flags |= RTM_F_FIB_MATCH;
  else if (a === "sport" || a === "dport") {
    const v = next();
    const n = getUnsigned(v);
    if (n === undefined || n > 0xffff) invarg(ctx, `invalid ${a}\n`, v);
    m[a === "sport" ? "RTA_SPORT" : "RTA_DPORT"] = n;
  } else if (matches(a, "ipproto")) {
    const v = next();
    const p = inetProtoA2n(v);
    if (p === undefined) invarg(ctx, 'Invalid "ipproto" value\n', v);
    m.RTA_IP_PROTO = p;
  } else return false;
  return true;
}

async function iprouteGet(ctx: IpCtx, argv: string[]): Promise<number> {
  let family = ctx.family === "inet" ? AF_INET : AF_UNSPEC;
  const m: RtMsg = {
    rtm_family: family,
    rtm_dst_len: 0,
    rtm_src_len: 0,
    rtm_tos: 0,
    rtm_table: 0,
    rtm_protocol: 0,
    rtm_scope: 0,
    rtm_type: 0,
    rtm_flags: 0,
  };
  let found = false;
  let connected = false;
  let fromOk = false;
  let odev: string | undefined;
  let idev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    const fam = () => (family === AF_INET ? "inet" : "unspec") as "inet" | "unspec";
    if (a === "tos" || matches(a, "dsfield")) {
      const v = next();
      const t = dsfieldA2n(v);
      if (t === undefined) invarg(ctx, "TOS value is invalid\n", v);
      m.rtm_tos = t;
    } else if (matches(a, "from")) {
      const v = next();
      if (matches(v, "help")) usage(ctx);
      const p = getPrefix(ctx, v, fam());
      if (family === AF_UNSPEC) family = AF_INET;
      if (!p.isDefault) m.RTA_SRC = p.addr;
      m.rtm_src_len = p.bitlen;
      fromOk = true;
    } else if (matches(a, "iif")) idev = next();
    else if (matches(a, "mark")) {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, "invalid mark value", v);
      m.RTA_MARK = n;
    } else if (matches(a, "oif") || a === "dev") odev = next();
    else if (matches(a, "notify")) m.rtm_flags |= RTM_F_NOTIFY;
    else if (matches(a, "connected")) connected = true;
    else if (getFlowArg(ctx, a, next, m)) continue;
    else if (matches(a, "uid")) {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, "invalid UID\n", v);
      m.RTA_UID = n;
    } else if (matches(a, "vrf")) {
      const v = next();
      if (!nameIsVrf(ctx, v)) invarg(ctx, "Invalid VRF\n", v);
    } else if (a === "as") next();
    else {
      let v = a;
      if (v === "to") v = next();
      if (matches(v, "help")) usage(ctx);
      const p = getPrefix(ctx, v, fam());
      if (family === AF_UNSPEC) family = AF_INET;
      if (!p.isDefault) m.RTA_DST = p.addr;
      if (p.bitlen !== 32) {
        ctx.err(`Warning: /${p.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
      }
      m.rtm_dst_len = 32;
      found = true;
    }
  }
  if (!found) {
    ctx.err("need at least a destination address\n");
    return 1;
  }
  for (const [d, key] of [
    [idev, "RTA_IIF"],
    [odev, "RTA_OIF"],
  ] as const) {
    if (d === undefined) continue;
    const idx = llNameToIndex(ctx, d);
    if (!idx) {
      ctx.err(`Cannot find device "${d}"\n`);
      return 1;
    }
    m[key] = idx;
  }
  m.rtm_family = AF_INET;
  let r = inetTalk(ctx, { type: "RTM_GETROUTE", dump: false, msg: m });
  if (!r || r.type !== "routes") return 2;
  await settleStderr();
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  const f = newFilter();
  f.tb = 0;
  if (connected && !fromOk) {
    // iproute2 prints the answer, checks it names a source (preferred or
    // given), then sends its original request again (its edits go to the
    // answer, not the request) and prints that answer too: the same route twice.
    for (const rt of r.routes) printRoute(ctx, rt, f);
    const first = r.routes[0];
    if (first && first.RTA_PREFSRC === undefined && first.RTA_SRC === undefined) {
      out.deleteJsonObj();
      await out.flush();
      ctx.err("Failed to connect the route\n");
      return 255;
    }
    out.deleteJsonObj();
    r = inetTalk(ctx, { type: "RTM_GETROUTE", dump: false, msg: m });
    if (!r || r.type !== "routes") {
      await out.flush();
      return 2;
    }
    out.newJsonObj(ctx.json, ctx.pretty);
  }
  for (const rt of r.routes) printRoute(ctx, rt, f);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

const RTAX_RTT = 4;
const RTAX_RTTVAR = 5;
const RTAX_SSTHRESH = 6;
const RTAX_FEATURES = 12;
const RTAX_RTO_MIN = 13;
const RTAX_QUICKACK = 15;
const RTAX_CC_ALGO = 16;
const RTAX_FASTOPEN_NO_COOKIE = 17;
const RTAX_FEATURE_ECN = 1;

/** printf's %g: six significant digits, no trailing zeros, exponent form from 1e6 on. */
function fmtG(x: number): string {
  if (x >= 1e6) {
    const [m, e] = x.toExponential(5).split("e");
    const exp = Number(e);
    return `${m!.replace(/\.?0+$/, "")}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return x.toPrecision(6).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

/** get_rt_realms_or_raw(): "TO", "FROM/TO" (numbers; 0-65535), or a raw 32-bit number. */
function getRtRealms(arg: string): number | undefined {
  const num = (s: string) => (/^(0[xX][0-9a-fA-F]+|\d+)$/.test(s) ? Number(s) : undefined);
  const slash = arg.indexOf("/");
  if (slash < 0) {
    const n = num(arg);
    return n !== undefined && n <= 0xffffffff ? n >>> 0 : undefined;
  }
  const from = num(arg.slice(0, slash));
  const to = num(arg.slice(slash + 1));
  if (from === undefined || to === undefined || from > 0xffff || to > 0xffff) return undefined;
  return ((from << 16) | to) >>> 0;
}

/** A metric given twice: the kernel keeps the last. */
function setMetric(mx: RtaMetrics, rtax: number, val: number): void {
  const i = mx.vals.findIndex((x) => x[0] === rtax);
  if (i >= 0) mx.vals.splice(i, 1);
  mx.vals.push([rtax, val]);
}

/** get_time_rtt(): a number (raw), or with s/sec/secs (x1000) or ms/msec/msecs; fractions round up. */
function getTimeRtt(arg: string): { val: number; raw: boolean } | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+|0[xX][0-9a-fA-F]+)(.*)$/.exec(arg);
  if (!m) return undefined;
  let t = m[1]!.includes(".") ? Number.parseFloat(m[1]!) : Number(m[1]!);
  const unit = m[2]!.toLowerCase();
  let raw = true;
  if (unit) {
    raw = false;
    if (unit === "s" || unit === "sec" || unit === "secs") t *= 1000;
    else if (unit !== "ms" && unit !== "msec" && unit !== "msecs") return undefined;
  }
  let val = Math.trunc(t) >>> 0;
  if (val < t) val += 1;
  return { val, raw };
}

/** rtt/rttvar/rto_min TIME, quickack/fastopen_no_cookie BOOL, features ecn, congctl [lock] NAME (both families); false for other words. */
export function timeMetricArg(ctx: IpCtx, a: string, next: () => string, metrics: RtaMetrics): boolean {
  if (a === "rtt" || a === "rttvar" || a === "rto_min") {
    // TIME: "N" is raw, "Ns"/"Nms" converted (rtt in 1/8 ms, rttvar in 1/4 ms); rto_min is always locked.
    const rtax = a === "rtt" ? RTAX_RTT : a === "rttvar" ? RTAX_RTTVAR : RTAX_RTO_MIN;
    let v = next();
    if (v === "lock" || a === "rto_min") {
      metrics.lock |= 1 << rtax;
      if (v === "lock") v = next();
    }
    const t = getTimeRtt(v);
    if (t === undefined) invarg(ctx, `"${a}" value is invalid\n`, v);
    const scale = t.raw || rtax === RTAX_RTO_MIN ? 1 : rtax === RTAX_RTT ? 8 : 4;
    setMetric(metrics, rtax, (t.val * scale) >>> 0);
  } else if (a === "quickack" || a === "fastopen_no_cookie") {
    const v = next();
    const n = getUnsigned(v);
    if (n !== 0 && n !== 1) invarg(ctx, `"${a}" value should be 0 or 1\n`, v);
    setMetric(metrics, a === "quickack" ? RTAX_QUICKACK : RTAX_FASTOPEN_NO_COOKIE, n);
  } else if (a === "features") {
    const v = next();
    if (v !== "ecn") invarg(ctx, '"features" value not valid\n', v);
    setMetric(metrics, RTAX_FEATURES, RTAX_FEATURE_ECN);
  } else if (a === "congctl") {
    let v = next();
    if (v === "lock") {
      metrics.lock |= 1 << RTAX_CC_ALGO;
      v = next();
    }
    metrics.cc = v;
  } else return false;
  return true;
}

/** mtu/hoplimit/advmss/... [lock] N: one RTAX_* in RTA_METRICS, "lock" sets its RTAX_LOCK bit; false for other words. */
export function metricArg(ctx: IpCtx, a: string, next: () => string, metrics: RtaMetrics): boolean {
  const m = metricAttr(a);
  if (!m) return false;
  const [rtax, what] = m;
  let v = next();
  if (v === "lock") {
    metrics.lock |= 1 << rtax;
    v = next();
  }
  const n = getUnsigned(v);
  if (n === undefined || (rtax === 10 && n > 255)) invarg(ctx, `"${what}" value is invalid\n`, v);
  setMetric(metrics, rtax, n);
  return true;
}

/** The RTAX_* a word of `ip route add` sets (the plain-number ones), with the name its error uses. */
function metricAttr(word: string): [number, string] | undefined {
  if (word === "mtu") return [2, "mtu"];
  if (word === "hoplimit") return [10, "hoplimit"];
  if (word === "advmss") return [8, "mss"];
  if (word === "ssthresh") return [RTAX_SSTHRESH, "ssthresh"];
  if (matches(word, "reordering")) return [9, "reordering"];
  if (matches(word, "window")) return [3, "window"];
  if (matches(word, "cwnd")) return [7, "cwnd"];
  if (matches(word, "initcwnd")) return [11, "initcwnd"];
  if (matches(word, "initrwnd")) return [14, "initrwnd"];
  return undefined;
}

const RTAX_NAMES: Record<number, string> = {
  2: "mtu", 3: "window", 4: "rtt", 5: "rttvar", 6: "ssthresh", 7: "cwnd", 8: "advmss", 9: "reordering",
  10: "hoplimit", 11: "initcwnd", 12: "features", 13: "rto_min", 14: "initrwnd", 15: "quickack",
  16: "congctl", 17: "fastopen_no_cookie",
};

/** print_rta_metrics(): "NAME [lock ]VALUE " in RTAX order; in JSON one object in a "metrics" array. */
export function printRtaMetrics(ctx: IpCtx, mx: RtaMetrics): void {
  const out = ctx.out;
  out.openArray("JSON", "metrics");
  out.openObject(null);
  const vals = new Map(mx.vals);
  for (let i = 2; i <= 17; i++) {
    if (i === RTAX_CC_ALGO ? mx.cc === undefined : !vals.has(i) && !(mx.lock & (1 << i))) continue;
    let val = vals.get(i) ?? 0;
    const name = RTAX_NAMES[i] ?? `metric ${i}`;
    if (!out.isJson) out.raw(`${RTAX_NAMES[i] ? name : `metric ${i}`} ${mx.lock & (1 << i) ? "lock " : ""}`);
    if (i === RTAX_FEATURES) {
      // print_rtax_features()
      if (val & RTAX_FEATURE_ECN) out.null("ANY", "ecn", "ecn ");
      if (val & ~RTAX_FEATURE_ECN) out.string("ANY", "features", "%s ", `0x${val.toString(16)}`);
    } else if (i === RTAX_RTT || i === RTAX_RTTVAR || i === RTAX_RTO_MIN) {
      if (i === RTAX_RTT) val = Math.floor(val / 8);
      else if (i === RTAX_RTTVAR) val = Math.floor(val / 4);
      if (out.isJson) out.uint("JSON", name, "", val);
      else out.raw(val >= 1000 ? `${fmtG(val / 1e3)}s ` : `${val}ms `);
    } else if (i === RTAX_CC_ALGO) out.string("ANY", "congestion", "%s ", mx.cc!);
    else out.uint("ANY", name, "%u ", val);
  }
  out.closeObject();
  out.closeArray("JSON", "");
}

/** do_iproute() */
export async function doIproute(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return iprouteListFlush(ctx, [], false);
  const a = argv[0]!;
  const rest = argv.slice(1);
  const m = iprouteModifyArgs(a);
  if (routeWantsInet6(ctx, rest)) {
    if (m) return iprouteModify6(ctx, m[0], m[1], rest);
    if (matches(a, "get")) return iprouteGet6(ctx, rest);
  }
  if (m) return iprouteModify(ctx, m[0], m[1], rest);
  if (matches(a, "list") || matches(a, "show")) return iprouteListFlush(ctx, rest, false);
  if (matches(a, "get")) return iprouteGet(ctx, rest);
  if (matches(a, "flush")) return iprouteListFlush(ctx, rest, true);
  if (matches(a, "save")) return iprouteListFlush(ctx, rest, false, true);
  if (matches(a, "restore")) return iprouteRestore(ctx);
  if (matches(a, "showdump")) return iprouteShowdump(ctx);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip route help".\n`);
  throw new IpExit(255);
}

registerIpObject("route", doIproute, iprouteModifyAlone);
