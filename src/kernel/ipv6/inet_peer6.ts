// The IPv6 inet_peer base (net->ipv6.peers, net/ipv4/inetpeer.c): one token
// bucket per remote address, shared by ICMPv6 error rate limiting
// (icmpv6_xrlim_allow) and the redirect limits (ip6_forward,
// ndisc_send_redirect), as inet_peer_xrlim_allow() keeps them.

import type { Ip6Addr } from "../../wire/addr.js";
import { HZ, nsToJiffies } from "../core/jiffies.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";

/** XRLIM_BURST_FACTOR */
const BURST = 6;

interface Peer6 {
  /** rate_tokens, in jiffies. */
  tokens: number;
  /** rate_last, in jiffies. */
  last: number;
}

/**
 * inet_getpeer_v6() + inet_peer_xrlim_allow(peer, timeout): a new peer's
 * rate_last is 60 s in the past, so it starts with a full burst of 6; each
 * message costs `timeout` jiffies of tokens, earned back one a jiffy.
 * Peers are never forgotten here (the kernel's inet_peer gc frees idle ones,
 * which then start full again: the same answer once 6·timeout has passed).
 */
export function inet6PeerXrlimAllow(ns: NetNamespace, addr: Ip6Addr, timeout: number): boolean {
  const peers = ns.get<Map<Ip6Addr, Peer6>>("ipv6-inet-peers", () => new Map());
  const now = nsToJiffies(netCore(ns).host.clock.now);
  let p = peers.get(addr);
  if (!p) peers.set(addr, (p = { tokens: 0, last: now - 60 * HZ }));
  let token = Math.min(p.tokens + (now - p.last), BURST * timeout);
  p.last = now;
  let ok = false;
  if (token >= timeout) {
    token -= timeout;
    ok = true;
  }
  p.tokens = token;
  return ok;
}
