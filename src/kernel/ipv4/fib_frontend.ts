// The FIB's front end (net/ipv4/fib_frontend.c, fib_semantics.c create/check
// parts): route configuration from rtnetlink with the kernel's validation and
// extack messages, the kernel routes an address brings (fib_add_ifaddr: local,
// prefix, broadcast — no network-address broadcast on this kernel) and takes
// away (fib_del_ifaddr), and the reactions to device events: a device going
// down kills the routes through it (host-scope ones survive), losing its
// carrier marks them linkdown, unregistering flushes everything.

import { KernelError, kerr } from "../../uapi/errno.js";
import { IFA_F_NOPREFIXROUTE, IFA_F_SECONDARY } from "../../uapi/if_addr.js";
import { IFF_LOOPBACK, IFF_LOWER_UP, IFF_RUNNING, IFF_UP } from "../../uapi/if_link.js";
import {
  RT_SCOPE_HOST,
  RT_SCOPE_LINK,
  RT_SCOPE_NOWHERE,
  RT_SCOPE_UNIVERSE,
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
  RTN_ANYCAST,
  RTN_BLACKHOLE,
  RTN_BROADCAST,
  RTN_LOCAL,
  RTN_MAX,
  RTN_MULTICAST,
  RTN_NAT,
  RTN_PROHIBIT,
  RTN_THROW,
  RTN_UNICAST,
  RTN_UNREACHABLE,
  RTNH_F_DEAD,
  RTNH_F_LINKDOWN,
  RTNH_F_ONLINK,
  RTPROT_KERNEL,
} from "../../uapi/route.js";
import type { RtaMetrics } from "../../uapi/route.js";
import { devGetByIndex, devGetFlags, registerNetdevNotifier, type NetdevEvent } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import {
  inDevGet,
  inetIfaByprefix,
  inetIfaMatch,
  registerInetaddrNotifier,
  setPromotionHooks,
  type InIfaddr,
} from "./devinet.js";
import {
  ERROR_TYPES,
  fibGetTable,
  fibLookup,
  fibNewTable,
  fibTableDelete,
  fibTableHasMagic,
  fibAliasClock,
  fibTableInsert,
  fibTableLookup,
  inetAddrType,
  maskOf,
  type FibAlias,
  fibTableFilter,
  fibTablesHashOrder,
  type FibInfo,
  type FibNh,
  type InsertMode,
} from "./fib.js";
import { ipv4Of, rtCacheFlush } from "./netns_ipv4.js";
import { rtGenidBump } from "../core/rt_genid.js";
import { fibMultipathSeen, fibRebalance } from "./fib_multipath.js";
import { nexthopBind, nexthopFind, nexthopIsBlackhole } from "./nexthop.js";

/** fib_props[type].scope: the widest scope a route of this type may have. */
const TYPE_SCOPE: Record<number, number> = {
  [RTN_UNICAST]: RT_SCOPE_UNIVERSE,
  [RTN_LOCAL]: RT_SCOPE_HOST,
  [RTN_BROADCAST]: RT_SCOPE_LINK,
  [RTN_ANYCAST]: RT_SCOPE_LINK,
  [RTN_MULTICAST]: RT_SCOPE_UNIVERSE,
  [RTN_BLACKHOLE]: RT_SCOPE_UNIVERSE,
  [RTN_UNREACHABLE]: RT_SCOPE_UNIVERSE,
  [RTN_PROHIBIT]: RT_SCOPE_UNIVERSE,
  [RTN_THROW]: RT_SCOPE_UNIVERSE,
  // fib_props[RTN_NAT]: NAT routes are gone from the kernel; nothing is narrow enough.
  [RTN_NAT]: RT_SCOPE_NOWHERE,
};

