// The IPv6 routes addrconf installs (net/ipv6/route.c, ip6_fib.c), reduced to
// what `ip -6 route` shows of them: the connected prefix of each address
// (fe80::/64 ... metric 256, table main), the multicast route ff00::/8 of
// each usable device (table local), and a local /128 route per address once
// DAD has passed (table local, metric 0); and ip6RouteLookup(), the output
// lookup of the model's own unicast (ping sockets, ICMPv6 answers).
//
// Dump order follows the fib6 tree walk: tables by id (main 254 before local
// 255), within a table by address bits with a longer prefix before the
// shorter one that contains it (the walk visits children before a node's own
// routes), and routes of one prefix by metric, then insertion.

import { rt6RedirectOf } from "./rt6_exception.js";
import { ndTbl } from "./ndisc_tbl.js";
import { NUD_VALID } from "../core/neighbour.js";
import {
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
  RTN_BLACKHOLE,
  RTN_LOCAL,
  RTN_MULTICAST,
  RTN_PROHIBIT,
  RTN_THROW,
  RTN_UNICAST,
  RTN_UNREACHABLE,
} from "../../uapi/route.js";
import type { Ip6Addr } from "../../wire/addr.js";
import type { RtaMetrics } from "../../uapi/route.js";
import { HZ, jiffiesToNs, nsToJiffies } from "../core/jiffies.js";
import type { TimerHandle } from "../../sim/clock.js";
import { registerSysctlWriteOnly, sysctlGet } from "../fs/procfs-sys.js";
import { netCore } from "../core/net_namespace.js";
import { RTF6_GATEWAY, RTF6_LOCAL, RTF6_NONEXTHOP, RTF6_REJECT, RTF6_UP } from "../../uapi/in6.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { kerr } from "../../uapi/errno.js";
import { appendSmall } from "../core/small_array.js";
import { fib6RulesCustom, fibRuleMatchCommon, fibRulePortsMatch, type FibRule, type FibRules } from "../ipv4/fib_rules.js";
import { fib6SelectPath, rt6MultipathHash, rt6MultipathRebalance } from "./route_multipath.js";
import { nexthopFind, nexthopIsBlackhole, setNexthopRoutes6Refresh, type NhObj } from "../ipv4/nexthop.js";
import { FIB_RULE_INVERT, FR_ACT_BLACKHOLE, FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_PROHIBIT, FR_ACT_TO_TBL, FR_ACT_UNREACHABLE } from "../../uapi/fib_rules.js";

export interface Rt6Info {
  table: number;
  type: number;
  dst: Ip6Addr;
  dstLen: number;
  dev: NetDevice;
  metric: number;
  /** RTA_GATEWAY, for routes added with `via`. */
  gw?: Ip6Addr;
  /** RTPROT_*: kernel (2) for addrconf's routes, else what the adder said (boot by default). */
  protocol?: number;
  /** Insertion order, for routes of one prefix and metric. */
  seq: number;
  /**
   * RTF_REJECT: a blackhole/unreachable/prohibit/throw route, or a unicast
   * route through lo (fib6_is_reject() promotes it). Its device is lo; a
   * lookup that ends on it fails with ip6RejectError(type).
   */
  reject?: boolean;
  /** RTF_* bits a route(8) ioctl passed besides RTF_UP and RTF_GATEWAY (RTF_HOST, RTF_MODIFIED, ...). */
  rtf?: number;
  /**
   * RTNH_F_ONLINK on the nexthop. fib6_nh_init() tests the config's RTF_*
   * flags for it, and RTF_HOST has the same value: a /128 route(8) adds is onlink.
   */
  onlink?: boolean;
  /**
   * fib6_siblings: the ECMP routes of this one's leaf and metric, this one
   * included, in list order (route_multipath.ts); shared by its members.
   */
  siblings?: Rt6Info[];
  /** fib_nh_weight (1..256); 1 when not given. */
  weight?: number;
  /** RTNH_F_DEAD: its device went down while other siblings live; cleared when the link is ready again. */
  dead?: boolean;
  /** fib_nh_upper_bound of a sibling (rt6_multipath_rebalance). */
  upper?: number;
  /** fib6_metrics (RTA_METRICS as given: mtu, advmss, hoplimit...): mtu applies to output (rt6_exception.ts rt6Mtu), the rest are stored and shown. */
  metrics?: RtaMetrics;
  /** RTF_PREF(): ICMPV6_ROUTER_PREF_* (0 medium, 1 high, 3 low). */
  pref?: number;
  /** fib6_prefsrc: RTA_PREFSRC as added, the route's preferred source. */
  prefsrc?: Ip6Addr;
  /** RTF_EXPIRES: the jiffies at which the route expires (fib6_set_expires). */
  expires?: number;
  /**
   * f6i->nh: the nexthop object the route goes through (`nhid`); `dev` and
   * `gw` are then its (a group's first member's) and follow it.
   */
  nhid?: number;
  /** An ICMPv6 redirect left an exception on this route (rt6_exception.ts): lookups look for its gateway. */
  redirected?: boolean;
}

