// inet6_dump_addr() / inet6_dump_fib() / inet6_dump_ifmcaddr(): the AF_INET6
// answers to RTM_GETADDR, RTM_GETROUTE and RTM_GETMULTICAST dumps, built from
// the requesting task's namespace, and RTM_NEWADDR/RTM_DELADDR (inet6_rtm_newaddr,
// inet6_rtm_deladdr). The tools' door: inet6RtnlTalk(task, req).

import { kerr } from "../../uapi/errno.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import type { In6IfAddrMsg, In6McMsg, Inet6RtnlReply, Inet6RtnlRequest, Rt6Msg, Rt6Nexthop } from "../../uapi/in6.js";
import { INFINITY_LIFE_TIME } from "../../uapi/if_addr.js";
import { RTN_BLACKHOLE, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_SITE, RT_SCOPE_UNIVERSE, RTN_LOCAL, RTN_UNICAST, RTNH_F_LINKDOWN, RTM_F_CLONED, RTM_F_FIB_MATCH, RTNH_F_DEAD, RTNH_F_ONLINK, RTPROT_KERNEL } from "../../uapi/route.js";
import { rt6ExceptionsDump, rt6ExpiresClockT, rt6FindException, rt6RemoveException, type Rt6Exception } from "./rt6_exception.js";
import { ip6FromBytes, ip6PrefixMask, ip6ToBytes, solicitedNode, type Ip6Addr } from "../../wire/addr.js";
import { inet6AddrAdd, inet6AddrDel, inet6AddrModify, ipv6GetIfaddr, setInet6IfaNotify } from "./addrconf.js";
import { rtnlAddrListening, rtnlAddrNotify, rtnlRouteGroup } from "../core/rtnl_notify.js";
import { devGetByIndex, devList, devListByIndex } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import type { NetDevice } from "../core/netdevice.js";
import type { Task } from "../task/task.js";
import { IFA_HOST, IFA_LINK, IFA_SITE, in6DevGet, type Inet6Ifaddr } from "./inet6_dev.js";
import { HZ, jiffiesToClockT, nsToJiffies } from "../core/jiffies.js";
import { IFA_F_PERMANENT } from "../../uapi/if_addr.js";
import { rt6Jiffies } from "./route.js";
import { ignoreLinkdown } from "./route_multipath.js";
import { nexthopFind, setNexthop6Check } from "../ipv4/nexthop.js";
import { setIp6ValidateGw } from "../ipv4/fib_frontend.js";
import { ip6RejectError, ip6RouteAdd, rt6NexthopBind, ip6RouteDel, ip6RouteUndo, ip6RouteLookup, ip6RouteOutput, rt6Dump, rt6Linkdown, rt6NotifyNew, rt6TypeIsReject, setRt6Notify, type Flow6, type Rt6Config, type Rt6Info } from "./route.js";
import { ip6RouteGetSaddr, ipv6ChkAddr } from "./saddr.js";
import { ndTbl } from "./ndisc_tbl.js";
import { ipMetricsCheck, ipMetricsConvert } from "../ipv4/rtnl_inet.js";
import { NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_VALID, neighAdminFlags } from "../core/neighbour.js";
import { NTF_PROXY, NUD_FAILED } from "../../uapi/neighbour.js";
import { pneighAdd, pneighDelete, pneighDump, pneighLookup } from "../core/pneigh.js";
import { ipv6DevMcDec, ipv6DevMcInc } from "./mcast.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../uapi/rtnetlink.js";
import type { NdMsg } from "../../uapi/neighbour.js";

function rtScope(scope: number): number {
  if (scope === IFA_HOST) return RT_SCOPE_HOST;
  if (scope === IFA_LINK) return RT_SCOPE_LINK;
  if (scope === IFA_SITE) return RT_SCOPE_SITE;
  return RT_SCOPE_UNIVERSE;
}

/**
 * inet6_fill_ifaddr()'s lifetimes: what is left of them since tstamp, in
 * whole seconds; the valid one counts down only while the preferred one is
 * finite, as the kernel computes it.
 */