/** struct fib_config */
export interface FibConfig {
  dst: number;
  dstLen: number;
  tos: number;
  table: number;
  protocol: number;
  scope: number;
  type: number;
  prefsrc: number;
  priority: number;
  oif: number;
  gw: number;
  /** RTA_VIA with an IPv6 address (RFC 5549): the next hop is an IPv6 neighbour. */
  gw6?: bigint;
  /** RTNH_F_ONLINK from rtm_flags */
  flags: number;
  nlflags: InsertMode;
  /** fib_metrics: stored and reported; TCP applies advmss, mtu (and its lock: no DF) and initrwnd (tcp_output.ts), other output does not. */
  metrics?: RtaMetrics;
  /** RTA_FLOW: realms. */
  flow?: number;
  /** RTA_MULTIPATH: one rtnexthop each (ifindex, RTA_GATEWAY, rtnh_flags, rtnh_hops + 1, RTA_FLOW). */
  mp?: MpNexthop[];
  /** RTA_NH_ID: a nexthop object (nexthop.ts). */
  nhid?: number;
}

/** struct rtnexthop with its attributes, as fib_get_nhs() reads it. */
export interface MpNexthop {
  oif: number;
  gw: number;
  gw6?: bigint;
  flags: number;
  weight: number;
  flow?: number;
}


/** fib_check_nh() with fib_check_nh_v4_gw() / fib_check_nh_nongw(), for the nexthop (gw, oif, flags) of `cfg`. */
function checkNh(ns: NetNamespace, route: FibConfig, nhc: { gw: number; gw6?: bigint; oif: number; flags: number }): FibNh {
  const cfg = { ...route, gw: nhc.gw, oif: nhc.oif, flags: nhc.flags };
  if (nhc.gw6 !== undefined) {
    // fib_check_nh_v6_gw() -> fib6_nh_init(): the IPv6 route checks find the device; scope link.
    const given = cfg.oif ? devGetByIndex(ns, cfg.oif) : undefined;
    if (cfg.oif && !given) throw kerr("ENODEV");
    const dev = ip6ValidateGwHook(ns, nhc.gw6, given);
    if (!dev.isUp) throw kerr("ENETDOWN", "Nexthop device is not up");
    return { gw: 0, gw6: nhc.gw6, dev, scope: RT_SCOPE_LINK, flags: dev.carrier ? 0 : RTNH_F_LINKDOWN };
  }
  if (cfg.gw) {
    if (cfg.flags & RTNH_F_ONLINK) {
      if (cfg.scope >= RT_SCOPE_LINK) throw kerr("EINVAL", "Nexthop has invalid scope");
      const dev = cfg.oif ? devGetByIndex(ns, cfg.oif) : undefined;
      if (!dev) throw kerr("ENODEV", "Nexthop device required for onlink");
      if (!dev.isUp) throw kerr("ENETDOWN", "Nexthop device is not up");
      if (inetAddrType(ns, cfg.gw, dev) !== RTN_UNICAST) throw kerr("EINVAL", "Nexthop has invalid gateway");
      return { gw: cfg.gw, dev, scope: RT_SCOPE_LINK, flags: RTNH_F_ONLINK | (dev.carrier ? 0 : RTNH_F_LINKDOWN) };
    }
    const flow = { dst: cfg.gw, tos: 0, scope: Math.max(cfg.scope + 1, RT_SCOPE_LINK), oif: cfg.oif };
    let res: FibAlias | undefined;
    if (cfg.table && cfg.table !== RT_TABLE_MAIN) {
      const t = fibGetTable(ns, cfg.table);
      if (t) res = fibTableLookup(t, flow)?.fa;
    }
    if (!res) {
      const r = fibLookup(ns, flow);
      // The lookup's own errno (ENETUNREACH...) is what SIOCADDRT reports.
      if (r.kind !== "ok") throw kerr(r.errno, "Nexthop has invalid gateway");
      res = r.res.fa;
    }
    if (res.type !== RTN_UNICAST && res.type !== RTN_LOCAL) throw kerr("EINVAL", "Nexthop has invalid gateway");
    const dev = res.fi.nh.dev;
    if (!dev) throw kerr("EINVAL", "No egress device for nexthop gateway");
    if (!dev.isUp) throw kerr("ENETDOWN");
    return { gw: cfg.gw, dev, scope: res.fi.scope, flags: dev.carrier ? 0 : RTNH_F_LINKDOWN };
  }
  if (cfg.flags & RTNH_F_ONLINK) throw kerr("EINVAL", "Invalid flags for nexthop - can not contain DEAD or ONLINK");
  const dev = cfg.oif ? devGetByIndex(ns, cfg.oif) : undefined;
  if (!dev || !inDevGet(dev)) throw kerr("ENODEV");
  if (!dev.isUp) throw kerr("ENETDOWN", "Device for nexthop is not up");
  return { gw: 0, dev, scope: RT_SCOPE_HOST, flags: dev.carrier ? 0 : RTNH_F_LINKDOWN };
}