interface NetIpv6Routes {
  /**
   * The routes of each device (insertion order within one). Every operation
   * names its device, and a namespace with 10 000 host-side veths holds
   * ~30 000 routes: one flat list made each add/delete scan all of them.
   * The dump sorts by (table, prefix, metric, seq), a total order, so how the
   * routes are stored does not change what it shows.
   */
  byDev: Map<NetDevice, Rt6Info[]>;
  seq: number;
  /** ip6_fib_timer: the pending garbage collection of expired routes (fib6_start_gc). */
  gcTimer?: TimerHandle;
}

function state(ns: NetNamespace): NetIpv6Routes {
  return ns.get<NetIpv6Routes>("ipv6-routes", () => ({ byDev: new Map(), seq: 0 }));
}

/** net.ipv6.route.gc_interval (ip6_rt_gc_interval) in jiffies. */
function gcIntervalJiffies(ns: NetNamespace): number {
  const v = Number(sysctlGet(ns, "net.ipv6.route.gc_interval"));
  return (Number.isFinite(v) ? v : 30) * HZ;
}

/** fib6_start_gc(): a route with RTF_EXPIRES arms the gc timer one interval ahead unless it is pending. */
function fib6StartGc(ns: NetNamespace): void {
  const s = state(ns);
  if (s.gcTimer) return;
  s.gcTimer = netCore(ns).host.clock.after(jiffiesToNs(gcIntervalJiffies(ns)), () => fib6RunGc(ns));
}

/** round_jiffies(): to the nearest whole second (the next one from a quarter second on), unless that is not ahead. */
function roundJiffies(j: number, now: number): number {
  const rem = j % HZ;
  const r = rem < HZ / 4 ? j - rem : j - rem + HZ;
  return r <= now ? j : r;
}

/**
 * fib6_run_gc() from ip6_fib_timer: fib6_age() deletes every route whose RTF_EXPIRES time is past
 * (RTM_DELROUTE each) and counts those still to expire; while any are left the timer runs again
 * one interval later (round_jiffies), else it stops. Exceptions age on their own (rt6_exception.ts).
 */
function fib6RunGc(ns: NetNamespace): void {
  const s = state(ns);
  s.gcTimer?.cancel();
  s.gcTimer = undefined;
  const now = rt6Jiffies(ns);
  let more = 0;
  const expired: Rt6Info[] = [];
  for (const list of s.byDev.values()) {
    for (const r of list) {
      if (!r.expires) continue;
      if (now > r.expires) expired.push(r);
      else more++;
    }
  }
  for (const r of expired) {
    unlinkRt6(r);
    linkdownRoutes.delete(r);
  }
  if (more) s.gcTimer = netCore(ns).host.clock.after(jiffiesToNs(roundJiffies(now + gcIntervalJiffies(ns), now) - now), () => fib6RunGc(ns));
}

/**
 * Routes whose nexthop carries RTNH_F_LINKDOWN: set when the route is made on
 * a device without carrier (fib6_nh_init) and for all of a device's routes
 * when its carrier loss is handled (NETDEV_CHANGE: rt6_sync_down_dev), cleared
 * when the carrier's return is (rt6_sync_up). A device closed with its carrier
 * (`ip link set DEV down`) never hears of the loss: its routes go unflagged.
 */
const linkdownRoutes = new WeakSet<Rt6Info>();

export function rt6Linkdown(r: Rt6Info): boolean {
  return linkdownRoutes.has(r);
}

/** NETDEV_CHANGE: the device's routes follow its carrier. */
export function rt6SyncCarrier(dev: NetDevice): void {
  const list = state(dev.net).byDev.get(dev);
  if (!list) return;
  for (const r of list) {
    if (dev.carrier) linkdownRoutes.delete(r);
    else linkdownRoutes.add(r);
  }
}

/** inet6_rt_notify(): RTNLGRP_IPV6_ROUTE (set by addrconf_rtnl.ts, which builds the message). */
let rt6Notify: (type: "RTM_NEWROUTE" | "RTM_DELROUTE", r: Rt6Info) => void = () => {};
export function setRt6Notify(fn: typeof rt6Notify): void {
  rt6Notify = fn;
}

/** Adds an addrconf route unless the device has it already; returns the route kept (the one there, or the new one). */
function add(dev: NetDevice, r: Omit<Rt6Info, "seq" | "dev">): Rt6Info {
  const s = state(dev.net);
  const list = s.byDev.get(dev) ?? [];
  const dup = list.find(
    (x) => x.table === r.table && x.dst === r.dst && x.dstLen === r.dstLen && x.type === r.type && x.metric === r.metric,
  );
  if (dup) return dup;
  const rt: Rt6Info = { table: r.table, type: r.type, dst: r.dst, dstLen: r.dstLen, dev, metric: r.metric, seq: ++s.seq };
  if (!dev.carrier) linkdownRoutes.add(rt);
  s.byDev.set(dev, appendSmall(list, rt));
  rt6Notify("RTM_NEWROUTE", rt);
  return rt;
}

