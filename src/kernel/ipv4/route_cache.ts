// Cached route decisions: what Linux keeps as dsts cached per nexthop
// (nh_pcpu_rth_output, nh_rth_input) and per socket (sk_dst_cache), valid
// while rt_genid has not moved (rt_cache_valid). Here a decision is kept per
// flow key: output routes per namespace by the whole flowi4 (destination,
// source, oif, tos, mark, protocol, ports, uid, anysrc), input routes per
// receiving device by (destination, source, tos, mark, protocol, ports).
// An entry holds exactly what the lookup returned (an Rtable, or an input
// drop outcome); Rtables are never changed once made, so handing the same one
// to many packets is safe.
//
// Valid while rt_genid (core/rt_genid.ts: every write to devices, addresses,
// FIB tables, nexthops and rules bumps it) and the namespace's sysctl
// generation (rp_filter, forwarding, accept_local, route_localnet,
// src_valid_mark...) are what they were when the entry was made; otherwise
// the whole cache of that namespace or device is emptied on its next use.
// Not cached: failed output lookups (they throw, and are rare), input routes
// to a multicast group (they read the device's group memberships, which
// igmp.ts changes without a generation). A cache holds at most MAX_ENTRIES
// keys and starts over when full.
//
// `setRouteCacheEnabled(false)` turns it off: test/ipv4/route-cache-diff
// compares whole runs with and without it.

import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { rtGenid } from "../core/rt_genid.js";
import { sysctlGenerationRef } from "../fs/procfs-sys.js";

let enabled = true;

/** Turns the route cache on or off (for tests comparing both); returns the previous setting. */
export function setRouteCacheEnabled(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

export function routeCacheEnabled(): boolean {
  return enabled;
}

/** Lookups answered from a cache, and lookups that had to be made (tests check the cache is used). */
export const routeCacheStats = { hits: 0, misses: 0 };

const MAX_ENTRIES = 1024;

/** The generations an entry set was made under. */
class GenCache<E> {
  rtGen = -1;
  sysGen = -1;
  sysRef: { readonly gen: number } | undefined;
  readonly byDst = new Map<number, E>();
  size = 0;

  /**
   * Empties the cache when a generation moved; `ns` is the namespace whose
   * sysctls the decisions read. Its table is looked up again only after
   * rt_genid moved (a device changing namespace bumps it).
   */
  check(ns: NetNamespace): void {
    const ref = this.sysRef;
    if (this.rtGen === rtGenid.v && ref !== undefined && ref.gen === this.sysGen) return;
    this.byDst.clear();
    this.size = 0;
    this.rtGen = rtGenid.v;
    this.sysRef = sysctlGenerationRef(ns);
    this.sysGen = this.sysRef ? this.sysRef.gen : -1;
  }

  /** Makes room for one more entry. */
  reserve(): void {
    if (++this.size <= MAX_ENTRIES) return;
    this.byDst.clear();
    this.size = 1;
  }
}

/** An output decision: the flow key and its route. */
export interface OutEntry<R> {
  saddr: number;
  oif: number;
  tos: number;
  mark: number | undefined;
  proto: number | undefined;
  sport: number | undefined;
  dport: number | undefined;
  uid: number | undefined;
  anysrc: boolean | undefined;
  rt: R;
  next: OutEntry<R> | undefined;
}

/** An input decision: the flow key and the outcome. */
export interface InEntry<R> {
  saddr: number;
  tos: number;
  mark: number;
  proto: number | undefined;
  sport: number | undefined;
  dport: number | undefined;
  res: R;
  next: InEntry<R> | undefined;
}

const outCaches = new WeakMap<NetNamespace, GenCache<OutEntry<unknown>>>();
const inCaches = new WeakMap<NetDevice, GenCache<InEntry<unknown>>>();

/** The namespace's output cache, emptied if stale. */
export function outCache<R>(ns: NetNamespace): GenCache<OutEntry<R>> {
  let c = outCaches.get(ns);
  if (!c) outCaches.set(ns, (c = new GenCache()));
  c.check(ns);
  return c as GenCache<OutEntry<R>>;
}

/** The device's input cache, emptied if stale (the device's current namespace's sysctls). */
export function inCache<R>(dev: NetDevice): GenCache<InEntry<R>> {
  let c = inCaches.get(dev);
  if (!c) inCaches.set(dev, (c = new GenCache()));
  c.check(dev.net);
  return c as GenCache<InEntry<R>>;
}

/** When a decision kept outside these caches (a socket's sk_dst_cache) was made. */
export interface DstStamp {
  rtGen: number;
  sysRef: { readonly gen: number } | undefined;
  sysGen: number;
}

/** Stamps a decision made now in namespace `ns`. */
export function dstStamp(ns: NetNamespace): DstStamp {
  const sysRef = sysctlGenerationRef(ns);
  return { rtGen: rtGenid.v, sysRef, sysGen: sysRef ? sysRef.gen : -1 };
}

/** sk_dst_check(): the decision stamped `s` still stands (and the cache is on). */
export function dstValid(s: DstStamp): boolean {
  return enabled && s.rtGen === rtGenid.v && s.sysRef !== undefined && s.sysRef.gen === s.sysGen;
}

export type { GenCache };