function ifaLifetimes(ifp: Inet6Ifaddr): { ifa_prefered: number; ifa_valid: number } {
  let preferred = ifp.preferredLft ?? INFINITY_LIFE_TIME;
  let valid = ifp.validLft ?? INFINITY_LIFE_TIME;
  if (ifp.flags & IFA_F_PERMANENT && preferred === INFINITY_LIFE_TIME) return { ifa_prefered: INFINITY_LIFE_TIME, ifa_valid: INFINITY_LIFE_TIME };
  if (preferred !== INFINITY_LIFE_TIME) {
    const tval = Math.floor((rt6Jiffies(ifp.idev.dev.net) - nsToJiffies(ifp.tstamp)) / HZ);
    preferred = preferred > tval ? preferred - tval : 0;
    if (valid !== INFINITY_LIFE_TIME) valid = valid > tval ? valid - tval : 0;
  }
  return { ifa_prefered: preferred, ifa_valid: valid };
}

/** inet6_fill_ifaddr() */
function fillIfaddr(ifp: Inet6Ifaddr): In6IfAddrMsg {
  return {
    ifa_family: 10,
    ifa_prefixlen: ifp.prefixlen,
    ifa_flags: ifp.flags & 0xff,
    ifa_scope: rtScope(ifp.scope),
    ifa_index: ifp.idev.dev.ifindex,
    IFA_ADDRESS: ip6ToBytes(ifp.addr),
    IFA_FLAGS: ifp.flags,
    IFA_CACHEINFO: {
      ...ifaLifetimes(ifp),
      cstamp: Math.floor(ifp.cstamp / 10_000_000),
      tstamp: Math.floor(ifp.tstamp / 10_000_000),
    },
  };
}

/** inet6_dump_addr(): every address, devices by ifindex (for_each_netdev_dump). */
export function inet6DumpAddr(ns: NetNamespace, ifindex?: number): In6IfAddrMsg[] {
  const out: In6IfAddrMsg[] = [];
  for (const dev of devListByIndex(ns)) {
    if (ifindex && dev.ifindex !== ifindex) continue;
    const idev = in6DevGet(dev);
    if (!idev) continue;
    for (const ifp of idev.addrs) out.push(fillIfaddr(ifp));
  }
  return out;
}

// ipv6_ifa_notify() -> inet6_ifa_notify(): RTNLGRP_IPV6_IFADDR listeners (`ip monitor address`).
setInet6IfaNotify((type, ifp) => {
  const net = ifp.idev.dev.net;
  if (rtnlAddrListening(net)) rtnlAddrNotify(net, { type, family: 10, msg: fillIfaddr(ifp) });
});

/** rt6_fill_node()'s metrics and cacheinfo: RTA_METRICS as configured, the time left of an expiring route. */
function rt6FillExtras(ns: NetNamespace, r: Rt6Info, m: Rt6Msg, dst: boolean): void {
  if (r.metrics) m.RTA_METRICS = r.metrics;
  // A dst's copy of the route carries no RTF_EXPIRES (route get shows none);
  // rtnl_put_cacheinfo() signs what is left (an expired route not yet collected: negative).
  if (r.expires !== undefined && !dst) {
    const left = r.expires - rt6Jiffies(ns);
    if (left) m.RTA_EXPIRES = Math.sign(left) * jiffiesToClockT(Math.abs(left));
  }
}

/** rt6_fill_node() for a /128 answer about `daddr` through route `r` (out of `oif`). */
function rt6HostMsg(ns: NetNamespace, r: Rt6Info, daddr: bigint, oif: number, flags: number): Rt6Msg {
  const m: Rt6Msg = {
    rtm_family: 10,
    rtm_dst_len: 128,
    rtm_src_len: 0,
    rtm_table: r.table,
    rtm_protocol: r.protocol ?? RTPROT_KERNEL,
    rtm_scope: RT_SCOPE_UNIVERSE,
    rtm_type: r.type,
    rtm_flags: flags,
    RTA_TABLE: r.table,
    RTA_DST: ip6ToBytes(daddr),
    RTA_OIF: oif,
    RTA_PRIORITY: r.metric,
    RTA_PREF: r.pref ?? 0,
  };
  rt6FillExtras(ns, r, m, true);
  if (r.gw !== undefined) m.RTA_GATEWAY = ip6ToBytes(r.gw);
  return m;
}

/** inet6_dump_fib() with RTM_F_CLONED (filter.dump_exceptions): the live exceptions, as RTF_CACHE /128 routes. */
function inet6DumpExceptions(ns: NetNamespace, table?: number): Rt6Msg[] {
  const routes = new Set(rt6Dump(ns));
  return rt6ExceptionsDump(ns, (rt) => routes.has(rt))
    .filter((e) => table === undefined || e.rt.table === table)
    .map((e) => rt6ExceptionFill(ns, rt6HostMsg(ns, e.rt, e.daddr, e.rt.dev.ifindex, RTM_F_CLONED), e));
}