/** ip6_validate_gw() (set by ipv6/addrconf_rtnl.ts: IPv4 must not import IPv6). */
let ip6ValidateGwHook: (ns: NetNamespace, gw: bigint, dev: NetDevice | undefined) => NetDevice = () => {
  throw kerr("EAFNOSUPPORT");
};
export function setIp6ValidateGw(fn: typeof ip6ValidateGwHook): void {
  ip6ValidateGwHook = fn;
}

/** fib_valid_prefsrc() */
function validPrefsrc(ns: NetNamespace, cfg: FibConfig): boolean {
  if (cfg.type === RTN_LOCAL && cfg.dst && cfg.prefsrc === cfg.dst) return true;
  const tb = cfg.table === RT_TABLE_MAIN ? RT_TABLE_LOCAL : cfg.table;
  const typeIn = (id: number): number => {
    const t = fibGetTable(ns, id);
    const r = t && fibTableLookup(t, { dst: cfg.prefsrc, tos: 0, scope: RT_SCOPE_UNIVERSE, oif: 0 });
    return r ? r.type : RTN_UNICAST;
  };
  let rc = typeIn(tb);
  if (rc !== RTN_LOCAL && tb !== RT_TABLE_LOCAL) rc = typeIn(RT_TABLE_LOCAL);
  return rc === RTN_LOCAL;
}

/** fib_table_insert() after fib_create_info(): RTM_NEWROUTE. */
export function fibRouteAdd(ns: NetNamespace, cfg: FibConfig): void {
  const r = fibRouteInsert(ns, cfg);
  if (r !== "ok") throw kerr(r);
}

/**
 * fibRouteAdd with fib_table_insert()'s answer returned, not thrown: fib_magic
 * meets "route exists" on every address of a device coming up and ignores it
 * (an error object per such route was ~1 % of a container run). The checks
 * before the insert still throw.
 */
