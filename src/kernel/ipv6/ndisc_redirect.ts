// ICMPv6 redirects (RFC 4861 §8): the router side (ip6_forward's redirect
// block in net/ipv6/ip6_output.c, ndisc_send_redirect in net/ipv6/ndisc.c)
// and the host side (ndisc_redirect_rcv, icmpv6_notify -> icmpv6_err /
// udpv6_err / tcp_v6_err -> ip6_redirect, __ip6_route_redirect and
// rt6_do_redirect in net/ipv6/route.c).
//
// A router forwarding a packet back out of the device it came in on tells the
// sender the better first hop: the route's gateway (which must be link-local),
// or the destination itself when it is on-link. There is no send_redirects
// sysctl for IPv6. Rate limits: inet_peer_xrlim_allow(peer, 1*HZ) per
// destination (in ip6_forward) and per source (in ndisc_send_redirect), each a
// bucket of 6 tokens that starts full (a new inet_peer's rate_last is 60 s in
// the past). The redirect comes from the device's oldest non-tentative
// link-local address, hop limit 255, flow label 0, with the target's
// link-layer address when the router's neighbour entry for it is valid, and
// as much of the packet (before its hop limit is decremented) as fits 1280.
//
// A host (forwarding off, accept_redirects on the receiving device) takes one
// only from the gateway its route for the quoted destination uses (any route
// of the longest matching prefix with that gateway on that device, else the
// shorter prefixes' routes; a reject route ends the search). It makes the
// target's neighbour STALE with the given address (a router unless on-link;
// without an address on an entry that has none the update is refused) and
// records the new next hop as an exception of the route (rt6_exception.ts).
// A quoted ICMPv6 packet always gets there (icmpv6_err looks up with the
// receiving device); a UDP or TCP one only when a socket sent it, and then
// ip6_sk_redirect looks up with the socket's bound device as oif, which no
// route's device matches for an unbound socket: such redirects are ignored. Left out: ip6_redirect_no_header's path for a redirect
// without the redirected header option (taken as the destination alone),
// rt6_age_exceptions purging a redirect whose gateway stopped being a router,
// NETEVENT_REDIRECT.