/** Keeps the device's routes that `keep` accepts. */
function filterDev(dev: NetDevice, keep: (r: Rt6Info) => boolean): void {
  const s = state(dev.net);
  const list = s.byDev.get(dev);
  if (!list) return;
  const left = list.filter(keep);
  if (left.length === list.length) return;
  if (left.length) s.byDev.set(dev, left);
  else s.byDev.delete(dev);
  for (const r of list) if (!left.includes(r)) rt6Notify("RTM_DELROUTE", r);
}

/** addrconf_prefix_route(): the connected route of an address's prefix (RTF_EXPIRES at `expires` jiffies for a dynamic address's). */
export function addrconfPrefixRoute(dev: NetDevice, prefix: Ip6Addr, len: number, expires?: number): void {
  const rt = add(dev, { table: RT_TABLE_MAIN, type: RTN_UNICAST, dst: prefix, dstLen: len, metric: 256 });
  if (expires !== undefined) {
    rt.expires = expires;
    fib6StartGc(dev.net);
  }
}

/**
 * addrconf_prefix_route() for an address being modified: ip6_route_add() without a netlink
 * header adds, or finds its route (same metric, device, no gateway) and only updates its expiry
 * (fib6_add_rt2node's legacy path: a route without RTF_EXPIRES is left alone).
 */
export function addrconfPrefixRouteRefresh(dev: NetDevice, prefix: Ip6Addr, len: number, expires?: number): void {
  const rt = state(dev.net).byDev.get(dev)?.find((x) => x.table === RT_TABLE_MAIN && x.type === RTN_UNICAST && x.dst === prefix && x.dstLen === len && x.metric === 256 && x.gw === undefined);
  if (!rt) {
    addrconfPrefixRoute(dev, prefix, len, expires);
    return;
  }
  if (rt.expires === undefined) return;
  if (expires === undefined) delete rt.expires;
  else rt.expires = expires;
}

/** addrconf_get_prefix_route(…, RTF_DEFAULT, no_gw): the device's gateway-less route of the prefix in main, lowest metric first. */
export function addrconfGetPrefixRoute(dev: NetDevice, prefix: Ip6Addr, len: number): Rt6Info | undefined {
  let best: Rt6Info | undefined;
  for (const x of state(dev.net).byDev.get(dev) ?? []) {
    if (x.table !== RT_TABLE_MAIN || x.type !== RTN_UNICAST || x.dst !== prefix || x.dstLen !== len || x.gw !== undefined) continue;
    if (!best || x.metric < best.metric || (x.metric === best.metric && x.seq < best.seq)) best = x;
  }
  return best;
}

/** addrconf_add_mroute(): ff00::/8 in table local. */
export function addrconfAddMroute(dev: NetDevice): void {
  add(dev, { table: RT_TABLE_LOCAL, type: RTN_MULTICAST, dst: 0xff00n << 112n, dstLen: 8, metric: 256 });
}

/** The host route of a local address (addrconf_f6i_alloc + ip6_ins_rt). */
export function addLocalRoute(dev: NetDevice, addr: Ip6Addr): void {
  add(dev, { table: RT_TABLE_LOCAL, type: RTN_LOCAL, dst: addr, dstLen: 128, metric: 0 });
}

export function delLocalRoute(dev: NetDevice, addr: Ip6Addr): void {
  filterDev(dev, (r) => !(r.type === RTN_LOCAL && r.dst === addr));
}

/** Removes the connected prefix route when the last address of the prefix goes. */
export function delPrefixRoute(dev: NetDevice, prefix: Ip6Addr, len: number): void {
  filterDev(dev, (r) => !(r.type === RTN_UNICAST && r.table === RT_TABLE_MAIN && r.dst === prefix && r.dstLen === len));
}

/** A route given to ip6RouteAdd (the fib6_config of `ip -6 route add|replace`). */
export interface Rt6Config {
  table: number;
  type: number;
  dst: Ip6Addr;
  dstLen: number;
  metric: number;
  gw?: Ip6Addr;
  protocol: number;
  reject?: boolean;
  rtf?: number;
  onlink?: boolean;
  /** rtnh_hops + 1 of an RTA_MULTIPATH nexthop. */
  weight?: number;
  metrics?: RtaMetrics;
  pref?: number;
  expires?: number;
  nhid?: number;
  /** RTA_PREFSRC (fib6_prefsrc, a /128): the source ip6_route_get_saddr() picks for this route. */
  prefsrc?: Ip6Addr;
}

/** rtm_to_fib6_config(): these types set RTF_REJECT. */
export function rt6TypeIsReject(type: number): boolean {
  return type === RTN_UNREACHABLE || type === RTN_BLACKHOLE || type === RTN_PROHIBIT || type === RTN_THROW;
}

/** The jiffies counter of a namespace's host clock. */
export function rt6Jiffies(ns: NetNamespace): number {
  return nsToJiffies(netCore(ns).host.clock.now);
}