function fibRouteInsert(ns: NetNamespace, cfg: FibConfig): ReturnType<typeof fibTableInsert> {
  // (cfg is replaced, not changed, where a single nexthop brings its realm.)
  if (cfg.type > RTN_MAX || cfg.type === 0) throw kerr("EINVAL", "Invalid route type");
  // inet_rtm_newroute(): the table exists from here on, whether the insert succeeds or not.
  const t = fibNewTable(ns, cfg.table);
  if (cfg.dstLen > 32) throw kerr("EINVAL", "Invalid prefix length");
  if (((cfg.dst & ~maskOf(cfg.dstLen)) >>> 0) !== 0) throw kerr("EINVAL", "Invalid prefix for given prefix length");
  if ((TYPE_SCOPE[cfg.type] ?? RT_SCOPE_UNIVERSE) > cfg.scope) throw kerr("EINVAL", "Invalid scope");
  let nh: FibNh;
  let nhs: FibNh[] | undefined;
  const mp = cfg.mp;
  // (a nexthop id's existence and exclusivity are checked in rtm_to_fib_config: rtnl_inet.ts modRoute.)
  if (cfg.nhid !== undefined) {
    if (ERROR_TYPES.has(cfg.type)) throw kerr("EINVAL", "Gateway, device and multipath can not be specified for this route type");
  }
  if (mp && mp.length) {
    // fib_get_nhs(): the first nexthop must agree with RTA_OIF / RTA_GATEWAY / RTA_FLOW.
    const first = mp[0]!;
    if (cfg.oif && first.oif !== cfg.oif) throw kerr("EINVAL", "Nexthop device index does not match RTA_OIF");
    if ((cfg.gw && first.gw !== cfg.gw) || (cfg.gw6 !== undefined && first.gw6 !== cfg.gw6)) throw kerr("EINVAL", "Nexthop gateway does not match RTA_GATEWAY or RTA_VIA");
    if (cfg.flow && (first.flow ?? 0) !== cfg.flow) throw kerr("EINVAL", "Nexthop class id does not match RTA_FLOW");
  }
  if (ERROR_TYPES.has(cfg.type)) {
    if (cfg.gw || cfg.gw6 !== undefined || cfg.oif || mp) throw kerr("EINVAL", "Gateway, device and multipath can not be specified for this route type");
    nh = { gw: 0, scope: RT_SCOPE_NOWHERE, flags: 0 };
  } else if (cfg.scope === RT_SCOPE_HOST) {
    if (mp && mp.length > 1) throw kerr("EINVAL", "Route with host scope can not have multiple nexthops");
    const gw = mp ? mp[0]!.gw || mp[0]!.gw6 !== undefined : cfg.gw || cfg.gw6 !== undefined;
    if (gw) throw kerr("EINVAL", "Route with host scope can not have a gateway");
    const oif = mp ? mp[0]!.oif : cfg.oif;
    const dev = oif ? devGetByIndex(ns, oif) : undefined;
    if (!dev) throw kerr("ENODEV");
    nh = { gw: 0, dev, scope: RT_SCOPE_NOWHERE, flags: 0 };
  } else if (cfg.nhid !== undefined) {
    nh = { gw: 0, scope: RT_SCOPE_NOWHERE, flags: 0 };
  } else if (mp && mp.length > 1) {
    nhs = mp.map((x) => {
      const n = checkNh(ns, cfg, x);
      n.weight = x.weight;
      if (x.flow) n.flow = x.flow;
      return n;
    });
    nh = nhs[0]!;
  } else if (mp) {
    // One nexthop: an ordinary route (its realm is the route's).
    nh = checkNh(ns, cfg, mp[0]!);
    if (mp[0]!.flow) cfg = { ...cfg, flow: mp[0]!.flow };
  } else nh = checkNh(ns, cfg, cfg);
  if (cfg.prefsrc && !validPrefsrc(ns, cfg)) throw kerr("EINVAL", "Invalid prefsrc address.");
  // fib_create_info(): a route through a blackhole nexthop is a blackhole route.
  if (cfg.nhid !== undefined && nexthopIsBlackhole(ns, cfg.nhid)) cfg = { ...cfg, type: RTN_BLACKHOLE };
  // (flow set after the literal, not spread into it: a spread built each
  // route object the slow way, ~0.4 kB per fib_magic route.)
  const fi: FibInfo = { protocol: cfg.protocol, scope: cfg.scope, prefsrc: cfg.prefsrc, priority: cfg.priority, nh, metrics: cfg.metrics };
  if (cfg.flow) fi.flow = cfg.flow;
  const fa: FibAlias = { dst: cfg.dst, dstLen: cfg.dstLen, tos: cfg.tos, type: cfg.type, table: cfg.table, fi, seq: ++fibAliasClock.seq };
  if (nhs) {
    fi.nhs = nhs;
    if (nhs.every((x) => x.flags & RTNH_F_LINKDOWN)) fi.linkdown = true;
    fibRebalance(fi);
    fibMultipathSeen(ns);
  }
  if (cfg.nhid !== undefined) {
    nexthopBind(ns, fi, cfg.nhid);
    fibMultipathSeen(ns);
  }
  const r = fibTableInsert(t, fa, cfg.nlflags);
  if (r === "ok") {
    rtCacheFlush(ns);
    fibNotify("RTM_NEWROUTE", ns, fa);
  }
  return r;
}

