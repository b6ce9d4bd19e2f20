// UDP tunnel sockets over IPv6 (net/ipv6/ip6_udp_tunnel.c + udpv6_queue_rcv_skb's
// encap_rcv): the IPv6 half of kernel/ipv4/udp_tunnel.ts. A vxlan whose
// addresses are IPv6 opens an AF_INET6 tunnel socket on its port; datagrams to
// that port arriving over IPv6 go to the tunnel driver after the checksum
// check (a sender's CHECKSUM_PARTIAL over veth is trusted, as the skb says).
// Same known difference as IPv4: these sockets are not in the UDP hash.

import { parseUdp, udpChecksumState } from "../../wire/udp.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { isPartialCsum6 } from "../ipv4/csum_offload.js";
import type { EncapRcv } from "../ipv4/udp_tunnel.js";
import { inet6AddProtocol, inet6ErrHandler, inet6Protocol, ip6Upper } from "./protocol.js";

const NEXTHDR_UDP = 17;
const tables = new WeakMap<NetNamespace, Map<number, EncapRcv>>();
let installed: ((skb: SkBuff) => void) | undefined;

/** Puts the tunnel demux in front of UDPv6's handler (once, and again if UDP re-registered). */
function install(): void {
  const cur = inet6Protocol(NEXTHDR_UDP);
  if (cur && cur === installed) return;
  const next = cur;
  const err = inet6ErrHandler(NEXTHDR_UDP);
  installed = (skb: SkBuff) => {
    const m = tables.get(skb.dev.net);
    if (m?.size) {
      const { seg, saddr, daddr } = ip6Upper(skb);
      const p = parseUdp(seg);
      const rcv = p.ok ? m.get(p.repr.dstPort) : undefined;
      if (p.ok && rcv) {
        const dg = seg.subarray(0, p.repr.length);
        if (udpChecksumState(dg, { family: 6, src: saddr, dst: daddr }) !== "ok" && !isPartialCsum6(dg, 6, saddr, daddr, NEXTHDR_UDP)) {
          kfreeSkbReason(skb, "UDP_CSUM");
          return;
        }
        const b = skb.data;
        rcv(skb, {
          payloadOff: 54 + 8,
          payloadLen: p.payload.length,
          saddr,
          daddr,
          sport: p.repr.srcPort,
          dport: p.repr.dstPort,
          tos: ((b[14]! & 0x0f) << 4) | (b[15]! >> 4),
          ttl: b[21]!,
          iif: skb.dev.ifindex,
        });
        return;
      }
    }
    if (next) next(skb);
    else kfreeSkbReason(skb, "NO_SOCKET");
  };
  inet6AddProtocol(NEXTHDR_UDP, installed, err ?? (() => {}));
}

/** setup_udp_tunnel_sock() for an AF_INET6 socket: `port` now belongs to the tunnel. */
export function udp6TunnelRegister(ns: NetNamespace, port: number, rcv: EncapRcv): void {
  install();
  let m = tables.get(ns);
  if (!m) tables.set(ns, (m = new Map()));
  m.set(port, rcv);
}

/** udp_tunnel_sock_release() */
export function udp6TunnelUnregister(ns: NetNamespace, port: number): void {
  tables.get(ns)?.delete(port);
}

/** The ports of the namespace's IPv6 tunnel sockets (kernel UDP sockets bound to [::]:port), oldest first. */
export function udp6TunnelPorts(ns: NetNamespace): number[] {
  return [...(tables.get(ns)?.keys() ?? [])];
}