/** fib6_check_expired() */
export function rt6Expired(ns: NetNamespace, r: Rt6Info): boolean {
  return r.expires !== undefined && rt6Jiffies(ns) >= r.expires;
}

/** rt6_qualify_for_ecmp(): a route with a gateway (not addrconf's, not a reject route) may have siblings. */
function qualifiesForEcmp(r: { gw?: Ip6Addr; reject?: boolean; nhid?: number }): boolean {
  return r.gw !== undefined && !r.reject && r.nhid === undefined;
}

/** Namespaces that ever held an IPv6 multipath route: only their forwarded packets need a flow for the hash. */
const mp6Namespaces = new WeakSet<NetNamespace>();

/** Whether `ns` ever had sibling routes (forwarding builds a flow for the hash then). */
export function rt6MultipathSeen(ns: NetNamespace): boolean {
  return mp6Namespaces.has(ns);
}

/** Takes one route out of its device's list and its sibling list (fib6_del_route: the others are rebalanced). */
function unlinkRt6(rt: Rt6Info, notify = true): void {
  const s = state(rt.dev.net);
  const list = s.byDev.get(rt.dev);
  const i = list ? list.indexOf(rt) : -1;
  if (list && i >= 0) {
    list.splice(i, 1);
    if (!list.length) s.byDev.delete(rt.dev);
  }
  const g = rt.siblings;
  if (g) {
    g.splice(g.indexOf(rt), 1);
    rt.siblings = undefined;
    if (g.length === 1) g[0]!.siblings = undefined;
    else rt6MultipathRebalance(g);
  }
  // fib6_del_route(): notified once out of the leaf and its sibling list.
  if (notify) rt6Notify("RTM_DELROUTE", rt);
}

/**
 * ip6_route_add() / fib6_add_rt2node() for `ip -6 route add|replace|append`:
 * routes of one prefix and table are one leaf whatever their device. Among
 * those of our metric: NLM_F_EXCL makes any one EEXIST; NLM_F_REPLACE
 * replaces the first as ECMP-able as ours (else the first), with all its
 * siblings (ENOENT when there is none and no NLM_F_CREATE); otherwise the same
 * device and gateway is EEXIST (rt6_duplicate_nexthop), and a route with a
 * gateway joins the siblings of the first such route (the tail of their
 * list), else it is a route of its own. Reject routes hang on lo (fib6_nh_init).
 */
export function ip6RouteAdd(
  dev: NetDevice,
  r: Rt6Config,
  opts: { excl: boolean; replace: boolean; create: boolean; ioctl?: boolean; skipNotify?: boolean } = { excl: true, replace: false, create: true },
): Rt6Info {
  const s = state(dev.net);
  // The leaf's routes of our metric, in leaf order.
  const leaf: Rt6Info[] = [];
  for (const list of s.byDev.values()) {
    for (const x of list) if (x.table === r.table && x.dst === r.dst && x.dstLen === r.dstLen && x.metric === r.metric) leaf.push(x);
  }
  leaf.sort((a, b) => a.seq - b.seq);
  if (leaf.length && opts.excl) throw kerr("EEXIST");
  const ecmp = qualifiesForEcmp(r);
  let replaced: Rt6Info | undefined;
  let joins: Rt6Info | undefined;
  if (opts.replace) {
    replaced = leaf.find((x) => qualifiesForEcmp(x) === ecmp) ?? leaf[0];
    if (!replaced && !opts.create) {
      // fib6_add_1() refuses with a message when the prefix has no node; on a node
      // without a route of this metric, fib6_add_rt2node() says only ENOENT.
      const node = [...s.byDev.values()].some((list) => list.some((x) => x.table === r.table && x.dst === r.dst && x.dstLen === r.dstLen));
      throw node ? kerr("ENOENT") : kerr("ENOENT", "Can not replace route - no match found");
    }
  } else {
    for (const x of leaf) if (x.dev === dev && x.gw === r.gw) throw kerr("EEXIST");
    if (ecmp) joins = leaf.find(qualifiesForEcmp);
  }
  const rt: Rt6Info = { table: r.table, type: r.type, dst: r.dst, dstLen: r.dstLen, metric: r.metric, protocol: r.protocol, dev, seq: replaced ? replaced.seq : ++s.seq };
  if (r.gw !== undefined) rt.gw = r.gw;
  if (r.reject) rt.reject = true;
  if (r.rtf) rt.rtf = r.rtf;
  if (r.onlink) rt.onlink = true;
  if (r.weight !== undefined && r.weight !== 1) rt.weight = r.weight;
  if (r.metrics) rt.metrics = r.metrics;
  if (r.pref) rt.pref = r.pref;
  if (r.expires !== undefined) {
    rt.expires = r.expires;
    fib6StartGc(dev.net);
  }
  if (r.nhid !== undefined) rt.nhid = r.nhid;
  if (r.prefsrc !== undefined) rt.prefsrc = r.prefsrc;
  if (!dev.carrier) linkdownRoutes.add(rt);
  if (replaced) {
    // Replacing an ECMP route removes all its siblings.
    for (const x of replaced.siblings ? [...replaced.siblings] : [replaced]) unlinkRt6(x, false);
  }
  s.byDev.set(dev, appendSmall(s.byDev.get(dev) ?? [], rt));
  if (joins) {
    const g = joins.siblings ?? [joins];
    g.push(rt);
    for (const x of g) x.siblings = g;
    rt6MultipathRebalance(g);
    mp6Namespaces.add(dev.net);
  }
  // fib6_add_rt2node(): notified once linked (with its siblings), unless the
  // caller notifies for a whole multipath add (ip6_route_multipath_add).
  if (!opts.skipNotify) rt6Notify("RTM_NEWROUTE", rt);
  return rt;
}

