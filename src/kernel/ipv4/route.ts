// Route resolution (net/ipv4/route.c): ip_route_output_key() for packets this
// host sends and ip_route_input() for packets it receives, each producing an
// Rtable (the dst): its type, output device, gateway, chosen source and the
// RTCF_* flags `ip route get` shows as `cache <local,brd>`. Decisions are
// cached per flow key while rt_genid and the sysctls stand still
// (route_cache.ts); `ip route flush cache` is accepted and changes nothing
// visible (a flushed cache answers the same). rp_filter is fib_validate_source().

import { KernelError, kerr } from "../../uapi/errno.js";
import { IPSTATS_OUTNOROUTES, netMib } from "../core/snmp.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import {
  RT_SCOPE_HOST,
  RT_SCOPE_LINK,
  RT_SCOPE_UNIVERSE,
  RTCF_BROADCAST,
  RTCF_DOREDIRECT,
  RTCF_LOCAL,
  RTCF_MULTICAST,
  RTN_BROADCAST,
  RTN_LOCAL,
  RTN_MULTICAST,
  RTN_UNICAST,
  RTN_UNREACHABLE,
} from "../../uapi/route.js";
import { devGetByIndex, devGetByName } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { inDevGet, ifaByLocal, inetAddrOnlink, inetSelectAddr } from "./devinet.js";
import { ipCheckMc } from "./igmp.js";
import { fibGetTable, fibLookup, fibTableLookup, type FibAlias } from "./fib.js";
import { devConf, devConfMax, devConfOr } from "./netns_ipv4.js";
import { fibRulesCustom } from "./fib_rules.js";
import { netCore } from "../core/net_namespace.js";
import { inCache, outCache, routeCacheEnabled, routeCacheStats } from "./route_cache.js";
import { rtBindException } from "./route_fnhe.js";
import { fibInfoNhUsesDev, fibSelectPath, nhSaddr } from "./fib_multipath.js";

export interface Rtable {
  ns: NetNamespace;
  /** RTN_* */
  type: number;
  /** RTCF_* */
  flags: number;
  /** Output device (lo for local delivery); for input routes, where it is forwarded. */
  dev: NetDevice;
  /** Next hop gateway, 0 when the destination is on link. */
  gw: number;
  /** rt_gw_family AF_INET6: the next hop's IPv6 address (RFC 5549). */
  gw6?: bigint;
  /** fl4.saddr after the lookup (the source this host would use). */
  src: number;
  /** rt_iif: for locally delivered output, the device owning the address. */
  iif: number;
  table: number;
  /** What happens to a received packet: delivered here, forwarded, or answered with an error. */
  input?: "local" | "forward" | "error";
  /** For input "error" routes: the errno ip_error() turns into ICMP. */
  error?: "EHOSTUNREACH" | "ENETUNREACH" | "EACCES" | "EINVAL";
  /** The FIB entry the route came from (for `ip route get fibmatch` and the trace). */
  fa?: FibAlias;
  /** rt_pmtu / rt_mtu_locked / dst.expires (jiffies) from a next-hop exception (route_fnhe.ts). */
  pmtu?: number;
  pmtuLocked?: boolean;
  expires?: number;
}

export interface Flow4 {
  daddr: number;
  saddr: number;
  oif: number;
  tos: number;
  /** skb->mark / SO_MARK: what `ip rule fwmark` matches. */
  mark?: number;
  /** Transport protocol and ports, for rules with ipproto/sport/dport. */
  proto?: number;
  sport?: number;
  dport?: number;
  /** flowi4_uid: the socket owner's uid (0 for root, and for the kernel's own packets), for `ip rule uidrange`. */
  uid?: number;
  /** FLOWI_FLAG_ANYSRC: the source need not be local (ip_route_me_harder). */
  anysrc?: boolean;
}

function loopbackDev(ns: NetNamespace): NetDevice {
  return devGetByName(ns, "lo") ?? [...netCore(ns).devices.values()].find((d) => d.flags & IFF_LOOPBACK)!;
}

export const isLoopback = (a: number): boolean => a >>> 24 === 127;
export const isMulticast = (a: number): boolean => a >>> 28 === 0xe;
export const isLbcast = (a: number): boolean => a === 0xffffffff;
export const isZeronet = (a: number): boolean => a >>> 24 === 0;
const isLocalMulticast = (a: number): boolean => (a & 0xffffff00) >>> 0 === 0xe0000000;

