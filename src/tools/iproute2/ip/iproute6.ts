// The IPv6 half of `ip route show` (ip/iproute.c print_route for AF_INET6):
// the routes addrconf installs, from the AF_INET6 RTM_GETROUTE dump of the
// IPv6 model (kernel/ipv6/addrconf_rtnl.ts). Lines differ from IPv4 ones in
// the address format, in always carrying "metric N", and in ending with
// "pref medium" (RTA_PREF) with no trailing blank. iproute.ts calls this for
// `ip -6 route [show|list]` and, after the IPv4 routes, for `ip route show
// table all` (an AF_UNSPEC dump covers both families).

import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import type { Rt6Msg } from "../../../uapi/in6.js";
import { RT_TABLE_MAIN, RTM_F_CLONED, RTN_UNICAST, RTPROT_BOOT } from "../../../uapi/route.js";
import { formatIp6, ip6FromBytes } from "../../../wire/addr.js";
import { protoN2a, rtntypeN2a, scopeN2a, tableN2a } from "../lib/inet.js";
import { flushDoneMessage, IpExit, llIndexToName } from "../lib/utils.js";
import { parsePrefix6 } from "./ipaddress6.js";
import { printRtaMultipath } from "./iproute_nexthops.js";
import { printRtaMetrics, printRtFlags } from "./iproute.js";
import { printRouteNhInfo } from "./ipnexthop.js";
import type { IpCtx } from "./iplink.js";

export interface Route6Filter {
  /** 0 = all tables (then "table X" is printed for tables other than main). */
  tb: number;
  /** Only routes through this device (and then "dev" is not printed). */
  oif: number;
  /** filter_nlmsg()'s other selectors, as iproute.ts parsed them (masks 0 = any). */
  typemask?: number;
  protocol?: number;
  protocolmask?: number;
  scope?: number;
  scopemask?: number;
  metric?: number;
  metricmask?: number;
  /** An address selector (to/root/match/via/src) was given: only IPv4 routes can match it here. */
  addressFilter?: boolean;
  /** `cache`/`cloned`: the exceptions (an RTM_F_CLONED dump) instead of the routes. */
  cloned?: boolean;
  /** IPv6 root/match prefixes (`ip -6 route show PREFIX` sets both: that exact prefix). */
  rdst?: Prefix6;
  mdst?: Prefix6;
  /** `via` an IPv6 prefix. */
  rvia?: Prefix6;
}

/** An inet_prefix of family AF_INET6; "default" has length 0. */
export interface Prefix6 {
  addr: bigint;
  len: number;
}

