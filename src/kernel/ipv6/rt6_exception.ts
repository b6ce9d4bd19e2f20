// Route exceptions (net/ipv6/route.c: rt6_exception_bucket, RTF_CACHE routes):
// what a host learns about one destination behind one fib6 route. Only the
// path MTU is modelled: an ICMPv6 Packet Too Big quoting one of our packets
// lowers it (__ip6_rt_update_pmtu: never below IPV6_MIN_MTU 1280, only ever
// down) for net.ipv6.route.mtu_expires seconds (600). Output to that
// destination through that route then uses it: local senders fragment by it
// or refuse (EMSGSIZE), `ip -6 route get` and `ip -6 route show cache` show
// "expires Nsec mtu N" (the exception is an RTF_CACHE route, RTM_F_CLONED in
// dumps), and RTM_DELROUTE of a cloned route (`ip -6 route flush cache`)
// removes it. An exception dies with its route (a deleted route's exceptions
// are never found again). An accepted ICMPv6 redirect (ndisc_redirect.ts,
// rt6_do_redirect) makes one too: a new gateway (or, on-link, none) for the
// destination, without expiry, replacing what was there (rt6_insert_exception);
// a later Packet Too Big updates it in place and gives it the MTU's expiry.
// A device's MTU change (rt6_mtu_change) moves the learned MTUs of its
// routes' exceptions, and routes' own `mtu` metrics, down to it, or up to it
// when they were the old device MTU. Left out: the per-bucket limit
// (FIB6_MAX_DEPTH) and the gc that frees expired ones (an expired exception
// only stops applying and is no longer listed).

import type { Ip6Addr } from "../../wire/addr.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import { HZ, NS_PER_JIFFY, USER_HZ, nsToJiffies } from "../core/jiffies.js";
import { sysctlInt } from "../fs/procfs-sys.js";
import type { Rt6Info, Rt6Lookup } from "./route.js";
import type { NetDevice } from "../core/netdevice.js";
import { RTAX_MTU, rtaMetric, rtaMetricLocked } from "../../uapi/route.js";

/** IPV6_MIN_MTU */
export const IPV6_MIN_MTU = 1280;

export interface Rt6Exception {
  daddr: Ip6Addr;
  /** The fib6 route it hangs on (its gateway, device, metric and table). */
  rt: Rt6Info;
  /** The learned path MTU (none for a redirect's exception until a Packet Too Big). */
  pmtu?: number;
  /** In jiffies; none: lasts until removed (a redirect's). */
  expires?: number;
  /** Set by a redirect: the new next hop (`gw`, undefined when the destination is on-link). */
  redirect?: { gw?: Ip6Addr };
}

const KEY = "ipv6-rt6-exceptions";

function state(ns: NetNamespace): Map<Rt6Info, Map<Ip6Addr, Rt6Exception>> {
  return ns.get<Map<Rt6Info, Map<Ip6Addr, Rt6Exception>>>(KEY, () => new Map());
}

function jiffies(ns: NetNamespace): number {
  return nsToJiffies(netCore(ns).host.clock.now);
}

/** rt6_find_cached_rt(): the live exception for `daddr` behind `rt`. */
export function rt6FindException(ns: NetNamespace, rt: Rt6Info, daddr: Ip6Addr): Rt6Exception | undefined {
  // (Read without making the namespace's table: most never learn a path MTU.)
  const m = ns.pernet.get(KEY) as Map<Rt6Info, Map<Ip6Addr, Rt6Exception>> | undefined;
  const e = m?.get(rt)?.get(daddr);
  if (!e || (e.expires !== undefined && jiffies(ns) >= e.expires)) return undefined;
  return e;
}

/**
 * dst_mtu() (ip6_mtu) of the output route to `daddr`: a learned path MTU while
 * it lasts, else the route's own `mtu` metric, else the device's.
 */
export function rt6Mtu(ns: NetNamespace, route: Rt6Lookup, daddr: Ip6Addr): number {
  const e = rt6FindException(ns, route.rt, daddr);
  const mtu = (route.dev === route.rt.dev && rtaMetric(route.rt.metrics, RTAX_MTU)) || route.dev.mtu;
  return e?.pmtu !== undefined ? Math.min(e.pmtu, mtu) : mtu;
}

/**
 * ip6_update_pmtu() -> __ip6_rt_update_pmtu() for the route a packet to
 * `daddr` takes: a smaller MTU (at least 1280) makes or renews the exception.
 */
