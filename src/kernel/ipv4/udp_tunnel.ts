// UDP tunnel sockets (net/ipv4/udp_tunnel_core.c, setup_udp_tunnel_sock with
// encap_rcv): a kernel socket on a UDP port whose datagrams go to a tunnel
// driver (vxlan) instead of a socket queue. In Linux the socket sits in the
// UDP hash and udp_queue_rcv_skb() hands its datagrams to up->encap_rcv after
// the checksum check; here a demux placed in front of UDP's protocol handler
// does the same for the ports tunnels hold, and passes every other datagram on.
// Known difference: these sockets are not in the UDP hash, so `ss -uln` does
// not list them and a user socket may bind the same port.

import { parseUdp, udpChecksumState } from "../../wire/udp.js";
import { IPPROTO_UDP } from "../../wire/ipv4.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { isPartialCsum } from "./csum_offload.js";
import { ipHdr } from "./icmp.js";
import { inetAddProtocol, inetGetProtocol, type InetProtocolHandler } from "./ip_input.js";
import type { Rtable } from "./route.js";

export interface UdpTunnelRcv {
  /** Offset of the UDP payload in skb.data. */
  payloadOff: number;
  payloadLen: number;
  /** IPv4 (host order), or IPv6 (a bigint) from udp_tunnel6. */
  saddr: number | bigint;
  daddr: number | bigint;
  sport: number;
  dport: number;
  tos: number;
  ttl: number;
  /** skb_iif: the underlay device it came in on. */
  iif: number;
}

export type EncapRcv = (skb: SkBuff, info: UdpTunnelRcv) => void;

// Per namespace, kept beside it (a WeakMap) so the receive path can look
// without creating anything: a datagram in a namespace that never held a
// tunnel port must not leave a table behind (nor share one).
const tables = new WeakMap<NetNamespace, Map<number, EncapRcv>>();

function socks(ns: NetNamespace): Map<number, EncapRcv> {
  let m = tables.get(ns);
  if (!m) tables.set(ns, (m = new Map()));
  return m;
}

let installed: InetProtocolHandler | undefined;

/** Puts the tunnel demux in front of whatever handles UDP now (once, and again if UDP re-registered). */
function install(): void {
  const cur = inetGetProtocol(IPPROTO_UDP);
  if (cur && cur === installed) return;
  const next = cur;
  installed = (skb: SkBuff, rt: Rtable, iif: number) => {
    const m = tables.get(rt.ns);
    if (m?.size) {
      const iph = ipHdr(skb);
      const seg = skb.data.subarray(14 + iph.ihl, 14 + iph.len);
      const p = parseUdp(seg);
      const rcv = p.ok ? m.get(p.repr.dstPort) : undefined;
      if (p.ok && rcv) {
        const dg = seg.subarray(0, p.repr.length);
        // A sender's partial checksum (CHECKSUM_PARTIAL over veth) is trusted, as the skb says.
        if (udpChecksumState(dg, { family: 4, src: iph.saddr, dst: iph.daddr }) === "bad" && !isPartialCsum(dg, 6, iph.saddr, iph.daddr, IPPROTO_UDP)) {
          // SKB_DROP_REASON_UDP_CSUM (counted as NOT_SPECIFIED until that reason exists here).
          kfreeSkbReason(skb, "NOT_SPECIFIED");
          return;
        }
        rcv(skb, {
          payloadOff: 14 + iph.ihl + 8,
          payloadLen: p.payload.length,
          saddr: iph.saddr,
          daddr: iph.daddr,
          sport: p.repr.srcPort,
          dport: p.repr.dstPort,
          tos: iph.tos,
          ttl: iph.ttl,
          iif,
        });
        return;
      }
    }
    if (next) next(skb, rt, iif);
    else kfreeSkbReason(skb, "NO_SOCKET");
  };
  inetAddProtocol(IPPROTO_UDP, installed);
}

/** setup_udp_tunnel_sock(): `port` now belongs to the tunnel. */
export function udpTunnelRegister(ns: NetNamespace, port: number, rcv: EncapRcv): void {
  install();
  socks(ns).set(port, rcv);
}

/** udp_tunnel_sock_release() */
export function udpTunnelUnregister(ns: NetNamespace, port: number): void {
  tables.get(ns)?.delete(port);
}

export function udpTunnelHeld(ns: NetNamespace, port: number): boolean {
  return tables.get(ns)?.has(port) ?? false;
}

/** The ports of the namespace's tunnel sockets (kernel UDP sockets bound to 0.0.0.0:port), oldest first. */
export function udpTunnelPorts(ns: NetNamespace): number[] {
  return [...(tables.get(ns)?.keys() ?? [])];
}