/** __ip_dev_find(): the device owning a local address (or a local route covering it). */
export function ipDevFind(ns: NetNamespace, addr: number): NetDevice | undefined {
  const dev = ifaByLocal(netCore(ns).devices.values(), addr)?.dev;
  if (dev) return dev;
  const t = fibGetTable(ns, 255);
  const r = t && fibTableLookup(t, { dst: addr, tos: 0, scope: RT_SCOPE_UNIVERSE, oif: 0 });
  return r && r.type === RTN_LOCAL ? r.fa.fi.nh.dev : undefined;
}

/**
 * Not cached: a route through a nexthop group, whose member is chosen per lookup with the
 * neighbours' states in view (nexthop_is_good_nh), which change without a generation.
 */
function readsNeighbours(rt: Rtable): boolean {
  return rt.fa?.fi.nhid !== undefined && rt.fa.fi.nhs !== undefined;
}

/** ip_route_output_key_hash(): throws ENETUNREACH, EHOSTUNREACH, EACCES, EINVAL, ENODEV. */
export function ipRouteOutput(ns: NetNamespace, fl: Flow4): Rtable {
  if (!routeCacheEnabled()) return ipRouteOutputSlow(ns, fl);
  const c = outCache<Rtable>(ns);
  const daddr = fl.daddr;
  const first = c.byDst.get(daddr);
  for (let e = first; e; e = e.next) {
    if (
      e.saddr === fl.saddr && e.oif === fl.oif && e.tos === fl.tos && e.mark === fl.mark && e.proto === fl.proto &&
      e.sport === fl.sport && e.dport === fl.dport && e.uid === fl.uid && e.anysrc === fl.anysrc
    ) {
      // A route carrying a next-hop exception (PMTU) is made afresh: the
      // exception expires with time, and binding it has effects (route_fnhe.ts).
      if (e.rt.expires !== undefined || e.rt.pmtu !== undefined) break;
      routeCacheStats.hits++;
      return e.rt;
    }
  }
  routeCacheStats.misses++;
  const rt = ipRouteOutputSlow(ns, fl);
  if (readsNeighbours(rt)) return rt;
  c.reserve();
  c.byDst.set(daddr, {
    saddr: fl.saddr, oif: fl.oif, tos: fl.tos, mark: fl.mark, proto: fl.proto, sport: fl.sport, dport: fl.dport, uid: fl.uid, anysrc: fl.anysrc,
    rt, next: c.size === 1 ? undefined : first,
  });
  return rt;
}

/**
 * ip_route_output_key_hash() itself: the FIB walked every time, and a route
 * object of the caller's own (ipv4_update_pmtu() changes the one it gets).
 */