/** inet6_rt_notify() for a route the caller inserted with skipNotify. */
export function rt6NotifyNew(rt: Rt6Info): void {
  rt6Notify("RTM_NEWROUTE", rt);
}

/** Takes out a route ip6RouteAdd() just added (a multipath add that failed part way). */
export function ip6RouteUndo(rt: Rt6Info): void {
  unlinkRt6(rt, false);
}

/**
 * ip6_route_del(): the first route of the prefix matching the device,
 * gateway, metric and protocol given (the type is not compared); ESRCH when
 * none does. Without a gateway its siblings go with it (__ip6_del_rt_siblings).
 */
export function ip6RouteDel(ns: NetNamespace, r: { table: number; dst: Ip6Addr; dstLen: number; metric?: number; gw?: Ip6Addr; dev?: NetDevice; protocol?: number }): void {
  const cand: Rt6Info[] = [];
  for (const [dev, list] of state(ns).byDev) {
    if (r.dev && dev !== r.dev) continue;
    for (const x of list) {
      if (x.table !== r.table || x.dst !== r.dst || x.dstLen !== r.dstLen) continue;
      if (r.metric && x.metric !== r.metric) continue;
      if (r.gw !== undefined && x.gw !== r.gw) continue;
      if (r.protocol && (x.protocol ?? 2) !== r.protocol) continue;
      cand.push(x);
    }
  }
  if (!cand.length) throw kerr("ESRCH");
  // The leaf holds its routes by metric, then insertion.
  const x = cand.reduce((a, b) => (b.metric < a.metric || (b.metric === a.metric && b.seq < a.seq) ? b : a));
  if (r.gw === undefined && x.siblings) {
    // __ip6_del_rt_siblings(): one notification carrying the whole group, made before it goes.
    rt6Notify("RTM_DELROUTE", x);
    for (const y of [...x.siblings]) unlinkRt6(y, false);
  } else unlinkRt6(x);
}

/**
 * rt6_disable_ip() / rt6_sync_down_dev() -> fib6_ifdown(): the device's
 * routes go, except a sibling of others that live when the device only went
 * down: it stays, dead (RTNH_F_DEAD), and the group is rebalanced; a group
 * whose every member is dead or on the device goes whole. fib6_clean_all()
 * walks the tables (main, then local) in tree order, each deletion notified.
 */
export function rt6Ifdown(dev: NetDevice, unregister = false): void {
  if (!state(dev.net).byDev.get(dev)) return;
  for (const rt of rt6Dump(dev.net)) {
    if (rt.dev !== dev) continue;
    // A route through a nexthop object follows the object (nexthop.c removes it with the device).
    if (rt.nhid !== undefined) continue;
    const g = rt.siblings;
    if (!g || unregister) {
      unlinkRt6(rt);
      continue;
    }
    if (rt.dead) continue;
    if (g.every((x) => x.dev === dev || x.dead)) {
      for (const x of [...g]) unlinkRt6(x);
      continue;
    }
    // fib6_ifdown(NETDEV_DOWN): the nexthop is flagged RTNH_F_DEAD | RTNH_F_LINKDOWN.
    for (const x of g) {
      if (x.dev !== dev) continue;
      x.dead = true;
      linkdownRoutes.add(x);
    }
    rt6MultipathRebalance(g);
  }
}

/**
 * rt6_sync_up() / rt6_sync_down_dev(NETDEV_CHANGE) for sibling routes: the
 * device's link became ready (`up`: its dead siblings live again) or its
 * carrier changed; the groups it is in are rebalanced.
 */
export function rt6MultipathSync(dev: NetDevice, up: boolean): void {
  const list = state(dev.net).byDev.get(dev);
  if (!list) return;
  for (const rt of list) {
    if (!rt.siblings) continue;
    if (up) rt.dead = false;
    rt6MultipathRebalance(rt.siblings);
  }
}

function bitsCompare(a: Rt6Info, b: Rt6Info): number {
  const n = Math.min(a.dstLen, b.dstLen);
  const shift = BigInt(128 - n);
  const pa = n === 0 ? 0n : a.dst >> shift;
  const pb = n === 0 ? 0n : b.dst >> shift;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return b.dstLen - a.dstLen;
}

