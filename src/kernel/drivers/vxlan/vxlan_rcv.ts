// vxlan_rcv() (drivers/net/vxlan/vxlan_core.c): a datagram on a vxlan UDP
// socket. The VNI picks the device among those sharing the socket (struct
// vxlan_sock); the inner frame's source is learned (vxlan_snoop) when the
// device learns, a frame carrying the device's own MAC as source is dropped
// (a loop), and the inner frame enters the stack on the vxlan device, which
// may live in another namespace than the socket.

import { parseVxlan, VXLAN_HF_VNI } from "../../../wire/vxlan.js";
import { kfreeSkbReason, netifRx } from "../../core/dev_rx.js";
import { ethTypeTrans } from "../../core/dev_xmit.js";
import { etherAddrEqual, isValidEtherAddr, type NetDevice } from "../../core/netdevice.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import type { SkBuff } from "../../core/skbuff.js";
import type { UdpTunnelRcv } from "../../ipv4/udp_tunnel.js";
import type { VxlanPriv } from "./vxlan_dev.js";

/** struct vxlan_sock: one per (namespace, family, port); its devices by VNI. */
export interface VxlanSock {
  net: NetNamespace;
  port: number;
  byVni: Map<number, NetDevice>;
}

/** vn->sock_list: an IPv6 vxlan (vn6_sock) and an IPv4 one (vn4_sock) never share a socket. */
export function vxlanSockFor(net: NetNamespace, port: number, ipv6 = false): VxlanSock {
  const m = net.get<Map<number, VxlanSock>>(ipv6 ? "vxlan6_socks" : "vxlan_socks", () => new Map());
  let vs = m.get(port);
  if (!vs) m.set(port, (vs = { net, port, byVni: new Map() }));
  return vs;
}

export function vxlanRcv(vs: VxlanSock, skb: SkBuff, info: UdpTunnelRcv): void {
  const p = parseVxlan(skb.data.subarray(info.payloadOff, info.payloadOff + info.payloadLen));
  // SKB_DROP_REASON_VXLAN_INVALID_HDR / _VNI_NOT_FOUND are not among the model's reasons yet.
  if (!p.ok || !(p.repr.flags & VXLAN_HF_VNI)) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const dev = vs.byVni.get(p.repr.vni);
  if (!dev || !dev.isUp) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const inner = p.payload;
  if (inner.length < 14) {
    dev.stats.rx_length_errors++;
    dev.stats.rx_errors++;
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  const src = inner.subarray(6, 12);
  if (etherAddrEqual(src, dev.addr)) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const v = dev.priv as VxlanPriv;
  const now = netCore(vs.net).host.clock.now;
  if (v.cfg.learning && isValidEtherAddr(src)) v.fdb.snoop(src, info.saddr, { port: v.cfg.dstPort, vni: v.cfg.vni, ifindex: 0 }, now);
  const rx: SkBuff = { data: inner.slice(), dev, iif: dev.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: now };
  ethTypeTrans(rx);
  dev.stats.rx_packets++;
  // Counted after eth_type_trans pulled the inner Ethernet header (recorded: 3 frames, 196 bytes).
  dev.stats.rx_bytes += inner.length - 14;
  // No multicast count: vxlan_rcv() adds only packets and bytes (dev_dstats_rx_add); `ip -s link`
  // shows mcast 0 on a vxlan however many broadcast ARP and multicast NS frames it received.
  netifRx(rx);
}