/**
 * rt6_fill_node() for an RTF_CACHE dst: RTM_F_CLONED, its expiry (rtnl_put_cacheinfo: none
 * without RTF_EXPIRES), its MTU when one was learned, and a redirect's gateway (RTF_GATEWAY
 * only when not on-link).
 */
function rt6ExceptionFill(ns: NetNamespace, m: Rt6Msg, e: Rt6Exception): Rt6Msg {
  m.rtm_flags |= RTM_F_CLONED;
  const expires = rt6ExpiresClockT(ns, e);
  if (expires) m.RTA_EXPIRES = expires;
  if (e.pmtu !== undefined) m.RTA_MTU = e.pmtu;
  if (e.redirect) {
    if (e.redirect.gw !== undefined) m.RTA_GATEWAY = ip6ToBytes(e.redirect.gw);
    else delete m.RTA_GATEWAY;
  }
  return m;
}

/** fib_nexthop_info()'s flags of one nexthop: dead, link-down (dead too where link-down routes are ignored), onlink. */
function nhFlags(r: Rt6Info): number {
  let f = r.onlink ? RTNH_F_ONLINK : 0;
  if (r.dead) f |= RTNH_F_DEAD;
  if (r.type !== RTN_LOCAL && !r.reject && rt6Linkdown(r)) {
    f |= RTNH_F_LINKDOWN;
    if (ignoreLinkdown(r.dev)) f |= RTNH_F_DEAD;
  }
  return f;
}

/** rt6_fill_node() for a FIB entry: a route with siblings carries them all in RTA_MULTIPATH. */
function fillRoute6(ns: NetNamespace, r: Rt6Info): Rt6Msg {
  const m: Rt6Msg = {
    rtm_family: 10,
    rtm_dst_len: r.dstLen,
    rtm_src_len: 0,
    rtm_table: r.table,
    rtm_protocol: r.protocol ?? RTPROT_KERNEL,
    rtm_scope: RT_SCOPE_UNIVERSE,
    rtm_type: r.type,
    rtm_flags: 0,
    RTA_TABLE: r.table,
    RTA_OIF: 0,
    RTA_PRIORITY: r.metric,
    RTA_PREF: r.pref ?? 0,
  };
  rt6FillExtras(ns, r, m, false);
  if (r.dstLen > 0) m.RTA_DST = ip6ToBytes(r.dst);
  if (r.nhid !== undefined) {
    // rt6_fill_node() with f6i->nh: RTA_NH_ID, then the object's nexthop(s).
    m.RTA_NH_ID = r.nhid;
    const obj = nexthopFind(ns, r.nhid);
    if (obj?.group) {
      m.RTA_MULTIPATH = obj.group.map((g) => {
        const nh = nexthopFind(ns, g.id);
        return { rtnh_flags: (nh?.flags ?? 0) & RTNH_F_ONLINK | (nh?.dev && !nh.dev.carrier ? RTNH_F_LINKDOWN : 0), rtnh_hops: g.weight - 1, rtnh_ifindex: nh?.dev?.ifindex ?? 0, RTA_GATEWAY: nh?.gw6 !== undefined ? ip6ToBytes(nh.gw6) : undefined };
      });
      return m;
    }
  }
  if (r.siblings) {
    // rt6_fill_node(): the route's own nexthop first, then its sibling list from the one after it.
    const g = r.siblings;
    const i = g.indexOf(r);
    m.RTA_MULTIPATH = (i > 0 ? [...g.slice(i), ...g.slice(0, i)] : g).map((x) => ({ rtnh_flags: nhFlags(x), rtnh_hops: (x.weight ?? 1) - 1, rtnh_ifindex: x.dev.ifindex, RTA_GATEWAY: ip6ToBytes(x.gw ?? 0n) }));
    return m;
  }
  m.rtm_flags = nhFlags(r);
  m.RTA_OIF = r.dev.ifindex;
  if (r.gw !== undefined) m.RTA_GATEWAY = ip6ToBytes(r.gw);
  if (r.prefsrc !== undefined) m.RTA_PREFSRC = ip6ToBytes(r.prefsrc);
  return m;
}

/**
 * inet6_dump_fib(): a route with siblings is dumped once, with all of them
 * (fib6_dump_node jumps past the rest of the list).
 */
