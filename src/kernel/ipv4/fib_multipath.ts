// IPv4 multipath (net/ipv4/fib_semantics.c fib_rebalance / fib_select_multipath,
// route.c fib_multipath_hash): a route's nexthops share the 31-bit hash space
// by weight (each alive nexthop's upper bound), and a flow's hash picks the
// first nexthop whose bound it does not pass. The hash is the kernel's:
// SipHash-2-4 over struct flow_keys from `basic` on (flow_hash_from_keys_seed
// after __flow_hash_consistentify), keyed by the namespace's multipath seed
// (net.ipv4.fib_multipath_hash_seed, or a random one drawn from the world's
// RNG when that is 0, as the kernel draws one per namespace), then >> 1.
// Policy 0 hashes the addresses, 1 adds the protocol and ports; 2 and 3
// (inner headers, custom fields) hash as 0 and 1 here (no encapsulation seen).
// Known difference: a forwarded packet's own skb hash (l4_hash, e.g. a TCP
// socket's random txhash) is not consulted, and an ICMP error is hashed by its
// outer addresses, not the inner header's.

import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { netCore } from "../core/net_namespace.js";
import { siphash24 } from "../core/siphash.js";
import { RTNH_F_DEAD, RTNH_F_LINKDOWN } from "../../uapi/route.js";
import type { FibInfo, FibNh } from "./fib.js";
import { inetSelectAddr } from "./devinet.js";
import { devConfOr, ipv4Sysctl } from "./netns_ipv4.js";

/** The flow fields fib_multipath_hash() reads (addresses as host-order u32). */
export interface MpFlow {
  saddr: number;
  daddr: number;
  proto?: number;
  sport?: number;
  dport?: number;
}

const seeds = new WeakMap<NetNamespace, number>();

/** Namespaces that ever had a multipath route: only their received packets need ports for the hash. */
const mpNamespaces = new WeakSet<NetNamespace>();

export function fibMultipathSeen(ns: NetNamespace): void {
  mpNamespaces.add(ns);
}

/** Whether forwarding in `ns` may hash a packet's protocol and ports (policy 1 or 3 with multipath routes). */
export function fibMultipathWantsPorts(ns: NetNamespace): boolean {
  return mpNamespaces.has(ns) && hashesPorts(ns);
}

/** Policies 1 and 3 hash the protocol and ports (net.ipv4.fib_multipath_hash_policy, cached per sysctl generation). */
function hashesPorts(ns: NetNamespace): boolean {
  const policy = ipv4Sysctl(ns, "fib_multipath_hash_policy");
  return policy === 1 || policy === 3;
}

/** sysctl_fib_multipath_hash_seed.mp_seed: the user's seed, else the namespace's random one (IPv6 hashes with it too). */
function mpSeed(ns: NetNamespace): number {
  const user = ipv4Sysctl(ns, "fib_multipath_hash_seed") >>> 0;
  if (user) return user;
  let s = seeds.get(ns);
  if (s === undefined) seeds.set(ns, (s = netCore(ns).host.rng.u32() >>> 0));
  return s;
}

/** ip_ignore_linkdown() */
function ignoreLinkdown(dev: NetDevice | undefined): boolean {
  return !!dev && devConfOr(dev, "ignore_routes_with_linkdown");
}

/** A nexthop a flow may take: not dead, and not link-down where link-down routes are ignored. */
function nhAlive(nh: FibNh): boolean {
  return !(nh.flags & RTNH_F_DEAD) && !(ignoreLinkdown(nh.dev) && nh.flags & RTNH_F_LINKDOWN);
}

/**
 * fib_rebalance() / rt6_multipath_rebalance() / nh_group_rebalance(): each
 * alive item's upper bound in the 31-bit hash space by weight, -1 for the others.
 */
export function rebalance<T extends { weight?: number; upper?: number }>(items: readonly T[], alive: (x: T) => boolean): void {
  let total = 0;
  for (const x of items) if (alive(x)) total += x.weight ?? 1;
  let w = 0;
  for (const x of items) {
    if (!alive(x)) {
      x.upper = -1;
      continue;
    }
    w += x.weight ?? 1;
    // DIV_ROUND_CLOSEST_ULL((u64)w << 31, total) - 1
    x.upper = Math.floor((w * 2 ** 31 + Math.floor(total / 2)) / total) - 1;
  }
}

/** fib_rebalance(): each alive nexthop's upper bound in the 31-bit hash space, -1 for the others. */
export function fibRebalance(fi: FibInfo): void {
  const nhs = fi.nhs;
  if (!nhs || nhs.length < 2) return;
  rebalance(nhs, nhAlive);
}

const le32 = (a: number): number => (((a & 0xff) << 24) | ((a >>> 8 & 0xff) << 16) | ((a >>> 16 & 0xff) << 8) | (a >>> 24)) >>> 0;
/** A big-endian u16 as the kernel compares it (read little-endian). */
export const le16 = (p: number): number => ((p & 0xff) << 8) | (p >>> 8);

/** struct flow_keys scratch for fibMultipathHash (filled afresh per hash). */
const hashKeys = new Uint8Array(48);