/** Every route of the namespace in dump order (table main, then local). */
export function rt6Dump(ns: NetNamespace): Rt6Info[] {
  const all: Rt6Info[] = [];
  for (const list of state(ns).byDev.values()) for (const r of list) all.push(r);
  return all.sort(
    (a, b) => a.table - b.table || bitsCompare(a, b) || a.metric - b.metric || a.seq - b.seq,
  );
}

// ---------------------------------------------------------------- lookups

/** The routes hanging on `dev` (fib6 nexthops through it), for rt6_mtu_change. */
export function rt6RoutesOfDev(dev: NetDevice): readonly Rt6Info[] {
  return state(dev.net).byDev.get(dev) ?? [];
}

/** What ip6_route_output() found: the route and, for local ones, lo as the device packets leave by. */
export interface Rt6Lookup {
  rt: Rt6Info;
  /** dst.dev: lo for a local route (the packet loops back), else the route's device. */
  dev: NetDevice;
  /** The next hop of a route via a gateway. */
  gw?: Ip6Addr;
}

function matches(r: Rt6Info, daddr: Ip6Addr): boolean {
  if (r.dstLen === 0) return true;
  const shift = BigInt(128 - r.dstLen);
  return r.dst >> shift === daddr >> shift;
}

/** ip6_rt_type_to_error(): what a lookup ending on a reject route fails with. */
export function ip6RejectError(type: number): "EHOSTUNREACH" | "EINVAL" | "EACCES" | "EAGAIN" | "ENETUNREACH" {
  if (type === RTN_UNREACHABLE) return "EHOSTUNREACH";
  if (type === RTN_BLACKHOLE) return "EINVAL";
  if (type === RTN_PROHIBIT) return "EACCES";
  if (type === RTN_THROW) return "EAGAIN";
  return "ENETUNREACH";
}

/**
 * fib6_rule_lookup() with the default rules (table local, then main):
 * the longest matching prefix, lowest metric. With an output device only its
 * routes count for link-local and multicast destinations (rt6_device_match
 * with RT6_LOOKUP_F_IFACE), and are preferred otherwise. A local route sends
 * through lo. A throw route sends the lookup on to the next rule's table
 * (fib6_rule_action's -EAGAIN); a reject route ends it with its error
 * (`reject`); no route at all is ip6_null_entry (undefined, -ENETUNREACH).
 */
export function ip6RouteOutput(ns: NetNamespace, daddr: Ip6Addr, oif: number, lo: NetDevice | undefined, fl?: Flow6): Rt6Lookup | { reject: Rt6Info } | undefined {
  const strict = oif !== 0 && ((daddr >> 118n) === 0x3fan || (daddr >> 120n) === 0xffn);
  const rules = fib6RulesCustom(ns);
  if (rules) return fib6RulesLookup(ns, rules, daddr, oif, lo, strict, fl ?? {});
  for (const table of [RT_TABLE_LOCAL, RT_TABLE_MAIN]) {
    const best = lookupTable(ns, table, daddr, oif, strict);
    if (best) {
      if (best.type === RTN_THROW) continue;
      return answer(ns, best, lo, daddr, oif, fl);
    }
  }
  return undefined;
}

/** What a lookup ending at `best` returns (fib6_select_path() picks among its siblings). */
function answer(ns: NetNamespace, best: Rt6Info, lo: NetDevice | undefined, daddr: Ip6Addr, oif: number, fl: Flow6 | undefined): Rt6Lookup | { reject: Rt6Info } | undefined {
  if (best.reject) return { reject: best };
  if (best.type === RTN_LOCAL) return lo ? { rt: best, dev: lo } : undefined;
  if (best.nhid !== undefined) return nexthopPath(ns, best, daddr, fl);
  if (best.siblings) best = fib6SelectPath(ns, best, daddr, fl, oif !== 0 && best.dev.ifindex === oif);
  // rt6_find_cached_rt(): a redirect's exception for this destination names the next hop.
  if (best.redirected) {
    const red = rt6RedirectOf(ns, best, daddr);
    if (red) return { rt: best, dev: best.dev, gw: red.gw };
  }
  return { rt: best, dev: best.dev, gw: best.gw };
}

/**
 * nexthop_path_fib6_result(): a route through a nexthop object leaves by
 * it; through a group, by the member the flow's hash picks
 * (nexthop_select_path_hthr: the first member whose upper bound, set by
 * weight over all members when the group was made, the hash does not pass),
 * passing over members whose gateway has a neighbour entry that is not valid
 * (nexthop_is_good_nh); the first good one is the fallback, else the first.
 */
function nexthopPath(ns: NetNamespace, rt: Rt6Info, daddr: Ip6Addr, fl: Flow6 | undefined): Rt6Lookup | undefined {
  const obj = nexthopFind(ns, rt.nhid!);
  if (!obj) return undefined;
  let nh = obj;
  if (obj.group) {
    const hash = rt6MultipathHash(ns, daddr, fl);
    let pick: NhObj | undefined;
    let res: NhObj | undefined;
    for (const m of obj.group) {
      const x = nexthopFind(ns, m.id);
      if (!x || !ipv6GoodNh(x)) continue;
      res ??= x;
      if (hash > (m.upper ?? -1)) continue;
      pick = x;
      break;
    }
    nh = pick ?? res ?? nexthopFind(ns, obj.group[0]!.id) ?? obj;
  }
  if (!nh.dev) return undefined;
  return { rt, dev: nh.dev, gw: nh.gw6 };
}