export function inet6DumpRoutes(ns: NetNamespace, table?: number, cloned = false): Rt6Msg[] {
  if (cloned) return inet6DumpExceptions(ns, table);
  const out: Rt6Msg[] = [];
  let seen: Set<Rt6Info[]> | undefined;
  for (const r of rt6Dump(ns)) {
    if (table !== undefined && r.table !== table) continue;
    if (r.siblings) {
      seen ??= new Set();
      if (seen.has(r.siblings)) continue;
      seen.add(r.siblings);
    }
    out.push(fillRoute6(ns, r));
  }
  return out;
}

// inet6_rt_notify(): RTNLGRP_IPV6_ROUTE listeners (`ip monitor route`).
setRt6Notify((type, r) => {
  const net = r.dev.net;
  if (rtnlRouteGroup.listening(net)) rtnlRouteGroup.notify(net, { type, family: 10, msg: fillRoute6(net, r) });
});

/** The IPv6 group memberships of every device (newest first per device). */
export function inet6DumpMc(ns: NetNamespace): In6McMsg[] {
  const out: In6McMsg[] = [];
  for (const dev of devList(ns)) {
    const idev = in6DevGet(dev);
    if (!idev) continue;
    for (const mc of idev.mc) {
      out.push({
        ifindex: dev.ifindex,
        ifname: dev.name,
        group: ip6ToBytes(mc.addr),
        users: mc.users,
        flags: (mc.loaded ? 4 : 0) | (mc.noreport ? 8 : 0),
      });
    }
  }
  return out;
}

/** neigh_dump_table(nd_tbl): the IPv6 neighbour entries. */
export function inet6DumpNeighs(ns: NetNamespace, ifindex?: number): NdMsg[] {
  const out: NdMsg[] = [];
  for (const n of ndTbl.entries(ns)) {
    if (ifindex && n.dev.ifindex !== ifindex) continue;
    const ci = ndTbl.cacheinfo(n);
    const m: NdMsg = {
      ndm_family: 10,
      ndm_ifindex: n.dev.ifindex,
      ndm_state: n.state,
      ndm_flags: n.flags,
      ndm_type: 1,
      NDA_DST: 0,
      NDA_DST6: n.key,
      NDA_CACHEINFO: { ndm_used: ci.used, ndm_confirmed: ci.confirmed, ndm_updated: ci.updated, ndm_refcnt: ci.refcnt },
      NDA_PROBES: n.probes,
    };
    if (n.state & NUD_VALID) m.NDA_LLADDR = n.ha;
    out.push(m);
  }
  return out;
}

/** inet6_rtm_getroute(): the route and source a packet to `daddr` would take (with `fibmatch`, the FIB entry). */
export function inet6RouteGet(ns: NetNamespace, daddr: bigint, oif: number, fl?: Flow6, fibmatch = false): Rt6Msg {
  // inet6_rtm_getroute(): the lookup's error (none: ENETUNREACH, a reject
  // route's own) comes first; a source is shown only when one can be picked.
  const found = ip6RouteOutput(ns, daddr, oif, devGetByIndex(ns, 1), fl);
  if (found && "reject" in found) throw kerr(ip6RejectError(found.reject.type));
  if (!found) throw kerr("ENETUNREACH");
  const route = found;
  const r = route.rt;
  if (fibmatch) return fillRoute6(ns, r);
  const m = rt6HostMsg(ns, r, daddr, route.dev.ifindex, 0);
  // A route through a nexthop object answers with the nexthop the path took.
  if (r.nhid !== undefined) {
    if (route.gw !== undefined) m.RTA_GATEWAY = ip6ToBytes(route.gw);
    else delete m.RTA_GATEWAY;
  }
  // rt6_fill_node(): an input route names its device, an output one its source.
  if (fl?.iif) m.RTA_IIF = fl.iif;
  else {
    const src = ip6RouteGetSaddr(ns, r, daddr, r.dev);
    if (src !== undefined) m.RTA_PREFSRC = ip6ToBytes(src);
  }
  // rt6_fill_node() for an RTF_CACHE dst: RTM_F_CLONED, its expiry and MTU.
  const e = rt6FindException(ns, r, daddr);
  if (e && route.dev === r.dev) rt6ExceptionFill(ns, m, e);
  return m;
}

/**
 * ip6_route_info_create() + fib6_nh_init(): checks a new route's nexthop;
 * `dev` is the device asked for, if any. Returns the device the route hangs
 * on and its config (a reject route's on lo, without a gateway).
 */