export function ipRouteOutputSlow(ns: NetNamespace, fl: Flow4): Rtable {
  let { daddr, saddr } = fl;
  let oif = fl.oif;
  let flags = 0;
  let devOut: NetDevice | undefined;
  let type = RTN_UNICAST;
  let gw = 0;
  let gw6: bigint | undefined;
  let iif = 0;
  let fa: FibAlias | undefined;
  let table = 254;
  if (saddr) {
    if (isMulticast(saddr) || isLbcast(saddr) || isZeronet(saddr)) throw kerr("EINVAL");
    if (!oif && (isMulticast(daddr) || isLbcast(daddr))) {
      // A source that is not ours: ENETUNREACH (ip_route_output_key_hash_rcu sets it before these tests).
      devOut = ipDevFind(ns, saddr);
      if (!devOut) throw kerr("ENETUNREACH");
      oif = devOut.ifindex;
    } else if (!fl.anysrc && !ipDevFind(ns, saddr)) throw kerr("ENETUNREACH");
  }
  make: {
    if (devOut) break make;
    if (oif) {
      devOut = devGetByIndex(ns, oif);
      if (!devOut) throw kerr("ENODEV");
      if (!devOut.isUp || !inDevGet(devOut)) throw kerr("ENETUNREACH");
      if (isLocalMulticast(daddr) || isLbcast(daddr)) {
        if (!saddr) saddr = inetSelectAddr(devOut, 0, RT_SCOPE_LINK);
        break make;
      }
      if (!saddr) {
        if (isMulticast(daddr)) saddr = inetSelectAddr(devOut, 0, RT_SCOPE_UNIVERSE);
        else if (!daddr) saddr = inetSelectAddr(devOut, 0, RT_SCOPE_HOST);
      }
    }
    if (!daddr) {
      daddr = saddr || 0x7f000001;
      if (!saddr) saddr = daddr;
      devOut = loopbackDev(ns);
      type = RTN_LOCAL;
      flags |= RTCF_LOCAL;
      break make;
    }
    // The rules see the flow as given: iif is lo for locally generated packets.
    const r = fibLookup(ns, {
      dst: daddr,
      src: saddr,
      tos: fl.tos,
      scope: RT_SCOPE_UNIVERSE,
      oif,
      iif: loopbackDev(ns).ifindex,
      mark: fl.mark,
      proto: fl.proto,
      sport: fl.sport,
      dport: fl.dport,
      uid: fl.uid,
    });
    if (r.kind === "error") {
      if (oif && devOut) {
        // "Routing tables are wrong; assume the destination is on link."
        if (!saddr) saddr = inetSelectAddr(devOut, 0, RT_SCOPE_LINK);
        type = RTN_UNICAST;
        break make;
      }
      throw kerr(r.errno);
    }
    fa = r.res.fa;
    table = fa.table;
    type = r.res.type;
    // fib_select_path(): a multipath route's nexthop by the flow's hash.
    const nh = fa.fi.nhs ? fibSelectPath(ns, fa.fi, { saddr, daddr, proto: fl.proto, sport: fl.sport, dport: fl.dport }, oif, true) : fa.fi.nh;
    if (type === RTN_LOCAL) {
      if (!saddr) saddr = fa.fi.prefsrc || daddr;
      iif = nh.dev?.ifindex ?? 0;
      devOut = loopbackDev(ns);
      flags |= RTCF_LOCAL;
      break make;
    }
    devOut = nh.dev!;
    gw = nh.gw;
    gw6 = nh.gw6;
    // fib_result_prefsrc() -> fib_info_update_nhc_saddr(): the nexthop's gateway (not the destination)
    // picks among the device's addresses, within the route's own scope (fib_scope, not the nexthop's).
    if (!saddr) saddr = fa.fi.prefsrc || (fa.fi.nhs ? nhSaddr(fa.fi, nh) : inetSelectAddr(devOut, gw, fa.fi.scope));
  }
  // __mkroute_output(): a loopback source leaves only through lo, unless route_localnet (all or the device).
  if (isLoopback(saddr) && !(devOut.flags & IFF_LOOPBACK) && !devConfOr(devOut, "route_localnet")) throw kerr("EINVAL");
  if (isLbcast(daddr)) type = RTN_BROADCAST;
  else if (isMulticast(daddr)) type = RTN_MULTICAST;
  else if (isZeronet(daddr)) throw kerr("EINVAL");
  if (devOut.flags & IFF_LOOPBACK) flags |= RTCF_LOCAL;
  if (type === RTN_BROADCAST) {
    flags |= RTCF_BROADCAST | RTCF_LOCAL;
    gw = 0;
  } else if (type === RTN_MULTICAST) {
    flags |= RTCF_MULTICAST;
    gw = 0;
  }
  const rt: Rtable = { ns, type, flags, dev: devOut, gw, src: saddr, iif: iif || devOut.ifindex, table, input: undefined, error: undefined, fa };
  if (gw6 !== undefined && type === RTN_UNICAST) rt.gw6 = gw6;
  rtBindException(rt, daddr);
  return rt;
}

/**
 * fib_validate_source(): reverse-path check of a received packet's source.
 * "ok" = fine (0), "onlink" = fine and the route back has a host-scope next
 * hop, i.e. the sender is on a connected subnet (1, what __mkroute_input's
 * redirect test wants), "martian" = a local or invalid source, "rpf" = the
 * reverse path leaves by another device under rp_filter.
 */
function validateSource(ns: NetNamespace, src: number, dst: number, tos: number, oif: number, dev: NetDevice, mark: number): "ok" | "onlink" | "martian" | "rpf" {
  const rpf = devConfMax(dev, "rp_filter");
  const acceptLocal = devConfOr(dev, "accept_local");
  // The shortcut (is the source one of ours?) unless rp_filter is on or a
  // redirect may be due (a packet leaving by the device it came in on).
  if (!rpf && (dev.ifindex !== oif || !devConfOr(dev, "send_redirects"))) {
    if (acceptLocal) return "ok";
    // With policy rules the shortcut is too coarse: full check.
    if (!fibRulesCustom(ns)) {
      if (ipDevFind(ns, src)) return "martian";
      return "ok";
    }
  }
  // __fib_validate_source()
  const noAddr = !(inDevGet(dev)?.ifaList.length);
  const r = fibLookup(ns, {
    dst: src,
    src: dst,
    tos,
    scope: RT_SCOPE_UNIVERSE,
    oif: 0,
    iif: oif || loopbackDev(ns).ifindex,
    mark: devConfOr(dev, "src_valid_mark") ? mark : 0,
  });
  if (r.kind === "error") return rpf ? "rpf" : "ok";
  if (r.res.type !== RTN_UNICAST && (r.res.type !== RTN_LOCAL || !acceptLocal)) return "martian";
  const fi = r.res.fa.fi;
  if (fibInfoNhUsesDev(fi, dev)) return fi.nh.scope >= RT_SCOPE_HOST ? "onlink" : "ok";
  if (noAddr) return rpf ? "rpf" : "ok";
  if (rpf === 1) return "rpf";
  void dst;
  return "ok";
}