import type { Ip6Addr } from "../../wire/addr.js";
import { ip6FromBytes } from "../../wire/addr.js";
import { emitIcmpv6, NDISC_REDIRECT, ND_OPT_REDIRECT_HDR, ND_OPT_TARGET_LL_ADDR } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import { IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { RT_TABLE_LOCAL, RT_TABLE_MAIN } from "../../uapi/route.js";
import { devGetByIndex } from "../core/dev.js";
import { HZ } from "../core/jiffies.js";
import { inet6PeerXrlimAllow } from "./inet_peer6.js";
import { NEIGH_UPDATE_F_ISROUTER, NEIGH_UPDATE_F_OVERRIDE, NEIGH_UPDATE_F_OVERRIDE_ISROUTER, NEIGH_UPDATE_F_WEAK_OVERRIDE, NUD_VALID } from "../core/neighbour.js";
import { NUD_STALE } from "../../uapi/neighbour.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { cnf, in6DevGet, ipv6GetLladdr } from "./inet6_dev.js";
import { ip6SendUnicast } from "./ip6_output.js";
import { ndTbl } from "./ndisc_tbl.js";
import { inet6ErrHandler } from "./protocol.js";
import { ip6RouteLookup, rt6Dump, rt6Expired, type Rt6Info, type Rt6Lookup } from "./route.js";
import { rt6InsertRedirect, rt6RedirectOf } from "./rt6_exception.js";

function isLinkLocal(a: Ip6Addr): boolean {
  return a >> 118n === 0x3fan;
}

/**
 * ip6_forward(): `skb` (frame, IPv6 at 14, hop limit not yet decremented)
 * leaves by the device it came in on through `route`: a redirect to the
 * route's gateway, or to the destination itself, limited per destination.
 */
export function ip6ForwardRedirect(skb: SkBuff, route: Rt6Lookup): void {
  const daddr = ip6FromBytes(skb.data, 38);
  const target = route.gw ?? daddr;
  if (inet6PeerXrlimAllow(skb.dev.net, daddr, HZ)) ndiscSendRedirect(skb, target, route);
}

/** ndisc_send_redirect() */
function ndiscSendRedirect(skb: SkBuff, target: Ip6Addr, route: Rt6Lookup): void {
  const dev = skb.dev;
  const ns = dev.net;
  const idev = in6DevGet(dev);
  const ll = idev && ipv6GetLladdr(idev, IFA_F_TENTATIVE);
  if (!ll) return; // "no link-local address on DEV"
  const b = skb.data;
  const saddr = ip6FromBytes(b, 22);
  const daddr = ip6FromBytes(b, 38);
  if (daddr !== target && !isLinkLocal(target)) return; // "target address is not link-local unicast"
  // The way back to the sender, through this device: it must be on-link.
  const back = ip6RouteLookup(ns, saddr, dev.ifindex, devGetByIndex(ns, 1));
  if (!back || back.gw !== undefined) return; // "destination is not a neighbour"
  if (!inet6PeerXrlimAllow(ns, saddr, HZ)) return;
  // dst_neigh_lookup(): the router's entry for the target (made if missing);
  // its address goes along when it is valid.
  const n = ndTbl.lookup(route.dev, target) ?? ndTbl.create(route.dev, target);
  const ha = n.state & NUD_VALID && dev.addr.length === 6 ? n.ha : undefined;
  let optlen = ha ? 8 : 0;
  const pkt = b.subarray(14);
  const rdLen = Math.min(1280 - 40 - 40 - optlen, pkt.length + 8) & ~7;
  optlen += rdLen;
  // struct rd_msg after the 4-byte ICMPv6 header: reserved, target, destination, options.
  const body = new Uint8Array(4 + 32 + optlen);
  putAddr(body, 4, target);
  putAddr(body, 20, daddr);
  let o = 36;
  if (ha) {
    body[o] = ND_OPT_TARGET_LL_ADDR;
    body[o + 1] = 1;
    body.set(ha.subarray(0, 6), o + 2);
    o += 8;
  }
  if (rdLen) {
    body[o] = ND_OPT_REDIRECT_HDR;
    body[o + 1] = rdLen >> 3;
    body.set(pkt.subarray(0, rdLen - 8), o + 8);
  }
  const msg = emitIcmpv6({ kind: "other", type: NDISC_REDIRECT, code: 0, body }, ll.addr, saddr);
  // ndisc_send_skb(): hop limit 255, no flow label, LOCAL_OUT.
  ip6SendUnicast(back, ll.addr, saddr, NEXTHDR_ICMP, 255, msg, false);
}

function putAddr(b: Uint8Array, o: number, a: Ip6Addr): void {
  for (let i = 15; i >= 0; i--) {
    b[o + i] = Number(a & 0xffn);
    a >>= 8n;
  }
}

/** ndisc_redirect_rcv(): `skb` is a frame carrying a redirect (hop limit 255, code 0, already counted). */
export function ndiscRedirectRcv(skb: SkBuff): void {
  const b = skb.data;
  const saddr = ip6FromBytes(b, 22);
  if (!isLinkLocal(saddr)) return; // "source address is not link-local"
  const plen = (b[18]! << 8) | b[19]!;
  const msg = b.subarray(54, 54 + plen);
  if (msg.length < 40) return;
  // ndisc_parse_options(): the target's link-layer address and the redirected header.
  let lladdr: Uint8Array | undefined;
  let rh: Uint8Array | undefined;
  for (let o = 40; o < msg.length; ) {
    const len = (msg[o + 1] ?? 0) * 8;
    if (len === 0 || o + len > msg.length) return; // invalid ND options
    if (msg[o] === ND_OPT_TARGET_LL_ADDR && !lladdr) lladdr = msg.subarray(o + 2, o + len);
    else if (msg[o] === ND_OPT_REDIRECT_HDR && !rh) rh = msg.subarray(o + 8, o + len);
    o += len;
  }
  const target = ip6FromBytes(msg, 8);
  const dest = ip6FromBytes(msg, 24);
  const dev = skb.dev;
  const redirect = (inner: Uint8Array | undefined, oif = dev.ifindex) => ip6Redirect(dev, oif, inner ? ip6FromBytes(inner, 24) : dest, saddr, target, dest, lladdr);
  if (!rh || rh.length < 40) {
    // ip6_redirect_no_header(): the message's destination alone.
    redirect(undefined);
    return;
  }
  // icmpv6_notify(): the quoted packet's protocol. ICMPv6 (icmpv6_err) always
  // redirects; UDP and TCP only for a socket of theirs.
  const proto = rh[6]!;
  if (proto === NEXTHDR_ICMP) {
    redirect(rh);
    return;
  }
  const errh = rh.length >= 44 ? inet6ErrHandler(proto) : undefined;
  errh?.(dev.net, { type: NDISC_REDIRECT, code: 0, info: 0, from: saddr, quoted: rh, hops: b[21]!, redirect: (oif) => redirect(rh, oif) });
}

/**
 * ip6_redirect() -> __ip6_route_redirect() -> rt6_do_redirect(): `gateway`
 * (the redirect's source) must be the next hop a route of ours for `daddr`
 * on device `oif` uses.
 */
function ip6Redirect(dev: NetDevice, oif: number, daddr: Ip6Addr, gateway: Ip6Addr, target: Ip6Addr, dest: Ip6Addr, lladdr: Uint8Array | undefined): void {
  const ns = dev.net;
  const rt = ip6RouteRedirect(ns, daddr, oif, gateway);
  if (!rt) return;
  // rt6_do_redirect()
  if (dest >> 120n === 0xffn) return; // "destination address is multicast"
  const onLink = dest === target;
  if (!onLink && !isLinkLocal(target)) return;
  if (cnf(dev, "forwarding") || !cnf(dev, "accept_redirects")) return;
  if (lladdr && lladdr.length < 6) return; // "invalid link-layer address length"
  const n = ndTbl.lookup(dev, target) ?? ndTbl.create(dev, target);
  // ndisc_update(): STALE with the given address; __neigh_update refuses (before
  // touching the router flag) an entry that has no address when none is given.
  if (lladdr || n.state & NUD_VALID) {
    const flags = NEIGH_UPDATE_F_WEAK_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE | (onLink ? 0 : NEIGH_UPDATE_F_OVERRIDE_ISROUTER | NEIGH_UPDATE_F_ISROUTER);
    ndTbl.update(n, lladdr?.subarray(0, 6), NUD_STALE, flags);
  }
  rt6InsertRedirect(ns, rt, dest, onLink ? undefined : target);
}

/**
 * __ip6_route_redirect() in the local then the main table (fib6_rule_lookup
 * without custom rules): the routes of the longest prefix matching `daddr`,
 * then shorter ones (fib6_backtrack); a live gatewayed route on `oif` whose
 * gateway (or whose redirect's gateway) is `gateway` is the one; a reject
 * route ends the table's search.
 */
function ip6RouteRedirect(ns: NetNamespace, daddr: Ip6Addr, oif: number, gateway: Ip6Addr): Rt6Info | undefined {
  const all = rt6Dump(ns);
  for (const table of [RT_TABLE_LOCAL, RT_TABLE_MAIN]) {
    const cands = all
      .filter((r) => r.table === table && (r.dstLen === 0 || r.dst >> BigInt(128 - r.dstLen) === daddr >> BigInt(128 - r.dstLen)))
      .sort((x, y) => y.dstLen - x.dstLen);
    for (const r of cands) {
      if (r.expires !== undefined && rt6Expired(ns, r)) continue;
      if (r.reject) break;
      if (r.dead || r.gw === undefined || r.dev.ifindex !== oif) continue;
      if (r.gw === gateway) return r;
      if (r.redirected && rt6RedirectOf(ns, r, daddr)?.gw === gateway) return r;
    }
  }
  return undefined;
}