/** rtmsg_fib(): RTNLGRP_IPV4_ROUTE (set by rtnl_inet.ts, which builds the message). */
let fibNotify: (type: "RTM_NEWROUTE" | "RTM_DELROUTE", ns: NetNamespace, fa: FibAlias) => void = () => {};
export function setFibNotify(fn: typeof fibNotify): void {
  fibNotify = fn;
}

/** fib_table_delete(): RTM_DELROUTE. */
export function fibRouteDel(ns: NetNamespace, cfg: FibConfig): void {
  const t = fibGetTable(ns, cfg.table);
  if (!t) throw kerr("ESRCH", "FIB table does not exist");
  if (((cfg.dst & ~maskOf(cfg.dstLen)) >>> 0) !== 0) throw kerr("EINVAL", "Invalid prefix for given prefix length");
  const gone = fibTableDelete(t, {
    dst: cfg.dst,
    dstLen: cfg.dstLen,
    tos: cfg.tos,
    type: cfg.type,
    scope: cfg.scope,
    prefsrc: cfg.prefsrc,
    protocol: cfg.protocol,
    priority: cfg.priority,
    oif: cfg.oif,
    gw: cfg.gw,
    gw6: cfg.gw6,
    mp: cfg.mp,
    nhid: cfg.nhid,
  });
  if (!gone) throw kerr("ESRCH");
  fibNotify("RTM_DELROUTE", ns, gone);
  rtCacheFlush(ns);
}

/** fib_magic()'s answer for a route already there, without building it: off only in test/netdev/ctr-kernel-diff.test.ts. */
export const fibMagicFast = { on: true, hits: 0 };

/** NLM_F_CREATE | NLM_F_APPEND (read only). */
const MAGIC_NLFLAGS: InsertMode = { replace: false, excl: false, append: true, create: true };

/** fib_magic(): the kernel's own route changes for an address (proto kernel). */
function fibMagic(cmd: "add" | "del", type: number, dst: number, dstLen: number, prim: InIfaddr, priority: number): void {
  const ns = prim.dev.net;
  if (cmd === "add" && fibMagicFast.on) {
    // The route is there already (4 of a container's 11 fib_magic adds: each
    // address of a device coming up adds its local and broadcast routes
    // again): the insert below would end in EEXIST, or in a check's error
    // first, both ignored here, and nothing before the insert changes state
    // (the table exists). Answered without building the route.
    const table = type === RTN_UNICAST ? RT_TABLE_MAIN : RT_TABLE_LOCAL;
    const t = fibGetTable(ns, table);
    const dev = t && devGetByIndex(ns, prim.dev.ifindex);
    const scope = type === RTN_LOCAL ? RT_SCOPE_HOST : RT_SCOPE_LINK;
    if (dev && fibTableHasMagic(t, dst, dstLen, type, RTPROT_KERNEL, scope, prim.local, priority, dev)) {
      fibMagicFast.hits++;
      return;
    }
  }
  const cfg: FibConfig = {
    dst,
    dstLen,
    tos: 0,
    table: type === RTN_UNICAST ? RT_TABLE_MAIN : RT_TABLE_LOCAL,
    protocol: RTPROT_KERNEL,
    scope: type === RTN_LOCAL ? RT_SCOPE_HOST : RT_SCOPE_LINK,
    type,
    prefsrc: prim.local,
    priority,
    oif: prim.dev.ifindex,
    gw: 0,
    flags: 0,
    nlflags: MAGIC_NLFLAGS,
  };
  try {
    if (cmd === "add") fibRouteInsert(ns, cfg);
    else fibRouteDel(ns, cfg);
  } catch (e) {
    // fib_magic ignores failures (a route already there, a device not up...).
    if (!(e instanceof KernelError)) throw e;
  }
}