export type InputRoute = { kind: "ok"; rt: Rtable } | { kind: "drop"; reason: "IP_INADDRERRORS" | "IP_RPFILTER" | "IP_INHDR" | "NOT_SPECIFIED" };

/** The drop outcomes, one object each (callers only read them). */
const DROP_INADDRERRORS: InputRoute = { kind: "drop", reason: "IP_INADDRERRORS" };
const DROP_RPFILTER: InputRoute = { kind: "drop", reason: "IP_RPFILTER" };
const DROP_NOT_SPECIFIED: InputRoute = { kind: "drop", reason: "NOT_SPECIFIED" };

/** What ip_route_input_slow() reads from the skb beyond the addresses: the mark and, for port rules, the flow keys. */
export interface InputKeys {
  mark?: number;
  proto?: number;
  sport?: number;
  dport?: number;
}

const NO_KEYS: InputKeys = {};

/** The input route of a packet that arrived on `skbDev` from `saddr`. */
function inputRt(ns: NetNamespace, skbDev: NetDevice, saddr: number, type: number, input: Rtable["input"], dev: NetDevice, flags: number): Rtable {
  // Every Rtable has the same fields in the same order (one shape for the engine).
  return { ns, type, flags, dev, gw: 0, src: saddr, iif: skbDev.ifindex, table: 254, input, error: undefined, fa: undefined };
}

/** ip_route_input_slow()'s brd_input: a broadcast for this host, once the source checks out. */
function brdInput(ns: NetNamespace, skbDev: NetDevice, daddr: number, saddr: number, tos: number, mark: number): InputRoute {
  if (!isZeronet(saddr)) {
    const v = validateSource(ns, saddr, daddr, tos, 0, skbDev, mark);
    if (v === "martian") return DROP_INADDRERRORS;
    if (v === "rpf") return DROP_RPFILTER;
  }
  return { kind: "ok", rt: inputRt(ns, skbDev, saddr, RTN_BROADCAST, "local", loopbackDev(ns), RTCF_BROADCAST | RTCF_LOCAL) };
}

/** ip_route_input_noref(): the cached decision for this flow on `skbDev`, or ip_route_input_slow()'s. */
export function ipRouteInput(skbDev: NetDevice, daddr: number, saddr: number, tos: number, keys: InputKeys = NO_KEYS): InputRoute {
  // A multicast destination reads the device's group memberships (not under rt_genid).
  if (!routeCacheEnabled() || isMulticast(daddr)) return ipRouteInputSlow(skbDev, daddr, saddr, tos, keys);
  const c = inCache<InputRoute>(skbDev);
  const mark = keys.mark ?? 0;
  const first = c.byDst.get(daddr);
  for (let e = first; e; e = e.next) {
    if (e.saddr === saddr && e.tos === tos && e.mark === mark && e.proto === keys.proto && e.sport === keys.sport && e.dport === keys.dport) {
      routeCacheStats.hits++;
      return e.res;
    }
  }
  routeCacheStats.misses++;
  const res = ipRouteInputSlow(skbDev, daddr, saddr, tos, keys);
  if (res.kind === "ok" && readsNeighbours(res.rt)) return res;
  c.reserve();
  c.byDst.set(daddr, { saddr, tos, mark, proto: keys.proto, sport: keys.sport, dport: keys.dport, res, next: c.size === 1 ? undefined : first });
  return res;
}

