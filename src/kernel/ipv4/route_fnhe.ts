// Next-hop exceptions (struct fib_nh_exception, net/ipv4/route.c): what a
// host learns about one destination behind one next hop. Only the path MTU
// is modelled: ICMP "fragmentation needed" quoting one of our packets lowers
// it (__ip_rt_update_pmtu) for net.ipv4.route.mtu_expires seconds (600), never
// below net.ipv4.route.min_pmtu (552; a smaller report locks the MTU there).
// Output routes to that destination carry it (rt_bind_exception): local
// senders fragment or refuse (EMSGSIZE) by it, `ip route get` shows
// "cache expires Ns mtu N", `ip route show cache` lists the exceptions.
// Writing net.ipv4.route.flush (`ip route flush cache`) bumps fnhe_genid,
// which makes every exception stale. Forwarded packets keep using the
// device MTU (ip_forward_use_pmtu 0). An ICMP redirect accepted by
// __ip_do_redirect (route_redirect.ts) records a new gateway (fnhe_gw) for
// ip_rt_gc_timeout (300 s): output routes to that destination leave through
// it, flagged RTCF_REDIRECTED. The dump lists only exceptions a route has been
// bound to (fnhe_rth_output): a redirect's shows after the next lookup of its
// destination; a learned PMTU's at once (the socket looks its route up again
// right after the update, ipv4_sk_update_pmtu). Left out: the per-bucket limit
// and deletion by age (an expired exception only stops applying and is no
// longer listed), exceptions bound by forwarded packets (fnhe_rth_input).

import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import { sysctlInt } from "../fs/procfs-sys.js";
import { fibMetric, type FibAlias, type FibNh } from "./fib.js";
import type { Rtable } from "./route.js";
import { rtGenidBump } from "../core/rt_genid.js";
import { RTAX_MTU, RTCF_REDIRECTED, rtaMetricLocked } from "../../uapi/route.js";
import { HZ, NS_PER_JIFFY as JIFFY_NS, nsToJiffies } from "../core/jiffies.js";


/** ip_rt_gc_timeout (RT_GC_TIMEOUT): how long a redirect's gateway lasts. */
const RT_GC_TIMEOUT_SEC = 300;

export interface Fnhe {
  daddr: number;
  /** fnhe_gw: the gateway an ICMP redirect named (0: none). */
  gw: number;
  pmtu: number;
  locked: boolean;
  /** In jiffies. */
  expires: number;
  genid: number;
  /** The route it was learned through (for `ip route show cache`). */
  fa: FibAlias;
  /** fnhe_rth_output set: a route has been bound to it (what the dump needs). */
  bound: boolean;
}

interface FnheState {
  genid: number;
  byNh: Map<FibNh, Map<number, Fnhe>>;
}

function state(ns: NetNamespace): FnheState {
  return ns.get<FnheState>("ipv4-fnhe", () => ({ genid: 0, byNh: new Map() }));
}

function jiffies(ns: NetNamespace): number {
  return nsToJiffies(netCore(ns).host.clock.now);
}


/** An exception from before the last cache flush starts over, empty, under the current fnhe_genid. */
function fnheReset(f: Fnhe, genid: number): void {
  f.genid = genid;
  f.gw = 0;
  f.pmtu = 0;
  f.locked = false;
  f.expires = 0;
}

/**
 * update_or_create_fnhe(): the exception of `daddr` behind the next hop of
 * `fa` (its first), a stale one reset first, takes the given gateway and/or
 * MTU and `expires` (at least 1); `bound` marks it bound to a route (a new
 * one is unbound without it).
 */
function updateOrCreateFnhe(
  ns: NetNamespace,
  fa: FibAlias,
  daddr: number,
  set: { gw?: number; pmtu?: number; locked?: boolean; bound?: boolean },
  expiresIn: number,
): Fnhe {
  const s = state(ns);
  let m = s.byNh.get(fa.fi.nh);
  if (!m) s.byNh.set(fa.fi.nh, (m = new Map()));
  const expires = Math.max(expiresIn, 1);
  let f = m.get(daddr);
  if (f) {
    if (f.genid !== s.genid) fnheReset(f, s.genid);
    if (set.gw !== undefined) f.gw = set.gw;
    if (set.pmtu !== undefined) {
      f.pmtu = set.pmtu;
      f.locked = set.locked ?? false;
    }
    f.expires = expires;
    f.fa = fa;
    if (set.bound) f.bound = true;
  } else {
    f = { daddr, gw: set.gw ?? 0, pmtu: set.pmtu ?? 0, locked: set.locked ?? false, expires, genid: s.genid, fa, bound: set.bound ?? false };
    m.set(daddr, f);
  }
  return f;
}

/** find_exception(): a live exception for `daddr` behind the route's next hop. */
function findException(ns: NetNamespace, fa: FibAlias, daddr: number): Fnhe | undefined {
  const f = state(ns).byNh.get(fa.fi.nh)?.get(daddr);
  if (!f) return undefined;
  if (f.expires && jiffies(ns) >= f.expires) return undefined;
  return f;
}

/**
 * rt_bind_exception(): an output route to `daddr` takes the exception's MTU
 * and expiry. One from before the last cache flush (another fnhe_genid) is
 * reset first: it stays, empty, and `ip route show cache` still lists it.
 */