/** fib_add_ifaddr() */
export function fibAddIfaddr(ifa: InIfaddr): void {
  const inDev = inDevGet(ifa.dev);
  if (!inDev) return;
  const dev = ifa.dev;
  let prim: InIfaddr | undefined = ifa;
  const mask = ifa.mask;
  const addr = ifa.local;
  const prefix = (ifa.address & mask) >>> 0;
  if (ifa.flags & IFA_F_SECONDARY) {
    prim = inetIfaByprefix(inDev, prefix, mask);
    if (!prim) return;
  }
  fibMagic("add", RTN_LOCAL, addr, 32, prim, 0);
  if (!(dev.flags & IFF_UP)) return;
  if (ifa.broadcast && ifa.broadcast !== 0xffffffff) fibMagic("add", RTN_BROADCAST, ifa.broadcast, 32, prim, 0);
  if (prefix !== 0 && !(ifa.flags & IFA_F_SECONDARY) && (prefix !== addr || ifa.prefixlen < 32)) {
    if (!(ifa.flags & IFA_F_NOPREFIXROUTE)) {
      fibMagic("add", dev.flags & IFF_LOOPBACK ? RTN_LOCAL : RTN_UNICAST, prefix, ifa.prefixlen, prim, ifa.rtPriority);
    }
    if (ifa.prefixlen < 31) fibMagic("add", RTN_BROADCAST, (prefix | ~mask) >>> 0, 32, prim, 0);
  }
}

/** fib_del_ifaddr(): remove what `ifa` brought, unless another address still needs it. */
export function fibDelIfaddr(ifa: InIfaddr, iprim: InIfaddr | undefined): void {
  const inDev = inDevGet(ifa.dev);
  const dev = ifa.dev;
  const LOCAL_OK = 1,
    BRD_OK = 2,
    BRD0_OK = 4,
    BRD1_OK = 8;
  const any = (ifa.address & ifa.mask) >>> 0;
  const brd = (ifa.address | ~ifa.mask) >>> 0;
  let ok = 0;
  let subnet = false;
  let gone = true;
  let prim: InIfaddr = ifa;
  let samePrefsrc = false;
  if (ifa.flags & IFA_F_SECONDARY) {
    const p = inDev && inetIfaByprefix(inDev, any, ifa.mask);
    if (p) {
      if (iprim && iprim !== p) return;
      prim = p;
    }
  } else if (any !== 0 && (any !== ifa.local || ifa.prefixlen < 32)) {
    if (!(ifa.flags & IFA_F_NOPREFIXROUTE)) {
      fibMagic("del", dev.flags & IFF_LOOPBACK ? RTN_LOCAL : RTN_UNICAST, any, ifa.prefixlen, prim, 0);
    }
    subnet = true;
  }
  if (inDev && !inDev.dead) {
    let prim1: InIfaddr | undefined;
    for (const ifa1 of inDev.ifaList) {
      if (ifa1 === ifa) {
        gone = false;
        continue;
      }
      if (iprim && ifa1.mask === iprim.mask && inetIfaMatch(ifa1.address, iprim)) continue;
      if (ifa1.flags & IFA_F_SECONDARY) {
        if (ifa1.mask === prim.mask && inetIfaMatch(ifa1.address, prim)) prim1 = prim;
        else {
          if (!samePrefsrc) continue;
          if (!prim1 || ifa1.mask !== prim1.mask || !inetIfaMatch(ifa1.address, prim1)) {
            prim1 = inetIfaByprefix(inDev, ifa1.address, ifa1.mask);
          }
          if (!prim1) continue;
          if (prim1.local !== prim.local) continue;
        }
      } else {
        if (prim.local !== ifa1.local) continue;
        prim1 = ifa1;
        if (prim !== prim1) samePrefsrc = true;
      }
      if (ifa.local === ifa1.local) ok |= LOCAL_OK;
      if (ifa.broadcast === ifa1.broadcast) ok |= BRD_OK;
      if (brd === ifa1.broadcast) ok |= BRD1_OK;
      if (any === ifa1.broadcast) ok |= BRD0_OK;
      if (prim1 === ifa1 && ifa1.prefixlen < 31) {
        const brd1 = (ifa1.address | ~ifa1.mask) >>> 0;
        const any1 = (ifa1.address & ifa1.mask) >>> 0;
        if (any1 !== 0) {
          if (ifa.broadcast === brd1 || ifa.broadcast === any1) ok |= BRD_OK;
          if (brd === brd1 || brd === any1) ok |= BRD1_OK;
          if (any === brd1 || any === any1) ok |= BRD0_OK;
        }
      }
    }
  }
  if (!(ok & BRD_OK) && ifa.broadcast) fibMagic("del", RTN_BROADCAST, ifa.broadcast, 32, prim, 0);
  if (subnet && ifa.prefixlen < 31) {
    if (!(ok & BRD1_OK)) fibMagic("del", RTN_BROADCAST, brd, 32, prim, 0);
    if (!(ok & BRD0_OK)) fibMagic("del", RTN_BROADCAST, any, 32, prim, 0);
  }
  if (!(ok & LOCAL_OK)) {
    fibMagic("del", RTN_LOCAL, ifa.local, 32, prim, 0);
    if (gone && inetAddrType(dev.net, ifa.local) !== RTN_LOCAL) fibSyncDownAddr(dev.net, ifa.local);
  }
}