function ip6RouteCreate(ns: NetNamespace, cfg: Rt6Config, dev: NetDevice | undefined): { out: NetDevice; cfg: Rt6Config } {
  const lo = devGetByIndex(ns, 1);
  if (cfg.nhid !== undefined) {
    // A route through a nexthop object: its checks, its device and gateway; a blackhole one is a blackhole route on lo.
    const b = rt6NexthopBind(ns, cfg.nhid);
    if (b.blackhole) {
      if (!lo) throw kerr("ENODEV");
      return { out: lo, cfg: { ...cfg, type: RTN_BLACKHOLE, reject: true, gw: undefined } };
    }
    if (!b.dev) throw kerr("ENODEV");
    return { out: b.dev, cfg: { ...cfg, gw: b.gw } };
  }
  const reject = rt6TypeIsReject(cfg.type);
  if (cfg.onlink) {
    if (!dev) throw kerr("ENODEV", "Nexthop device required for onlink");
    if (!dev.isUp) throw kerr("ENETDOWN", "Nexthop device is not up");
  }
  // ip6_validate_gw() runs before the device checks (fib6_nh_init).
  let out = dev;
  if (!reject && cfg.gw !== undefined && !cfg.onlink) out = ip6ValidateGw(ns, cfg.gw, dev);
  // A nexthop device must be up (reject routes skip the check).
  if (dev && !reject && !dev.isUp) throw kerr("ENETDOWN", "Nexthop device is not up");
  // A reject route takes lo as its device, whatever was given, and keeps no
  // gateway; fib6_is_reject() also makes one of a route through lo to anything but ::1.
  if (reject || (dev && dev === lo && cfg.dst !== 1n)) {
    if (!lo) throw kerr("ENODEV");
    const r: Rt6Config = { ...cfg, reject: true };
    if (reject) delete r.gw;
    prefsrcCheck(ns, r, lo);
    return { out: lo, cfg: r };
  }
  if (!out) throw kerr("ENODEV", "Nexthop device required");
  prefsrcCheck(ns, cfg, out);
  return { out, cfg };
}

/** ip6_route_info_create(): a preferred source must be an address of ours (ipv6_chk_addr on the nexthop's device). */
function prefsrcCheck(ns: NetNamespace, cfg: Rt6Config, dev: NetDevice): void {
  if (cfg.prefsrc !== undefined && !ipv6ChkAddr(ns, cfg.prefsrc, dev)) throw kerr("EINVAL", "Invalid source address");
}

/** ip6_route_add(): checks a new route's nexthop and inserts it (__ip6_ins_rt). */
export function ip6RouteAddCfg(
  ns: NetNamespace,
  cfg: Rt6Config,
  dev: NetDevice | undefined,
  opts: { excl: boolean; replace: boolean; create: boolean; ioctl?: boolean },
): void {
  const c = ip6RouteCreate(ns, cfg, dev);
  ip6RouteAdd(c.out, c.cfg, opts);
}

/** One nexthop of an RTA_MULTIPATH as a route's config (device, gateway, onlink, weight). */
function nhConfig(ns: NetNamespace, cfg: Rt6Config, nh: Rt6Nexthop): { cfg: Rt6Config; dev: NetDevice | undefined } {
  const dev = nh.rtnh_ifindex ? devGetByIndex(ns, nh.rtnh_ifindex) : undefined;
  if (nh.rtnh_ifindex && !dev) throw kerr("ENODEV");
  const c: Rt6Config = { ...cfg, weight: nh.rtnh_hops + 1 };
  if (nh.RTA_GATEWAY) c.gw = ip6FromBytes(nh.RTA_GATEWAY);
  if (nh.rtnh_flags & RTNH_F_ONLINK) c.onlink = true;
  return { cfg: c, dev };
}

/**
 * ip6_route_multipath_add(): every nexthop is checked first (a device-only
 * one is refused), then each is inserted as a route of its own, the first
 * with the request's flags, the rest as appended siblings (without EXCL and
 * REPLACE); a failure takes out the ones already inserted.
 */