/** fib_multipath_hash() for an IPv4 flow: the 31-bit hash fib_select_multipath compares. */
function fibMultipathHash(ns: NetNamespace, fl: MpFlow): number {
  const l4 = hashesPorts(ns);
  let src = fl.saddr >>> 0;
  let dst = fl.daddr >>> 0;
  let sport = l4 ? fl.sport ?? 0 : 0;
  let dport = l4 ? fl.dport ?? 0 : 0;
  // __flow_hash_consistentify(): compares the big-endian fields as stored (little-endian reads).
  if (le32(dst) < le32(src)) [src, dst] = [dst, src];
  if (le16(dport) < le16(sport)) [sport, dport] = [dport, sport];
  // struct flow_keys from `basic` (48 bytes for IPv4): basic, tags, vlan, cvlan, keyid, ports, icmp, v4addrs.
  const b = hashKeys.fill(0);
  if (l4) b[2] = fl.proto ?? 0;
  b[28] = sport >>> 8;
  b[29] = sport & 0xff;
  b[30] = dport >>> 8;
  b[31] = dport & 0xff;
  for (let i = 0; i < 4; i++) {
    b[36 + i] = (src >>> (24 - 8 * i)) & 0xff;
    b[40 + i] = (dst >>> (24 - 8 * i)) & 0xff;
  }
  return flowKeysHash(ns, b);
}

/**
 * flow_hash_from_keys_seed() >> 1: SipHash-2-4 of a filled struct flow_keys
 * (from `basic`) keyed by the namespace's multipath seed, 0 made 1, then the
 * 31-bit hash fib_select_multipath / fib6_select_path compare.
 */
export function flowKeysHash(ns: NetNamespace, keys: Uint8Array): number {
  const seed = BigInt(mpSeed(ns));
  const key = (seed << 32n) | seed;
  let h = Number(siphash24(keys, key, key) & 0xffffffffn);
  if (!h) h = 1;
  return h >>> 1;
}

/** nh_saddr: the source a nexthop prefers (fib_info_update_nhc_saddr with the route's scope). */
export function nhSaddr(fi: FibInfo, nh: FibNh): number {
  return nh.dev ? inetSelectAddr(nh.dev, nh.gw, fi.scope) : 0;
}

/**
 * fib_select_multipath(): the first alive nexthop whose upper bound the hash
 * does not pass; with a source address given, one whose own source is that
 * address is preferred (the first alive such one if none is in range).
 */
function fibSelectMultipath(fi: FibInfo, hash: number, saddr: number): FibNh {
  const nhs = fi.nhs!;
  let sel: FibNh = nhs[0]!;
  let found = false;
  for (const nh of nhs) {
    const upper = nh.upper ?? -1;
    if (upper === -1) continue;
    const own = !saddr || nhSaddr(fi, nh) === saddr;
    if (!found) {
      sel = nh;
      found = own;
    }
    if (hash > upper) continue;
    if (own) return nh;
    if (found) return sel;
  }
  return sel;
}

/** The nexthop fib_table_lookup() settles on: the first not dead (on `oif` when one is imposed). */
export function fibFirstNh(fi: FibInfo, oif: number): FibNh | undefined {
  for (const nh of fi.nhs ?? [fi.nh]) {
    if (!nhAlive(nh)) continue;
    if (oif && nh.dev && nh.dev.ifindex !== oif) continue;
    return nh;
  }
  return undefined;
}

/** ipv4_good_nh(): no neighbour entry for the gateway, or a valid one (arp.ts provides the check: no import cycle). */
let ipv4GoodNh: (nh: FibNh) => boolean = () => true;
export function setIpv4GoodNh(fn: (nh: FibNh) => boolean): void {
  ipv4GoodNh = fn;
}

/**
 * nexthop_select_path_hthr() for a route through a nexthop group: members whose neighbour is
 * not valid are passed over (nexthop_is_good_nh, whatever fib_multipath_use_neigh says); the
 * first good one is the fallback, the first member when none is good. No source preference.
 */
function nexthopSelectPathHthr(nhs: FibNh[], hash: number): FibNh {
  let res: FibNh | undefined;
  for (const nh of nhs) {
    if (!ipv4GoodNh(nh)) continue;
    res ??= nh;
    if (hash > (nh.upper ?? -1)) continue;
    return nh;
  }
  return res ?? nhs[0]!;
}

/** fib_select_path()'s multipath part: the nexthop a flow takes through `fi`. */
export function fibSelectPath(ns: NetNamespace, fi: FibInfo, fl: MpFlow, oif: number, preferSaddr: boolean): FibNh {
  if (!fi.nhs) return fi.nh;
  if (oif) return fibFirstNh(fi, oif) ?? fi.nh;
  if (fi.nhid !== undefined) return nexthopSelectPathHthr(fi.nhs, fibMultipathHash(ns, fl));
  return fibSelectMultipath(fi, fibMultipathHash(ns, fl), preferSaddr ? fl.saddr : 0);
}

/** fib_info_nh_uses_dev() */
export function fibInfoNhUsesDev(fi: FibInfo, dev: NetDevice): boolean {
  if (!fi.nhs) return fi.nh.dev === dev;
  return fi.nhs.some((nh) => nh.dev === dev);
}