/** fib_sync_down_addr() + fib_flush(): routes preferring a source address that is gone. */
function fibSyncDownAddr(ns: NetNamespace, local: number): void {
  // fib_flush() runs (every table walked) only when some route used the address.
  const tables = fibTablesHashOrder(ipv4Of(ns).tables.values());
  if (tables.some((t) => t.aliases.some((fa) => fa.fi.prefsrc === local))) {
    for (const t of tables) fibTableFilter(t, (fa) => fa.fi.prefsrc !== local);
  }
  rtGenidBump();
}

/** fib_sync_down_dev(): mark nexthops through `dev`; host routes survive unless forced. */
function fibSyncDownDev(dev: NetDevice, event: "DOWN" | "UNREGISTER" | "CHANGE", force: boolean): number {
  const scope = force ? -1 : RT_SCOPE_NOWHERE;
  let n = 0;
  for (const t of ipv4Of(dev.net).tables.values()) {
    for (const fa of t.aliases) {
      const fi = fa.fi;
      if (fi.nhs) {
        n += syncDownMultipath(fi, dev, event, scope);
        continue;
      }
      const nh = fi.nh;
      if (nh.dev !== dev || nh.scope === scope) continue;
      if (event !== "CHANGE") nh.flags |= RTNH_F_DEAD;
      nh.flags |= RTNH_F_LINKDOWN;
      n++;
    }
  }
  rtGenidBump();
  return n;
}

/**
 * fib_sync_down_dev() for one multipath route: its nexthops through `dev` die
 * (or lose their link); the route dies once all of them are, and at once when
 * `dev` goes away. Returns how many nexthops changed.
 */
function syncDownMultipath(fi: FibInfo, dev: NetDevice, event: "DOWN" | "UNREGISTER" | "CHANGE", scope: number): number {
  const nhs = fi.nhs!;
  if (!nhs.some((nh) => nh.dev === dev)) return 0;
  let dead = 0;
  let n = 0;
  for (const nh of nhs) {
    if (nh.flags & RTNH_F_DEAD) dead++;
    else if (nh.dev === dev && nh.scope !== scope) {
      if (event !== "CHANGE") nh.flags |= RTNH_F_DEAD;
      nh.flags |= RTNH_F_LINKDOWN;
      dead++;
      n++;
    }
    if (event === "UNREGISTER" && nh.dev === dev) {
      dead = nhs.length;
      n++;
      break;
    }
  }
  if (dead === nhs.length) {
    if (event !== "CHANGE") fi.dead = true;
    fi.linkdown = true;
  }
  fibRebalance(fi);
  return n;
}

/** fib_flush(): drop routes whose nexthop is dead (a multipath route: all of them). */
function fibFlush(ns: NetNamespace): void {
  for (const t of fibTablesHashOrder(ipv4Of(ns).tables.values())) fibTableFilter(t, (fa) => !(fa.fi.nhs ? fa.fi.dead : fa.fi.nh.flags & RTNH_F_DEAD));
  rtCacheFlush(ns);
}