/** ipv6_good_nh(): no neighbour entry for the gateway, or a valid one. */
function ipv6GoodNh(nh: NhObj): boolean {
  const n = nh.dev && nh.gw6 !== undefined ? ndTbl.lookup(nh.dev, nh.gw6) : undefined;
  return !n || (n.state & NUD_VALID) !== 0;
}

/** The device a route through nexthop `obj` hangs on (a group's first member's) and its gateway. */
function nexthopDevGw(ns: NetNamespace, obj: NhObj): { dev?: NetDevice; gw?: Ip6Addr } {
  const first = obj.group ? nexthopFind(ns, obj.group[0]!.id) : obj;
  return { dev: first?.dev, gw: obj.group ? undefined : obj.gw6 };
}

/**
 * __remove_nexthop_fib() and nexthop replacement for IPv6 routes: a route
 * whose object is gone goes; the others follow their object's device and
 * gateway.
 */
function rt6NexthopRefresh(ns: NetNamespace): void {
  const s = state(ns);
  for (const list of [...s.byDev.values()]) {
    for (const rt of [...list]) {
      if (rt.nhid === undefined) continue;
      const obj = nexthopFind(ns, rt.nhid);
      const to = obj && nexthopDevGw(ns, obj);
      if (!obj || !to?.dev) {
        unlinkRt6(rt);
        continue;
      }
      if (to.gw !== undefined) rt.gw = to.gw;
      else delete rt.gw;
      if (to.dev === rt.dev) continue;
      unlinkRt6(rt);
      rt.dev = to.dev;
      s.byDev.set(to.dev, appendSmall(s.byDev.get(to.dev) ?? [], rt));
    }
  }
}

setNexthopRoutes6Refresh(rt6NexthopRefresh);

/** Where a new route through nexthop `id` hangs (fib6_check_nexthop's checks first). */
export function rt6NexthopBind(ns: NetNamespace, id: number): { dev?: NetDevice; gw?: Ip6Addr; blackhole: boolean } {
  const obj = nexthopFind(ns, id);
  if (!obj) throw kerr("EINVAL", "Nexthop id does not exist");
  const members = obj.group ? obj.group.map((m) => nexthopFind(ns, m.id)) : [obj];
  if (members.some((m) => m && m.family === 2)) throw kerr("EINVAL", "IPv6 routes can not use an IPv4 nexthop");
  return { ...nexthopDevGw(ns, obj), blackhole: nexthopIsBlackhole(ns, id) };
}

/** fib6_table_lookup() in one table: the longest prefix, the output device's routes first, lowest metric. */
function lookupTable(ns: NetNamespace, table: number, daddr: Ip6Addr, oif: number, strict: boolean): Rt6Info | undefined {
  let best: Rt6Info | undefined;
  let bestOnOif = false;
  for (const list of state(ns).byDev.values()) {
    for (const r of list) {
      if (r.table !== table || !matches(r, daddr)) continue;
      if (r.type !== RTN_LOCAL && !r.reject && (!r.dev.isUp || r.dead)) continue;
      // fib6_check_expired(): an expired route is passed over.
      if (r.expires !== undefined && rt6Expired(ns, r)) continue;
      const onOif = oif === 0 || r.dev.ifindex === oif;
      if (strict && !onOif && r.type !== RTN_LOCAL && !r.reject) continue;
      if (
        !best ||
        r.dstLen > best.dstLen ||
        (r.dstLen === best.dstLen && ((onOif && !bestOnOif) || (onOif === bestOnOif && (r.metric < best.metric || (r.metric === best.metric && r.seq < best.seq)))))
      ) {
        best = r;
        bestOnOif = onOif;
      }
    }
  }
  return best;
}

/** The flow fields IPv6 policy rules read beyond the destination and output device. */
export interface Flow6 {
  /** The source, when known (RT6_LOOKUP_F_HAS_SADDR). */
  saddr?: Ip6Addr;
  /** flowi6_iif: the receiving device (lo for this host's own packets). */
  iif?: number;
  mark?: number;
  uid?: number;
  tclass?: number;
  /** flowi6_proto and the ports (fl6_sport/fl6_dport): port rules and the multipath hash read them. */
  proto?: number;
  sport?: number;
  dport?: number;
  /** The flow label (the multipath hash's policy 0 reads it). */
  flowlabel?: number;
}

const prefixEq = (a: Ip6Addr, b: Ip6Addr, len: number): boolean => len <= 0 || a >> BigInt(128 - len) === b >> BigInt(128 - len);

