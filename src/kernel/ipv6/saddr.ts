// Source address selection (net/ipv6/addrconf.c ipv6_dev_get_saddr, RFC 6724
// section 5) reduced to the rules that decide between the addresses the model
// holds: a destination we own is its own source (rule 1); usable addresses
// only (not tentative, not dead); the smallest scope that still covers the
// destination's (rule 2); the outgoing device's (rule 5); the label the
// destination has in the address label table (rule 6, kernel/ipv6/addrlabel.ts);
// the longest common prefix, at most the address's prefix length (rule 8); ties
// keep the first; deprecated addresses lose to others (rule 3). Left out:
// home/temporary preferences (no such addresses exist in the model).

import { IFA_F_DEPRECATED, IFA_F_SECONDARY, IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { devList } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { cnf, ifaSrcScope, in6DevGet, type Inet6Ifaddr } from "./inet6_dev.js";
import { ipv6AddrLabel } from "./addrlabel.js";

/** __ipv6_addr_src_scope(): host 1, link 2, site 5, global 14 (multicast: its scope nibble). */
export function ipv6AddrScope(a: Ip6Addr): number {
  if (a === 1n) return 1;
  if (a >> 120n === 0xffn) return Number((a >> 112n) & 0xfn);
  if (a >> 118n === 0x3fan) return 2;
  if (a >> 118n === 0x3fbn) return 5;
  return 14;
}

function ifpScope(ifp: Inet6Ifaddr): number {
  return ifaSrcScope(ifp.scope);
}

function commonPrefix(a: Ip6Addr, b: Ip6Addr): number {
  let x = a ^ b;
  let n = 128;
  while (x) {
    x >>= 1n;
    n--;
  }
  return n;
}

/** Every usable address of the namespace, with its device. */
export function usableAddrs(ns: NetNamespace): Inet6Ifaddr[] {
  const out: Inet6Ifaddr[] = [];
  for (const dev of devList(ns)) {
    const idev = in6DevGet(dev);
    if (!idev) continue;
    for (const a of idev.addrs) if (!a.dead && !(a.flags & IFA_F_TENTATIVE)) out.push(a);
  }
  return out;
}

/**
 * ipv6_chk_addr_and_flags(): the address of ours equal to `a` (link-local ones
 * only on `dev` when given), if any, not counting those with a `banned` flag
 * (ipv6_chk_addr() bans tentative ones; ip6_validate_gw() bans none).
 */
export function ipv6ChkAddr(ns: NetNamespace, a: Ip6Addr, dev?: NetDevice, banned = IFA_F_TENTATIVE): Inet6Ifaddr | undefined {
  // A link-local address can only be ours on `dev` itself: no need to look further.
  const devs = dev && a >> 118n === 0x3fan ? [dev] : devList(ns);
  for (const d of devs) {
    const idev = in6DevGet(d);
    if (!idev) continue;
    for (const ifp of idev.addrs) {
      if (ifp.addr === a && !ifp.dead && !(ifp.flags & banned)) return ifp;
    }
  }
  return undefined;
}

/** ip6_route_get_saddr(): the route's preferred source when it has one, else ipv6_dev_get_saddr() for its device. */
export function ip6RouteGetSaddr(ns: NetNamespace, rt: { prefsrc?: Ip6Addr } | undefined, dst: Ip6Addr, out: NetDevice | undefined): Ip6Addr | undefined {
  if (rt?.prefsrc !== undefined) return rt.prefsrc;
  return ipv6DevGetSaddr(ns, dst, out);
}

/** ipv6_dev_get_saddr(): undefined when no address qualifies (EADDRNOTAVAIL). */
export function ipv6DevGetSaddr(ns: NetNamespace, dst: Ip6Addr, out: NetDevice | undefined): Ip6Addr | undefined {
  const dscope = ipv6AddrScope(dst);
  const dlabel = ipv6AddrLabel(ns, dst, out?.ifindex ?? 0);
  let best: Inet6Ifaddr | undefined;
  let bestScore: number[] = [];
  for (const ifp of usableAddrs(ns)) {
    if (ifp.addr === dst) return dst;
    const s = ifpScope(ifp);
    // Link-local (and host) sources serve only their own device's links.
    if (s <= 2 && out && ifp.idev.dev !== out && !(out.flags & IFF_LOOPBACK)) continue;
    // Rule 2: a scope at least the destination's, the smaller the better; else the larger.
    const scopeRank = s >= dscope ? 1000 - s : s;
    // Rule 8 counts the common prefix only up to the address's own prefix length, so
    // two addresses of one subnet tie and the first in the device's list (the newest) stays.
    // Rule 3 avoids deprecated addresses (IPV6_SADDR_RULE_PREFERRED).
    const oif = out && ifp.idev.dev === out ? 1 : 0;
    const label = ipv6AddrLabel(ns, ifp.addr, ifp.idev.dev.ifindex) === dlabel ? 1 : 0;
    // Rule 7 (IPV6_SADDR_RULE_PRIVACY): a temporary address when use_tempaddr is 2 or more, else a public one.
    // (use_tempaddr is read only on a device that ever had a temporary address: elsewhere every address is public and scores 1.)
    const privacy = ifp.idev.hadTempaddr ? (ifp.flags & IFA_F_SECONDARY ? 0 : 1) ^ (cnf(ifp.idev.dev, "use_tempaddr") >= 2 ? 1 : 0) : 1;
    const score = [scopeRank, ifp.flags & IFA_F_DEPRECATED ? 0 : 1, oif, label, privacy, Math.min(commonPrefix(ifp.addr, dst), ifp.prefixlen)];
    let better = !best;
    for (let i = 0; !better && i < score.length; i++) {
      if (score[i]! > bestScore[i]!) better = true;
      else if (score[i]! < bestScore[i]!) break;
    }
    if (better) {
      best = ifp;
      bestScore = score;
    }
  }
  return best?.addr;
}
