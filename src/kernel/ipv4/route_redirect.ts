// ICMP redirects (net/ipv4/route.c): a router forwarding a packet back out of
// the device it came in on, to a sender on that subnet, tells the sender the
// better next hop (ip_rt_send_redirect); a host receiving such a redirect
// about one of its sockets' packets records the new gateway as a next-hop
// exception for that destination (ipv4_sk_redirect -> __ip_do_redirect,
// route_fnhe.ts), once it has a valid neighbour entry for that gateway.

import { ICMP_REDIR_HOST, ICMP_REDIRECT } from "../../wire/icmp.js";
import { RTN_UNICAST } from "../../uapi/route.js";
import { HZ, NS_PER_JIFFY } from "../core/jiffies.js";
import { NUD_VALID } from "../core/neighbour.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { KernelError } from "../../uapi/errno.js";
import { arpNeighFor, arpTbl } from "./arp.js";
import { inetAddrOnlink } from "./devinet.js";
import { inetAddrType } from "./fib.js";
import { icmpSend, inetGetPeer, ipHdr } from "./icmp.js";
import { devConf, devConfAnd, devConfOr } from "./netns_ipv4.js";
import { ipRouteOutputSlow, isLbcast, isMulticast, isZeronet, type Rtable } from "./route.js";
import { fnheRedirect } from "./route_fnhe.js";

/** ip_rt_redirect_number, ip_rt_redirect_load (HZ/50) and ip_rt_redirect_silence ((HZ/50) << 10), in ns. */
const REDIRECT_NUMBER = 9;
const REDIRECT_LOAD = Math.floor(HZ / 50) * NS_PER_JIFFY;
const REDIRECT_SILENCE = REDIRECT_LOAD * 1024;

/**
 * ip_rt_send_redirect(): `skb` (already past ip_decrease_ttl) is being
 * forwarded by `rt`, which __mkroute_input flagged RTCF_DOREDIRECT. Per
 * sender (its inet_peer): the first at once, then each after a doubling
 * pause (20 ms << n), at most 9, and after 20.48 s of quiet it starts over.
 */
export function ipRtSendRedirect(skb: SkBuff, rt: Rtable): void {
  if (!devConfOr(rt.dev, "send_redirects")) return;
  const ns = rt.ns;
  const now = netCore(ns).host.clock.now;
  const { saddr, daddr } = ipHdr(skb);
  const p = inetGetPeer(ns, saddr, now);
  if (now > p.last + REDIRECT_SILENCE) {
    p.tokens = 0;
    p.redirects = 0;
  }
  const n = p.redirects ?? 0;
  if (n >= REDIRECT_NUMBER) {
    p.last = now;
    return;
  }
  if (n === 0 || now > p.last + REDIRECT_LOAD * 2 ** n) {
    // rt_nexthop(): the gateway, or the destination itself when on link.
    icmpSend(skb, rt, ICMP_REDIRECT, ICMP_REDIR_HOST, rt.gw || daddr);
    p.last = now;
    p.redirects = n + 1;
  }
}

/** IN_DEV_RX_REDIRECTS(): a forwarding device needs accept_redirects on both conf.all and itself, a host either. */
function rxRedirects(dev: NetDevice): boolean {
  return devConf(dev, "forwarding") ? devConfAnd(dev, "accept_redirects") : devConfOr(dev, "accept_redirects");
}

/** What a socket's err handler knows of the redirect and of itself (__build_flow_key's inputs). */
export interface SkRedirect {
  /** The device the redirect came in on. */
  dev: NetDevice;
  /** The redirect's source: the gateway the quoted packet went through. */
  from: number;
  code: number;
  gw: number;
  /** The quoted packet's IP header (and more). */
  quoted: Uint8Array;
  /** The socket: bound device, mark, TOS and protocol. */
  oif: number;
  mark: number;
  tos: number;
  proto: number;
}

/** ipv4_sk_redirect(): the socket's route to the quoted destination, then __ip_do_redirect(). */
export function ipv4SkRedirect(ns: NetNamespace, r: SkRedirect): void {
  const q = r.quoted;
  if (q.length < 20) return;
  const saddr = ((q[12]! << 24) | (q[13]! << 16) | (q[14]! << 8) | q[15]!) >>> 0;
  const daddr = ((q[16]! << 24) | (q[17]! << 16) | (q[18]! << 8) | q[19]!) >>> 0;
  let rt: Rtable;
  try {
    rt = ipRouteOutputSlow(ns, { daddr, saddr, oif: r.oif, tos: r.tos & 0x1c, mark: r.mark || undefined, proto: r.proto });
  } catch (e) {
    if (e instanceof KernelError) return;
    throw e;
  }
  ipDoRedirect(rt, r, daddr);
}

/** __ip_do_redirect() */
function ipDoRedirect(rt: Rtable, r: SkRedirect, daddr: number): void {
  const ns = rt.ns;
  const newGw = r.gw;
  const oldGw = r.from;
  if ((r.code & 7) > 3) return;
  if (!rt.gw || rt.gw !== oldGw) return;
  const dev = r.dev;
  // reject_redirect: silently (the log needs CONFIG_IP_ROUTE_VERBOSE and log_martians).
  if (newGw === oldGw || !rxRedirects(dev) || isMulticast(newGw) || isLbcast(newGw) || isZeronet(newGw)) return;
  if (!devConfOr(dev, "shared_media")) {
    if (!inetAddrOnlink(dev, newGw, oldGw)) return;
  } else if (inetAddrType(ns, newGw) !== RTN_UNICAST) return;
  const n = arpNeighFor(rt.dev, newGw);
  if (!(n.state & NUD_VALID)) {
    // Resolve it first; a later redirect will find it valid.
    arpTbl.eventSend(n, undefined);
    return;
  }
  if (rt.fa) fnheRedirect(ns, rt.fa, daddr, newGw);
}