/** ip_route_input_slow() */
function ipRouteInputSlow(skbDev: NetDevice, daddr: number, saddr: number, tos: number, keys: InputKeys): InputRoute {
  const mark = keys.mark ?? 0;
  const ns = skbDev.net;
  const inDev = inDevGet(skbDev);
  if (!inDev) return DROP_INADDRERRORS;
  if (isMulticast(saddr) || isLbcast(saddr)) return DROP_INADDRERRORS;
  if (isLbcast(daddr) || (saddr === 0 && daddr === 0)) return brdInput(ns, skbDev, daddr, saddr, tos, mark);
  if (isMulticast(daddr)) {
    // ip_check_mc_rcu(): only a group the device joined is ours (no multicast
    // routing in the model, so nothing else is accepted).
    if (!ipCheckMc(skbDev, daddr)) return DROP_NOT_SPECIFIED;
    return { kind: "ok", rt: inputRt(ns, skbDev, saddr, RTN_MULTICAST, "local", loopbackDev(ns), RTCF_MULTICAST | RTCF_LOCAL) };
  }
  if (isZeronet(saddr)) return DROP_INADDRERRORS;
  if (isZeronet(daddr)) return DROP_INADDRERRORS;
  const localnet = devConfOr(skbDev, "route_localnet");
  if (isLoopback(daddr) && !localnet) return DROP_INADDRERRORS;
  if (isLoopback(saddr) && !localnet) return DROP_INADDRERRORS;
  const forwarding = devConf(skbDev, "forwarding") !== 0;
  const r = fibLookup(ns, {
    dst: daddr,
    src: saddr,
    tos,
    scope: RT_SCOPE_UNIVERSE,
    oif: 0,
    iif: skbDev.ifindex,
    mark,
    proto: keys.proto,
    sport: keys.sport,
    dport: keys.dport,
  });
  if (r.kind === "error") {
    const rt = inputRt(ns, skbDev, saddr, RTN_UNREACHABLE, "error", loopbackDev(ns), 0);
    rt.error = forwarding ? r.errno : "EHOSTUNREACH";
    return { kind: "ok", rt };
  }
  const fa = r.res.fa;
  if (r.res.type === RTN_BROADCAST) return brdInput(ns, skbDev, daddr, saddr, tos, mark);
  if (r.res.type === RTN_LOCAL) {
    const v = validateSource(ns, saddr, daddr, tos, 0, skbDev, mark);
    if (v === "martian") return DROP_INADDRERRORS;
    if (v === "rpf") return DROP_RPFILTER;
    const rt = inputRt(ns, skbDev, saddr, RTN_LOCAL, "local", loopbackDev(ns), RTCF_LOCAL);
    rt.fa = fa;
    return { kind: "ok", rt };
  }
  if (!forwarding) {
    const rt = inputRt(ns, skbDev, saddr, RTN_UNREACHABLE, "error", loopbackDev(ns), 0);
    rt.error = "EHOSTUNREACH";
    return { kind: "ok", rt };
  }
  if (r.res.type !== RTN_UNICAST) return DROP_INADDRERRORS;
  // ip_mkroute_input(): a multipath route's nexthop by the packet's hash.
  const nh = fa.fi.nhs ? fibSelectPath(ns, fa.fi, { saddr, daddr, proto: keys.proto, sport: keys.sport, dport: keys.dport }, 0, false) : fa.fi.nh;
  // __mkroute_input(): the reverse path must check out before forwarding.
  const out = nh.dev!;
  const v = validateSource(ns, saddr, daddr, tos, out.ifindex, skbDev, mark);
  if (v === "martian") return DROP_INADDRERRORS;
  if (v === "rpf") return DROP_RPFILTER;
  // The sender could reach the next hop itself: ip_forward() will tell it (IPSKB_DOREDIRECT).
  let flags = 0;
  if (out === skbDev && v === "onlink" && devConfOr(out, "send_redirects") && (devConfOr(out, "shared_media") || inetAddrOnlink(out, saddr, nh.gw))) flags = RTCF_DOREDIRECT;
  const rt = inputRt(ns, skbDev, saddr, RTN_UNICAST, "forward", out, flags);
  rt.gw = nh.gw;
  if (nh.gw6 !== undefined) rt.gw6 = nh.gw6;
  rt.fa = fa;
  rt.table = fa.table;
  return { kind: "ok", rt };
}

/** ipRouteOutput() for a socket's send or connect: ENETUNREACH counts as OutNoRoutes (ip4_datagram_connect, udp_sendmsg, tcp_v4_connect...). */
export function ipRouteOutputCounted(ns: NetNamespace, fl: Flow4): Rtable {
  try {
    return ipRouteOutput(ns, fl);
  } catch (e) {
    if (e instanceof KernelError && e.errno === kerr("ENETUNREACH").errno) netMib(ns).ip[IPSTATS_OUTNOROUTES]++;
    throw e;
  }
}