/** fib_sync_up() */
function fibSyncUp(dev: NetDevice, flags: number): void {
  // fib_sync_up() (net/ipv4/fib_semantics.c): reviving dead nexthops on NETDEV_UP also clears
  // their linkdown mark when the device already has its carrier (a veth whose peer is up
  // gets it in ndo_open, before the notifier runs).
  if (flags & RTNH_F_DEAD && devGetFlags(dev) & (IFF_RUNNING | IFF_LOWER_UP)) flags |= RTNH_F_LINKDOWN;
  for (const t of ipv4Of(dev.net).tables.values()) {
    for (const fa of t.aliases) {
      const fi = fa.fi;
      if (fi.nhs) {
        if (!fi.nhs.some((nh) => nh.dev === dev)) continue;
        let alive = 0;
        for (const nh of fi.nhs) {
          if (!(nh.flags & flags)) {
            alive++;
            continue;
          }
          if (nh.dev !== dev || !(dev.flags & IFF_UP) || !inDevGet(dev)) continue;
          alive++;
          nh.flags &= ~flags;
        }
        if (alive > 0 && flags & RTNH_F_DEAD) fi.dead = false;
        if (alive > 0 && flags & RTNH_F_LINKDOWN) fi.linkdown = false;
        fibRebalance(fi);
        continue;
      }
      const nh = fi.nh;
      if (nh.dev !== dev || !(nh.flags & flags)) continue;
      nh.flags &= ~flags;
    }
  }
  rtGenidBump();
}

/** Hook for ARP: forget the neighbours of a device whose IP goes away (arp_ifdown). */
let arpIfdown: (dev: NetDevice) => void = () => {};
export function setArpIfdown(fn: (dev: NetDevice) => void): void {
  arpIfdown = fn;
}

/** fib_disable_ip() */
function fibDisableIp(dev: NetDevice, event: "DOWN" | "UNREGISTER", force: boolean): void {
  if (fibSyncDownDev(dev, event, force)) fibFlush(dev.net);
  else rtCacheFlush(dev.net);
  arpIfdown(dev);
}

/** fib_netdev_event() */
function fibNetdevEvent(event: NetdevEvent, dev: NetDevice): void {
  if (event === "UNREGISTER") {
    fibDisableIp(dev, "UNREGISTER", true);
    return;
  }
  const inDev = inDevGet(dev);
  if (!inDev) return;
  switch (event) {
    case "UP":
      for (const ifa of [...inDev.ifaList]) fibAddIfaddr(ifa);
      fibSyncUp(dev, RTNH_F_DEAD);
      rtCacheFlush(dev.net);
      break;
    case "DOWN":
      fibDisableIp(dev, "DOWN", false);
      break;
    case "CHANGE": {
      const flags = devGetFlags(dev);
      if (flags & (IFF_RUNNING | IFF_LOWER_UP)) fibSyncUp(dev, RTNH_F_LINKDOWN);
      else fibSyncDownDev(dev, "CHANGE", false);
      rtCacheFlush(dev.net);
      break;
    }
    default:
      break;
  }
}

/** fib_inetaddr_event() */
function fibInetaddrEvent(event: "UP" | "DOWN", ifa: InIfaddr): void {
  if (event === "UP") {
    fibAddIfaddr(ifa);
    rtCacheFlush(ifa.dev.net);
    return;
  }
  fibDelIfaddr(ifa, undefined);
  const inDev = inDevGet(ifa.dev);
  if (!inDev || inDev.ifaList.length === 0) fibDisableIp(ifa.dev, "DOWN", true);
  else rtCacheFlush(ifa.dev.net);
}

registerNetdevNotifier(fibNetdevEvent, ["UNREGISTER", "UP", "DOWN", "CHANGE"]);
registerInetaddrNotifier(fibInetaddrEvent);
setPromotionHooks(fibDelIfaddr, fibAddIfaddr);

export { RT_SCOPE_UNIVERSE };