function ip6RouteMultipathAdd(ns: NetNamespace, cfg: Rt6Config, nhs: Rt6Nexthop[], opts: { excl: boolean; replace: boolean; create: boolean }): void {
  const made: { out: NetDevice; cfg: Rt6Config }[] = [];
  for (const nh of nhs) {
    const n = nhConfig(ns, cfg, nh);
    const c = ip6RouteCreate(ns, n.cfg, n.dev);
    if (c.cfg.gw === undefined || c.cfg.reject) throw kerr("EINVAL", "Device only routes can not be added for IPv6 using the multipath API.");
    made.push(c);
  }
  if (!made.length) throw kerr("EINVAL", "Invalid nexthop configuration - no valid nexthops");
  const added: Rt6Info[] = [];
  let o = { ...opts, skipNotify: true };
  for (const c of made) {
    try {
      added.push(ip6RouteAdd(c.out, c.cfg, o));
    } catch (e) {
      for (const rt of added) ip6RouteUndo(rt);
      throw e;
    }
    o = { excl: false, replace: false, create: true, skipNotify: true };
  }
  // One RTM_NEWROUTE for the first nexthop's route, carrying the group (rt_notif).
  rt6NotifyNew(added[0]!);
}

/** ip6_route_multipath_del(): each nexthop deleted as a route of its own; the last error is the answer. */
function ip6RouteMultipathDel(ns: NetNamespace, base: { table: number; dst: Ip6Addr; dstLen: number; metric?: number; protocol?: number }, nhs: Rt6Nexthop[]): void {
  let last: unknown;
  for (const nh of nhs) {
    try {
      const dev = nh.rtnh_ifindex ? devGetByIndex(ns, nh.rtnh_ifindex) : undefined;
      ip6RouteDel(ns, { ...base, gw: nh.RTA_GATEWAY ? ip6FromBytes(nh.RTA_GATEWAY) : undefined, dev });
    } catch (e) {
      last = e;
    }
  }
  if (last) throw last;
}

/**
 * ip6_validate_gw(): a gateway must not be ours; one that is not link-local
 * must be unicast and reachable by a connected route (ip6_route_check_nh:
 * through the device given, if one was); the egress device, given or found,
 * must exist and not be lo. Returns that device.
 */
function ip6ValidateGw(ns: NetNamespace, gw: Ip6Addr, dev: NetDevice | undefined): NetDevice {
  const linkLocal = gw >> 118n === 0x3fan;
  if (dev && ipv6ChkAddr(ns, gw, dev, 0)) throw kerr("EINVAL", "Gateway can not be a local address");
  let out = dev;
  if (!linkLocal) {
    // ipv6_addr_type(): multicast and :: are not unicast (IPv4-mapped ones are allowed).
    if (gw >> 120n === 0xffn || gw === 0n) throw kerr("EINVAL", "Invalid gateway address");
    // The kernel looks the gateway up in the route's table first, where an
    // address of ours is found on its connected prefix, then refuses it below;
    // this model's lookup would answer with the local route, so refuse here.
    if (!dev && ipv6ChkAddr(ns, gw, undefined, 0)) throw kerr("EINVAL", "Gateway can not be a local address");
    const via = ip6RouteLookup(ns, gw, dev?.ifindex ?? 0, undefined);
    if (!via || via.gw !== undefined || (dev && via.dev !== dev)) throw kerr("EHOSTUNREACH");
    out = via.dev;
  }
  if (!out) throw kerr("EINVAL", "Egress device not specified");
  if (out.flags & IFF_LOOPBACK) throw kerr("EINVAL", "Egress device can not be loopback device for this route");
  if (!dev && ipv6ChkAddr(ns, gw, out, 0)) throw kerr("EINVAL", "Gateway can not be a local address");
  return out;
}

// fib_check_nh_v6_gw() -> fib6_nh_init(): an IPv4 route's IPv6 gateway (RTA_VIA) passes the same checks.
setIp6ValidateGw((ns, gw, dev) => ip6ValidateGw(ns, gw, dev));

// nh_create_ipv6() -> fib6_nh_init(): an IPv6 nexthop object's gateway passes the routes' checks.
setNexthop6Check((ns, gw, dev, onlink) => {
  if (gw !== undefined && !onlink) ip6ValidateGw(ns, gw, dev);
});