export function ip6RtUpdatePmtu(ns: NetNamespace, route: Rt6Lookup, daddr: Ip6Addr, mtuIn: number): void {
  if (route.dev !== route.rt.dev) return; // a local route: lo has no path MTU
  // __ip6_rt_update_pmtu(): `mtu lock N` fixes the route's MTU (dst_metric_locked).
  if (rtaMetricLocked(route.rt.metrics, RTAX_MTU)) return;
  const mtu = Math.max(mtuIn, IPV6_MIN_MTU);
  if (mtu >= rt6Mtu(ns, route, daddr)) return;
  const expires = jiffies(ns) + sysctlInt(ns, "net.ipv6.route.mtu_expires") * HZ;
  // rt6_do_update_pmtu() on an existing RTF_CACHE route keeps its gateway.
  const old = rt6FindException(ns, route.rt, daddr);
  exceptionsOf(ns, route.rt).set(daddr, { daddr, rt: route.rt, pmtu: mtu, expires, redirect: old?.redirect });
}

function exceptionsOf(ns: NetNamespace, rt: Rt6Info): Map<Ip6Addr, Rt6Exception> {
  const s = state(ns);
  let m = s.get(rt);
  if (!m) s.set(rt, (m = new Map()));
  return m;
}

/**
 * rt6_do_redirect() -> rt6_insert_exception(): `daddr` behind `rt` now goes
 * through `gw` (undefined: on-link), replacing any exception it had; lookups
 * through the route look for it from now on (`Rt6Info.redirected`).
 */
export function rt6InsertRedirect(ns: NetNamespace, rt: Rt6Info, daddr: Ip6Addr, gw: Ip6Addr | undefined): void {
  exceptionsOf(ns, rt).set(daddr, { daddr, rt, redirect: { gw } });
  rt.redirected = true;
}

/** The next hop a redirect set for `daddr` behind `rt` (`{ gw }`), if one did. */
export function rt6RedirectOf(ns: NetNamespace, rt: Rt6Info, daddr: Ip6Addr): { gw?: Ip6Addr } | undefined {
  return rt6FindException(ns, rt, daddr)?.redirect;
}

/** The live exceptions of routes that still exist (`exists`), for RTM_F_CLONED dumps. */
export function rt6ExceptionsDump(ns: NetNamespace, exists: (rt: Rt6Info) => boolean): Rt6Exception[] {
  const now = jiffies(ns);
  const out: Rt6Exception[] = [];
  for (const [rt, m] of state(ns)) {
    if (!exists(rt)) continue;
    for (const e of m.values()) if (e.expires === undefined || now < e.expires) out.push(e);
  }
  return out;
}

/** ip6_del_cached_rt(): RTM_DELROUTE of a cloned route removes the exception (ESRCH if none). */
export function rt6RemoveException(ns: NetNamespace, daddr: Ip6Addr, match: (rt: Rt6Info, e: Rt6Exception) => boolean): boolean {
  for (const [rt, m] of state(ns)) {
    const e = m.get(daddr);
    if (!e || !match(rt, e)) continue;
    if (e.expires === undefined || jiffies(ns) < e.expires) {
      m.delete(daddr);
      return true;
    }
  }
  return false;
}

/**
 * rt6_mtu_change() -> rt6_mtu_change_route() for the routes of `dev` (`routes`): an
 * unlocked `mtu` metric at or above the new MTU, or equal to the old one
 * (idev->cnf.mtu6, `oldMtu`), becomes the new MTU; the same test
 * (rt6_mtu_change_route_allowed) moves each exception's learned MTU.
 */
export function rt6MtuChange(dev: NetDevice, routes: readonly Rt6Info[], mtu: number, oldMtu: number): void {
  const m = dev.net.pernet.get(KEY) as Map<Rt6Info, Map<Ip6Addr, Rt6Exception>> | undefined;
  for (const rt of routes) {
    if (rtaMetricLocked(rt.metrics, RTAX_MTU)) continue;
    const own = rtaMetric(rt.metrics, RTAX_MTU);
    if (own && rt.metrics && (own >= mtu || own === oldMtu)) {
      rt.metrics = { ...rt.metrics, vals: rt.metrics.vals.map(([k, v]) => [k, k === RTAX_MTU ? mtu : v] as [number, number]) };
    }
    for (const e of m?.get(rt)?.values() ?? []) {
      if (e.pmtu === undefined) continue;
      // dst_mtu() of an RTF_CACHE route with a learned MTU is that MTU.
      if (e.pmtu >= mtu || e.pmtu === oldMtu) e.pmtu = mtu;
    }
  }
}

/** rtnl_put_cacheinfo()'s rta_expires: the time left in USER_HZ ticks. */
export function rt6ExpiresClockT(ns: NetNamespace, e: Rt6Exception): number {
  if (e.expires === undefined) return 0;
  const left = e.expires - jiffies(ns);
  return left <= 0 ? 0 : Math.floor((left * NS_PER_JIFFY) / (1_000_000_000 / USER_HZ));
}