/** get_prefix() for AF_INET6, with its error. */
export function getPrefix6(ctx: IpCtx, arg: string): Prefix6 {
  if (arg === "default") return { addr: 0n, len: 0 };
  const p = parsePrefix6(arg);
  if (!p) {
    ctx.err(`Error: inet6 prefix is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  return p;
}

/** inet_addr_match() over the first `bits` bits. */
export function prefix6Match(a: bigint, b: bigint, bits: number): boolean {
  if (bits <= 0) return true;
  const shift = BigInt(128 - Math.min(bits, 128));
  return a >> shift === b >> shift;
}

function matches6(f: Route6Filter, r: Rt6Msg): boolean {
  if (f.rdst || f.mdst) {
    const dst = r.RTA_DST ? ip6FromBytes(r.RTA_DST) : 0n;
    if (f.rdst && (f.rdst.len > r.rtm_dst_len || !prefix6Match(dst, f.rdst.addr, f.rdst.len))) return false;
    if (f.mdst && (f.mdst.len < r.rtm_dst_len || !prefix6Match(dst, f.mdst.addr, r.rtm_dst_len))) return false;
  } else if (f.addressFilter) return false;
  if (f.rvia && (!r.RTA_GATEWAY || !prefix6Match(ip6FromBytes(r.RTA_GATEWAY), f.rvia.addr, f.rvia.len))) return false;
  if (f.typemask && !(f.typemask & (1 << r.rtm_type))) return false;
  if (((f.protocol ?? 0) ^ r.rtm_protocol) & (f.protocolmask ?? 0)) return false;
  if (((f.scope ?? 0) ^ r.rtm_scope) & (f.scopemask ?? 0)) return false;
  if (f.metricmask && r.RTA_PRIORITY !== f.metric) return false;
  return true;
}

const PREF = ["medium", "high", "", "low"];

export function printRoute6(ctx: IpCtx, r: Rt6Msg, f: Route6Filter): void {
  const out = ctx.out;
  out.openObject(null);
  if ((r.rtm_type !== RTN_UNICAST || ctx.details > 0) && (!f.typemask || f.typemask & (1 << r.rtm_type))) {
    out.string("ANY", "type", "%s ", rtntypeN2a(r.rtm_type));
  }
  if (r.RTA_DST) {
    const a = formatIp6(ip6FromBytes(r.RTA_DST));
    out.string("ANY", "dst", "%s ", r.rtm_dst_len !== 128 ? `${a}/${r.rtm_dst_len}` : a);
  } else out.string("ANY", "dst", "%s ", r.rtm_dst_len ? `::/${r.rtm_dst_len}` : "default");
  if (r.RTA_NH_ID !== undefined) out.uint("ANY", "nhid", "nhid %u ", r.RTA_NH_ID);
  // print_route(): what a selector pinned to one value is not repeated.
  if (r.RTA_GATEWAY && f.rvia?.len !== 128) out.string("ANY", "gateway", "via %s ", formatIp6(ip6FromBytes(r.RTA_GATEWAY)));
  if (!f.oif && !r.RTA_MULTIPATH) out.string("ANY", "dev", "dev %s ", llIndexToName(ctx, r.RTA_OIF));
  if ((r.RTA_TABLE !== RT_TABLE_MAIN || ctx.details > 0) && !f.tb) out.string("ANY", "table", "table %s ", tableN2a(r.RTA_TABLE));
  if (!(r.rtm_flags & RTM_F_CLONED)) {
    if ((r.rtm_protocol !== RTPROT_BOOT || ctx.details > 0) && f.protocolmask !== -1) out.string("ANY", "protocol", "proto %s ", protoN2a(r.rtm_protocol));
    if ((r.rtm_scope !== 0 || ctx.details > 0) && f.scopemask !== -1) out.string("ANY", "scope", "scope %s ", scopeN2a(r.rtm_scope));
  }
  if (r.RTA_PREFSRC) out.string("ANY", "prefsrc", "src %s ", formatIp6(ip6FromBytes(r.RTA_PREFSRC)));
  if (f.metricmask !== -1) out.uint("ANY", "metric", "metric %u ", r.RTA_PRIORITY);
  printRtFlags(ctx, r.rtm_flags);
  printRt6CacheMetrics(ctx, r);
  out.string("ANY", "pref", "pref %s", PREF[r.RTA_PREF] ?? String(r.RTA_PREF));
  if (r.RTA_NH_ID !== undefined && ctx.details > 0) printRouteNhInfo(ctx, r.RTA_NH_ID);
  if (r.RTA_MULTIPATH) {
    printRtaMultipath(
      ctx,
      r.RTA_MULTIPATH.map((nh) => ({ rtnh_flags: nh.rtnh_flags, rtnh_hops: nh.rtnh_hops, rtnh_ifindex: nh.rtnh_ifindex, RTA_GATEWAY6: nh.RTA_GATEWAY ? ip6FromBytes(nh.RTA_GATEWAY) : undefined })),
      (fl) => printRtFlags(ctx, fl),
    );
  }
  out.string("FP", null, "\n", null);
  out.closeObject();
}

/** print_rta_cacheinfo() (an AF_INET6 route's "expires Nsec") and print_rta_metrics()'s mtu. */
export function printRt6CacheMetrics(ctx: IpCtx, r: Rt6Msg): void {
  const out = ctx.out;
  if (r.RTA_EXPIRES) out.int("ANY", "expires", "expires %dsec ", Math.trunc(r.RTA_EXPIRES / 100));
  if (r.RTA_METRICS) printRtaMetrics(ctx, r.RTA_METRICS);
  else if (r.RTA_MTU !== undefined) {
    out.openArray("JSON", "metrics");
    out.openObject(null);
    if (!out.isJson) out.raw("mtu ");
    out.uint("ANY", "mtu", "%u ", r.RTA_MTU);
    out.closeObject();
    out.closeArray("JSON", "");
  }
}

/** The dumped IPv6 routes that `f` selects (table, device and filter_nlmsg's selectors). */
function selectRoutes6(ctx: IpCtx, f: Route6Filter): Rt6Msg[] {
  const r = inet6RtnlTalk(ctx.task, { type: "RTM_GETROUTE", rtm_family: 10, dump: true, ...(f.tb ? { RTA_TABLE: f.tb } : {}), ...(f.cloned ? { rtm_flags: RTM_F_CLONED } : {}) });
  if (r.type !== "routes6") return [];
  // filter_nlmsg(): `cache` shows only cloned routes, anything else only the others.
  return r.routes.filter((rt) => !!f.cloned === !!(rt.rtm_flags & RTM_F_CLONED) && !(f.oif && rt.RTA_OIF !== f.oif) && matches6(f, rt));
}

/** Prints the IPv6 routes matching `f` into the current output (inside an open JSON array, if any). */
export function printRoutes6(ctx: IpCtx, f: Route6Filter): void {
  for (const rt of selectRoutes6(ctx, f)) printRoute6(ctx, rt, f);
}

/**
 * iproute_flush() for AF_INET6: dump, send each selected route back as
 * RTM_DELROUTE (with its table, type, protocol, device, gateway and metric),
 * and dump again until nothing is selected; -s reports rounds as IPv4 does.
 */
export async function iproute6Flush(ctx: IpCtx, f: Route6Filter): Promise<number> {
  const out = ctx.out;
  for (let round = 0; round < 1000; ) {
    const list = selectRoutes6(ctx, f);
    if (!list.length) {
      if (ctx.stats) out.raw(flushDoneMessage(round));
      await out.flush();
      return 0;
    }
    if (ctx.stats >= 2) for (const rt of list) printRoute6(ctx, rt, f);
    round++;
    for (const rt of list) {
      try {
        inet6RtnlTalk(ctx.task, {
          type: "RTM_DELROUTE",
          rtm_family: 10,
          nlmsg_flags: 0,
          rtm_dst_len: rt.rtm_dst_len,
          rtm_table: rt.rtm_table,
          rtm_protocol: rt.rtm_protocol,
          rtm_type: rt.rtm_type,
          RTA_DST: rt.RTA_DST ?? new Uint8Array(16),
          RTA_GATEWAY: rt.RTA_GATEWAY,
          RTA_OIF: rt.RTA_OIF,
          RTA_PRIORITY: rt.RTA_PRIORITY,
          rtm_flags: rt.rtm_flags & RTM_F_CLONED,
        });
      } catch {
        // rtnl_send() does not read the answers: a failed deletion shows in the next round.
      }
    }
    if (ctx.stats) out.raw(`\n*** Round ${round}, deleting ${list.length} entries ***\n`);
  }
  await out.flush();
  return 1;
}

/** `ip -6 route [show|list] [table T] [dev D]`: the whole listing. */
export async function iproute6List(ctx: IpCtx, f: Route6Filter): Promise<number> {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  printRoutes6(ctx, f);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}