/** fib_rule_match() + fib6_rule_match() */
function rule6Match(r: FibRule, daddr: Ip6Addr, oif: number, fl: Flow6): boolean {
  let ok = true;
  // (a locally generated flow's iif is loopback's, 1, as flowi6_iif)
  if (!fibRuleMatchCommon(r, fl.iif ?? 1, oif, fl.mark ?? 0, fl.uid ?? 0)) ok = false;
  else if (!fibRulePortsMatch(r, fl)) ok = false;
  else if (r.srcLen && (fl.saddr === undefined || !prefixEq(fl.saddr, r.src6 ?? 0n, r.srcLen))) ok = false;
  else if (r.dstLen && !prefixEq(daddr, r.dst6 ?? 0n, r.dstLen)) ok = false;
  else if (r.tos && r.tos !== (fl.tclass ?? 0)) ok = false;
  return r.flags & FIB_RULE_INVERT ? !ok : ok;
}

/** A rule action's own answer (fib6_rule_action_alt): ip6_blk_hole_entry, ip6_prohibit_entry. */
function ruleReject(type: number, lo: NetDevice | undefined): { reject: Rt6Info } {
  return { reject: { table: 0, type, dst: 0n, dstLen: 0, metric: 0, protocol: 0, dev: lo!, seq: 0, reject: true } as Rt6Info };
}

/**
 * fib6_rule_lookup() through custom rules: each matching rule's action in
 * priority order; a table without an answer, a throw route, or an answer
 * suppressed by suppress_prefixlength moves on to the next rule; unreachable
 * ends as the null entry (ENETUNREACH), blackhole and prohibit with their entries.
 */
function fib6RulesLookup(
  ns: NetNamespace,
  rules: FibRules,
  daddr: Ip6Addr,
  oif: number,
  lo: NetDevice | undefined,
  strict: boolean,
  fl: Flow6,
): Rt6Lookup | { reject: Rt6Info } | undefined {
  const list = rules.list;
  for (let i = 0, steps = 0; i < list.length && steps <= list.length; i++, steps++) {
    const r = list[i]!;
    if (!rule6Match(r, daddr, oif, fl)) continue;
    if (r.action === FR_ACT_GOTO) {
      if (!r.ctarget) continue;
      i = list.indexOf(r.ctarget) - 1;
      continue;
    }
    if (r.action === FR_ACT_NOP) continue;
    if (r.action === FR_ACT_UNREACHABLE) return undefined;
    if (r.action === FR_ACT_BLACKHOLE) return ruleReject(RTN_BLACKHOLE, lo);
    if (r.action === FR_ACT_PROHIBIT) return ruleReject(RTN_PROHIBIT, lo);
    if (r.action !== FR_ACT_TO_TBL) continue;
    const best = lookupTable(ns, r.table, daddr, oif, strict);
    if (!best || best.type === RTN_THROW) continue;
    // fib6_rule_suppress(): a prefix no longer than suppress_prefixlength is not an answer.
    if (!best.reject && r.suppressPrefixlen >= 0 && best.dstLen <= r.suppressPrefixlen) continue;
    return answer(ns, best, lo, daddr, oif, fl);
  }
  return undefined;
}

/** ip6RouteOutput() for callers that only need a usable route (a reject route counts as none). */
export function ip6RouteLookup(ns: NetNamespace, daddr: Ip6Addr, oif: number, lo: NetDevice | undefined): Rt6Lookup | undefined {
  const r = ip6RouteOutput(ns, daddr, oif, lo);
  return r && "reject" in r ? undefined : r;
}

/**
 * The RTF_* flags /proc/net/ipv6_route shows (fib6_flags, plus RTF_GATEWAY
 * for a nexthop with a gateway): reject routes RTF_REJECT|RTF_NONEXTHOP
 * (not up), local ones RTF_UP|RTF_NONEXTHOP|RTF_LOCAL, the rest RTF_UP.
 */
export function rt6ProcFlags(r: Rt6Info): number {
  if (r.reject) return (RTF6_REJECT | RTF6_NONEXTHOP | (r.gw !== undefined ? RTF6_GATEWAY : 0)) >>> 0;
  if (r.type === RTN_LOCAL) return (RTF6_UP | RTF6_NONEXTHOP | RTF6_LOCAL) >>> 0;
  return (RTF6_UP | (r.rtf ?? 0) | (r.gw !== undefined ? RTF6_GATEWAY : 0)) >>> 0;
}

/**
 * fib6_ref as /proc/net/ipv6_route shows it, reduced to the references the
 * model holds: the table's, and an address's (ifp->rt) for its local route.
 * The kernel adds one per per-CPU dst cached from the route, which depends on
 * which CPUs ran the lookups; not modelled.
 */
export function rt6Refcnt(r: Rt6Info): number {
  return r.type === RTN_LOCAL ? 2 : 1;
}

// ipv6_sysctl_rtcache_flush(): a write runs the garbage collector now (fib6_run_gc), whatever the value.
registerSysctlWriteOnly("net.ipv6.route.flush", (ns) => fib6RunGc(ns));