/** The AF_INET6 rtnetlink door for tools. */
export function inet6RtnlTalk(task: Task, req: Inet6RtnlRequest): Inet6RtnlReply {
  const ns = task.netns;
  switch (req.type) {
    case "RTM_GETADDR":
      return { type: "addrs6", addrs: inet6DumpAddr(ns, req.ifa_index) };
    case "RTM_GETROUTE":
      if (!req.dump) {
        const fl: Flow6 = { saddr: req.RTA_SRC ? ip6FromBytes(req.RTA_SRC) : undefined, iif: req.RTA_IIF, mark: req.RTA_MARK, uid: req.RTA_UID, proto: req.RTA_IP_PROTO, sport: req.RTA_SPORT, dport: req.RTA_DPORT };
        return { type: "route6", route: inet6RouteGet(ns, ip6FromBytes(req.RTA_DST), req.RTA_OIF ?? 0, fl, !!((req.rtm_flags ?? 0) & RTM_F_FIB_MATCH)) };
      }
      return { type: "routes6", routes: inet6DumpRoutes(ns, req.RTA_TABLE, !!((req.rtm_flags ?? 0) & RTM_F_CLONED)) };
    case "RTM_NEWROUTE":
    case "RTM_DELROUTE": {
      const dev = req.RTA_OIF ? devListByIndex(ns).find((d) => d.ifindex === req.RTA_OIF) : undefined;
      if (req.RTA_OIF && !dev) throw kerr("ENODEV");
      // ipv6_addr_prefix(): the destination's host bits are cleared (fib6_locate compares prefixes alike).
      const dst = ip6FromBytes(req.RTA_DST) & ip6PrefixMask(req.rtm_dst_len);
      const gw = req.RTA_GATEWAY ? ip6FromBytes(req.RTA_GATEWAY) : undefined;
      if (req.type === "RTM_DELROUTE" && (req.rtm_flags ?? 0) & RTM_F_CLONED) {
        // ip6_route_del() with RTF_CACHE: the exception for the /128, behind a matching route.
        const ok = rt6RemoveException(ns, dst, (rt, e) => (!dev || rt.dev === dev) && (gw === undefined || (e.redirect ? e.redirect.gw : rt.gw) === gw) && rt.table === req.rtm_table);
        if (!ok) throw kerr("ESRCH");
        return { type: "ack" };
      }
      if (req.type === "RTM_DELROUTE" && req.RTA_MULTIPATH) {
        ip6RouteMultipathDel(ns, { table: req.rtm_table, dst, dstLen: req.rtm_dst_len, metric: req.RTA_PRIORITY, protocol: req.rtm_protocol }, req.RTA_MULTIPATH);
        return { type: "ack" };
      }
      if (req.type === "RTM_DELROUTE") {
        ip6RouteDel(ns, { table: req.rtm_table, dst, dstLen: req.rtm_dst_len, metric: req.RTA_PRIORITY, gw, dev, protocol: req.rtm_protocol });
        return { type: "ack" };
      }
      const flags = req.nlmsg_flags;
      const opts = { excl: !!(flags & NLM_F_EXCL), replace: !!(flags & NLM_F_REPLACE), create: !!(flags & NLM_F_CREATE) };
      const cfg: Rt6Config = { table: req.rtm_table, type: req.rtm_type, dst, dstLen: req.rtm_dst_len, metric: req.RTA_PRIORITY || 1024, gw, protocol: req.rtm_protocol };
      if (req.RTA_NH_ID !== undefined) cfg.nhid = req.RTA_NH_ID;
      if (req.RTA_PREFSRC && ip6FromBytes(req.RTA_PREFSRC) !== 0n) cfg.prefsrc = ip6FromBytes(req.RTA_PREFSRC);
      if ((req.rtm_flags ?? 0) & RTNH_F_ONLINK) cfg.onlink = true;
      // ip6_route_info_create(): ip_fib_metrics_init() before the nexthop is checked.
      ipMetricsCheck(req.RTA_METRICS);
      const mx = ipMetricsConvert(req.RTA_METRICS);
      if (mx) cfg.metrics = mx;
      // rtm_to_fib6_config(): a preference other than low or high is medium.
      if (req.RTA_PREF === 1 || req.RTA_PREF === 3) cfg.pref = req.RTA_PREF;
      // addrconf_timeout_fixup(): a finite RTA_EXPIRES sets RTF_EXPIRES.
      if (req.RTA_EXPIRES !== undefined && req.RTA_EXPIRES < 0xffffffff / HZ) cfg.expires = rt6Jiffies(ns) + req.RTA_EXPIRES * HZ;
      if (req.RTA_MULTIPATH) ip6RouteMultipathAdd(ns, cfg, req.RTA_MULTIPATH, opts);
      else ip6RouteAddCfg(ns, cfg, dev, opts);
      return { type: "ack" };
    }
    case "RTM_GETMULTICAST":
      return { type: "mcast6", groups: inet6DumpMc(ns) };
    case "RTM_GETNEIGH":
      if (req.ndm_flags === NTF_PROXY) return { type: "neighs6", neighs: pneighDump(ns, true, req.ndm_ifindex) };
      return { type: "neighs6", neighs: inet6DumpNeighs(ns, req.ndm_ifindex) };
    case "RTM_NEWNEIGH": {
      // neigh_add() on nd_tbl, as rtnl_inet.ts does on arp_tbl; NTF_ROUTER/NTF_EXT_LEARNED set or clear the flags.
      const dev = req.ndm_ifindex ? devListByIndex(ns).find((d) => d.ifindex === req.ndm_ifindex) : undefined;
      if (req.ndm_ifindex && !dev) throw kerr("ENODEV");
      if (dev && req.NDA_LLADDR && req.NDA_LLADDR.length < dev.addr.length) throw kerr("EINVAL", "Invalid link address");
      if (req.ndm_flags & NTF_PROXY) {
        if (!pneighLookup(ns, req.NDA_DST6, dev, false)) {
          // pndisc_constructor(): a new entry needs a device with IPv6 (else pneigh_create
          // fails: ENOBUFS) and joins the address's solicited-node group there, so the
          // neighbour solicitations for it are received.
          if (!dev || !in6DevGet(dev)) throw kerr("ENOBUFS");
          ipv6DevMcInc(dev, solicitedNode(req.NDA_DST6));
        }
        pneighAdd(ns, req.NDA_DST6, dev, req.ndm_flags, req.NDA_PROTOCOL ?? 0);
        return { type: "ack" };
      }
      if (!dev) throw kerr("EINVAL", "Device not specified");
      let n = ndTbl.lookup(dev, req.NDA_DST6);
      const replace = !n || (req.nlmsg_flags & NLM_F_REPLACE) !== 0;
      if (!n) {
        if (!(req.nlmsg_flags & NLM_F_CREATE)) throw kerr("ENOENT");
        n = ndTbl.create(dev, req.NDA_DST6);
      } else if (req.nlmsg_flags & NLM_F_EXCL) throw kerr("EEXIST");
      ndTbl.update(n, req.NDA_LLADDR?.subarray(0, dev.addr.length), req.ndm_state, neighAdminFlags(req.ndm_flags, replace));
      return { type: "ack" };
    }
    case "RTM_DELNEIGH": {
      // neigh_delete(): FAILED (admin), then gone.
      const dev = req.ndm_ifindex ? devListByIndex(ns).find((d) => d.ifindex === req.ndm_ifindex) : undefined;
      if (req.ndm_ifindex && !dev) throw kerr("ENODEV");
      if (req.ndm_flags && req.ndm_flags & NTF_PROXY) {
        if (!pneighDelete(ns, req.NDA_DST6, dev)) throw kerr("ENOENT");
        // pndisc_destructor()
        if (dev) ipv6DevMcDec(dev, solicitedNode(req.NDA_DST6));
        return { type: "ack" };
      }
      const n = dev && ndTbl.lookup(dev, req.NDA_DST6);
      if (!n) throw kerr("ENOENT");
      ndTbl.update(n, undefined, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
      ndTbl.remove(n);
      return { type: "ack" };
    }
    case "RTM_NEWADDR":
    case "RTM_DELADDR": {
      const dev = devListByIndex(ns).find((d) => d.ifindex === req.ifa_index);
      if (!dev) throw kerr("ENODEV");
      const addr = ip6FromBytes(req.IFA_LOCAL);
      const lft = req.IFA_CACHEINFO && { valid: req.IFA_CACHEINFO.ifa_valid, preferred: req.IFA_CACHEINFO.ifa_prefered };
      if (req.type === "RTM_DELADDR") inet6AddrDel(dev, addr, req.ifa_prefixlen);
      else {
        // inet6_rtm_newaddr(): a new address is added whatever the flags; an existing one is
        // modified under NLM_F_REPLACE without NLM_F_EXCL, else refused.
        const nf = req.nlmsg_flags ?? NLM_F_EXCL;
        const ifp = ipv6GetIfaddr(dev, addr);
        if (ifp && (nf & NLM_F_EXCL || !(nf & NLM_F_REPLACE))) throw kerr("EEXIST", "ipv6: address already assigned");
        if (ifp) inet6AddrModify(ifp, req.IFA_FLAGS, lft);
        else inet6AddrAdd(dev, addr, req.ifa_prefixlen, req.IFA_FLAGS, lft);
      }
      return { type: "ack" };
    }
    default:
      throw kerr("EOPNOTSUPP");
  }
}
