// struct netns_ipv4, reduced to what the model keeps per namespace: the FIB
// tables, the IP id counter, the ICMP rate-limit token buckets, and the ping
// sockets bound in the namespace. Per-device knobs (IN_DEV_* in
// include/linux/inetdevice.h) are read from the namespace's sysctl table, so
// /proc/sys/net/ipv4/conf/* and sysctl(8) steer the stack directly. As the
// kernel keeps in_dev->cnf as integers, the values read per packet are kept
// here as numbers per device and per namespace, and read again from the table
// only after it changed (sysctlGeneration: any write, device added, renamed,
// gone, new MTU), so a packet costs no string keys.

import { registerSysctlWriteOnly, sysctlGenerationRef, sysctlGet, sysctlGetDevOf } from "../fs/procfs-sys.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { FibTable } from "./fib.js";
import { rtGenidBump } from "../core/rt_genid.js";

export interface NetIpv4 {
  readonly tables: Map<number, FibTable>;
  /** ip_idents: a simple counter seeded from the world RNG on first use. */
  ipId: number | undefined;
  /** icmp_global_allow(): the namespace-wide token bucket (icmp_msgs_per_sec/burst). */
  icmpGlobal: { credit: number; stamp: number };
  /** inet_peer per remote address: rate_tokens shared by ip_error() and icmp_ratelimit (made at the first peer). */
  icmpPeers: Map<number, { tokens: number; last: number; redirects?: number }> | undefined;
  /** Bumped by rt_cache_flush, per namespace (the trace); route_cache.ts validates by core/rt_genid.ts, bumped there too. */
  rtGenid: number;
}

const KEY = "ipv4";

export function ipv4Of(ns: NetNamespace): NetIpv4 {
  return ns.get<NetIpv4>(KEY, () => ({
    tables: new Map(),
    ipId: undefined,
    icmpGlobal: { credit: -1, stamp: 0 },
    icmpPeers: undefined,
    rtGenid: 0,
  }));
}

function num(ns: NetNamespace, key: string, dflt = 0): number {
  const v = sysctlGet(ns, key);
  if (v === undefined) return dflt;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? dflt : n;
}

/** Numbers read from one table, valid while its generation stays `gen`; null: absent or not a number. */
interface ConfCache {
  /** The table read (its generation, without looking it up per packet). */
  ref: { readonly gen: number } | undefined;
  gen: number;
  vals: Map<string, number | null>;
  /** conf.all.X of a namespace, by X. */
  all: Map<string, number | null>;
}

const nsCache = new WeakMap<NetNamespace, ConfCache>();
const devCache = new WeakMap<NetDevice, ConfCache>();

function parsed(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? null : n;
}

/**
 * The owner's numbers, read again once the table they came from changed. A
 * device that moves to another namespace leaves its old table (whose
 * generation that bumps), so the next read finds the new one.
 */
function cacheOf<K extends object>(caches: WeakMap<K, ConfCache>, owner: K, ns: NetNamespace): ConfCache {
  let c = caches.get(owner);
  if (c && c.ref !== undefined && c.ref.gen === c.gen) return c;
  const ref = sysctlGenerationRef(ns);
  caches.set(owner, (c = { ref, gen: ref ? ref.gen : -1, vals: new Map(), all: new Map() }));
  return c;
}

/** net.ipv4.NAME of a namespace. */
function nsNum(ns: NetNamespace, name: string): number | null {
  const c = cacheOf(nsCache, ns, ns);
  let v = c.vals.get(name);
  if (v === undefined) c.vals.set(name, (v = parsed(sysctlGet(ns, `net.ipv4.${name}`))));
  return v;
}

/** A namespace-wide net.ipv4.* value (ip_forward, icmp_ratelimit...). */
export function ipv4Sysctl(ns: NetNamespace, name: string, dflt = 0): number {
  return nsNum(ns, name) ?? dflt;
}

/** IN_DEV_CONF_GET(in_dev, X): the device's own value. */
export function devConf(dev: NetDevice, name: string): number {
  const c = cacheOf(devCache, dev, dev.net);
  let v = c.vals.get(name);
  if (v === undefined) c.vals.set(name, (v = parsed(sysctlGetDevOf(dev, "net.ipv4.conf.", name))));
  return v ?? 0;
}

/**
 * devConfMax() without filling the per-device cache: for values read only on
 * rare events (arp_notify on NETDEV_UP), where a cache per device would cost
 * memory on every device for one read.
 */
export function devConfMaxUncached(dev: NetDevice, name: string): number {
  return Math.max(parsed(sysctlGetDevOf(dev, "net.ipv4.conf.", name)) ?? 0, allConf(dev.net, name));
}

/** net.ipv4.conf.all.X */
function allConf(ns: NetNamespace, name: string): number {
  const c = cacheOf(nsCache, ns, ns);
  let v = c.all.get(name);
  if (v === undefined) c.all.set(name, (v = parsed(sysctlGet(ns, `net.ipv4.conf.all.${name}`))));
  return v ?? 0;
}

/** IN_DEV_ANDCONF / ORCONF / MAXCONF: the device's value combined with conf.all's. */
export function devConfOr(dev: NetDevice, name: string): boolean {
  return devConf(dev, name) !== 0 || allConf(dev.net, name) !== 0;
}

export function devConfAnd(dev: NetDevice, name: string): boolean {
  return devConf(dev, name) !== 0 && allConf(dev.net, name) !== 0;
}

export function devConfMax(dev: NetDevice, name: string): number {
  return Math.max(devConf(dev, name), allConf(dev.net, name));
}

/** A neighbour parameter (net.ipv4.neigh.DEV.X, falling back to default). */
export function neighParm(dev: NetDevice, name: string, dflt: number): number {
  const own = sysctlGetDevOf(dev, "net.ipv4.neigh.", name);
  if (own !== undefined) return Number.parseInt(own, 10);
  return num(dev.net, `net.ipv4.neigh.default.${name}`, dflt);
}

/** rt_cache_flush(): cached routes (route_cache.ts) go stale. */
export function rtCacheFlush(ns: NetNamespace): void {
  ipv4Of(ns).rtGenid++;
  rtGenidBump();
}

// ipv4_sysctl_rtcache_flush(): any write flushes (the value is not parsed).
registerSysctlWriteOnly("net.ipv4.route.flush", (ns) => rtCacheFlush(ns));
