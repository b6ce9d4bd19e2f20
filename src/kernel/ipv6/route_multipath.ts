// IPv6 multipath (net/ipv6/route.c rt6_multipath_rebalance / fib6_select_path
// / rt6_multipath_hash, ip6_fib.c's sibling lists). An IPv6 multipath route is
// not one route with several nexthops as IPv4's is: each nexthop is a route of
// its own (a fib6_info) in the leaf, linked to the others of the same metric
// as siblings (fib6_siblings); `siblings` is that list, shared by its members
// in list order. Each live sibling owns an upper bound in the 31-bit hash
// space by weight; a flow's hash (SipHash-2-4 over struct flow_keys with
// IPv6 addresses, keyed by net.ipv4.fib_multipath_hash_seed as in 6.11+)
// picks the first sibling whose bound it does not pass.

import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { sysctlGenerationRef, sysctlGet } from "../fs/procfs-sys.js";
import { flowKeysHash, le16, rebalance } from "../ipv4/fib_multipath.js";
import { cnf, cnfAll } from "./inet6_dev.js";
import type { Ip6Addr } from "../../wire/addr.js";
import type { Flow6, Rt6Info } from "./route.js";

/** ip6_ignore_linkdown() */
export function ignoreLinkdown(dev: NetDevice): boolean {
  return cnf(dev, "ignore_routes_with_linkdown") !== 0 || cnfAll(dev, "ignore_routes_with_linkdown") !== 0;
}

/** rt6_is_dead(): dead, or link-down where link-down routes are ignored (read when rebalancing, as the kernel does). */
function rt6IsDead(rt: Rt6Info): boolean {
  return !!rt.dead || (!rt.dev.carrier && ignoreLinkdown(rt.dev));
}

/** rt6_multipath_rebalance(): each sibling's upper bound, from the first sibling on (-1 for a dead one). */
export function rt6MultipathRebalance(group: Rt6Info[]): void {
  rebalance(group, (rt) => !rt6IsDead(rt));
}

/** net.ipv6.fib_multipath_hash_policy hashes ports (1 or 3), as last read while the table's generation (`ref.gen`) was `gen`. */
interface HashPolicy {
  ref: { readonly gen: number };
  gen: number;
  l4: boolean;
}
const hashPolicyCache = new WeakMap<NetNamespace, HashPolicy>();

function hashesPorts6(ns: NetNamespace): boolean {
  const c = hashPolicyCache.get(ns);
  if (c && c.ref.gen === c.gen) return c.l4;
  const policy = Number.parseInt(sysctlGet(ns, "net.ipv6.fib_multipath_hash_policy") ?? "0", 10);
  const l4 = policy === 1 || policy === 3;
  const ref = sysctlGenerationRef(ns);
  if (ref) hashPolicyCache.set(ns, { ref, gen: ref.gen, l4 });
  return l4;
}

/** struct flow_keys from `basic` for IPv6 addresses: 36 bytes of keys, 32 of addresses, 4 of padding. */
const keys = new Uint8Array(72);

function put128(b: Uint8Array, off: number, a: Ip6Addr): void {
  for (let i = 15; i >= 0; i--) {
    b[off + i] = Number(a & 0xffn);
    a >>= 8n;
  }
}

/**
 * rt6_multipath_hash() for a flow (no skb): policy 0 hashes the addresses,
 * the flow label and the protocol; 1 the addresses, protocol and ports
 * (2 and 3 hash as 0 and 1: no encapsulation). __flow_hash_consistentify()
 * orders the addresses (memcmp) and, on its own, the ports; the result is >> 1.
 */
export function rt6MultipathHash(ns: NetNamespace, daddr: Ip6Addr, fl: Flow6 | undefined): number {
  const l4 = hashesPorts6(ns);
  let src = fl?.saddr ?? 0n;
  let dst = daddr;
  let sport = l4 ? fl?.sport ?? 0 : 0;
  let dport = l4 ? fl?.dport ?? 0 : 0;
  if (dst < src) [src, dst] = [dst, src];
  // The ports compare as the u16 they are stored as (big-endian bytes read little-endian).
  if (le16(dport) < le16(sport)) [sport, dport] = [dport, sport];
  const b = keys.fill(0);
  b[2] = fl?.proto ?? 0;
  if (!l4) {
    // tags.flow_label: the __be32 label as stored.
    const lbl = (fl?.flowlabel ?? 0) & 0xfffff;
    b[5] = lbl >>> 16;
    b[6] = (lbl >>> 8) & 0xff;
    b[7] = lbl & 0xff;
  }
  b[28] = sport >>> 8;
  b[29] = sport & 0xff;
  b[30] = dport >>> 8;
  b[31] = dport & 0xff;
  put128(b, 36, src);
  put128(b, 52, dst);
  return flowKeysHash(ns, b);
}

/**
 * fib6_select_path(): `match` is the route the leaf lookup settled on; unless
 * the output device picked it (have_oif_match), the flow's hash picks the
 * first sibling whose bound it does not pass (a dead one's is -1), else
 * `match` stays.
 */
export function fib6SelectPath(ns: NetNamespace, match: Rt6Info, daddr: Ip6Addr, fl: Flow6 | undefined, oifMatch: boolean): Rt6Info {
  const group = match.siblings;
  if (!group || oifMatch) return match;
  const hash = rt6MultipathHash(ns, daddr, fl);
  if (hash <= (match.upper ?? -1)) return match;
  // list_for_each_entry over match's siblings: the circular list from the one after match.
  const at = group.indexOf(match);
  for (let k = 1; k < group.length; k++) {
    const rt = group[(at + k) % group.length]!;
    if (hash > (rt.upper ?? -1)) continue;
    // rt6_score_route() < 0: a device that is not up ends the walk with match.
    if (!rt.dev.isUp) break;
    return rt;
  }
  return match;
}