export function rtBindException(rt: Rtable, daddr: number): void {
  if (!rt.fa || rt.type !== 1) return;
  const f = findException(rt.ns, rt.fa, daddr);
  if (!f) return;
  const genid = state(rt.ns).genid;
  if (f.genid !== genid) fnheReset(f, genid);
  f.bound = true;
  // fill_route_from_fnhe()
  if (f.gw) {
    rt.flags |= RTCF_REDIRECTED;
    rt.gw = f.gw;
  }
  if (!f.pmtu && !f.gw) return;
  if (f.pmtu) {
    rt.pmtu = f.pmtu;
    rt.pmtuLocked = f.locked;
  }
  rt.expires = f.expires;
}

/**
 * ipv4_mtu() / ip_dst_mtu_maybe_forward() for local output: the learned MTU while it lasts, else the
 * device's, never above IP_MAX_MTU (lo's 65536 is 65535 here: ping -s 65508 says `mtu=65535`).
 */
export function ipv4Mtu(rt: Rtable): number {
  const mtu = rt.pmtu && rt.expires && jiffies(rt.ns) < rt.expires ? Math.min(rt.pmtu, rt.dev.mtu) : routeMetric(rt, RTAX_MTU) || rt.dev.mtu;
  return Math.min(mtu, IP_MAX_MTU);
}

/**
 * ip_mtu_locked(): the route's MTU is locked — by its metric (`ip route … mtu lock N`) or by a learned
 * MTU clamped to min_pmtu while it lasts. Such a route learns no path MTU, and a sender under
 * IP_PMTUDISC_WANT sends through it without DF (ip_dont_fragment).
 */
export function ipMtuLocked(rt: Rtable): boolean {
  if (rt.fa && rtaMetricLocked(rt.fa.fi.metrics, RTAX_MTU)) return true;
  return !!rt.pmtuLocked && !!rt.expires && jiffies(rt.ns) < rt.expires;
}

/** dst_metric_raw(): a metric of the FIB entry the route came from (`ip route … mtu 1400`, `advmss N`), 0 when unset. */
export function routeMetric(rt: Rtable, rtax: number): number {
  return rt.fa ? fibMetric(rt.fa.fi, rtax) : 0;
}

/** IP_MAX_MTU (include/net/ip.h). */
const IP_MAX_MTU = 0xffff;

/** __ip_rt_update_pmtu() for a route to `daddr`: update_or_create_fnhe() with the learned MTU. */
export function ipRtUpdatePmtu(rt: Rtable, daddr: number, mtuIn: number): void {
  if (!rt.fa) return;
  const ns = rt.ns;
  if (ipMtuLocked(rt)) return;
  const old = ipv4Mtu(rt);
  if (old < mtuIn) return;
  let mtu = mtuIn;
  let locked = false;
  const minPmtu = sysctlInt(ns, "net.ipv4.route.min_pmtu");
  if (mtu < minPmtu) {
    locked = true;
    mtu = Math.min(old, minPmtu);
  }
  const now = jiffies(ns);
  const expiresSec = sysctlInt(ns, "net.ipv4.route.mtu_expires");
  if (rt.pmtu === mtu && !locked && rt.expires && now < rt.expires - Math.floor((expiresSec * HZ) / 2)) return;
  const f = updateOrCreateFnhe(ns, rt.fa, daddr, { pmtu: mtu, locked, bound: true }, now + expiresSec * HZ);
  rt.pmtu = mtu;
  rt.pmtuLocked = locked;
  rt.expires = f.expires;
  // Routes cached before now would not carry it (route_cache.ts).
  rtGenidBump();
}

/**
 * update_or_create_fnhe() for a redirect (__ip_do_redirect): the exception of
 * `daddr` behind the next hop of `fa` (its first, as for PMTU) takes gateway `gw` for
 * ip_rt_gc_timeout. A new one is bound to no route yet.
 */
export function fnheRedirect(ns: NetNamespace, fa: FibAlias, daddr: number, gw: number): void {
  updateOrCreateFnhe(ns, fa, daddr, { gw }, jiffies(ns) + RT_GC_TIMEOUT_SEC * HZ);
  rtGenidBump();
}

/** ipv4_sysctl_rtcache_flush(): fnhe_genid_bump(). */
export function fnheGenidBump(ns: NetNamespace): void {
  state(ns).genid++;
  // The next lookup of each flow must bind (and so reset) the exceptions again.
  rtGenidBump();
}

/** fib_dump_info_fnhe(): the live exceptions, with the route they hang on. */
export function fnheDump(ns: NetNamespace): Fnhe[] {
  const s = state(ns);
  const now = jiffies(ns);
  const out: Fnhe[] = [];
  for (const m of s.byNh.values()) {
    for (const f of m.values()) {
      if (!f.bound || f.genid !== s.genid || (f.expires && now >= f.expires)) continue;
      out.push(f);
    }
  }
  return out;
}

/** rtnl_put_cacheinfo()'s rta_expires: the remaining time in USER_HZ (100) ticks. */
export function expiresClockT(ns: NetNamespace, expires: number): number {
  const left = expires - jiffies(ns);
  if (left <= 0) return 0;
  return Math.floor((left * JIFFY_NS) / 10_000_000);
}
