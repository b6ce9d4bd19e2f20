// Sending the kernel's own IPv6 control packets (net/ipv6/ip6_output.c,
// ndisc.c's ndisc_send_skb, mcast.c's mld_sendpack): an IPv6 header over a
// payload, an Ethernet header to the group's 33:33:xx:xx:xx:xx address (every
// packet sent here goes to a multicast group: neighbour/router solicitations
// and MLD reports), and dev_queue_xmit. Flow label 0, as ip6_nd_hdr and
// ip6_mc_hdr write it. Local loopback copies of multicast (dev_loopback_xmit)
// are not modelled: packet sockets drop PACKET_LOOPBACK frames, so tcpdump
// never shows them, and no local listener cares about these groups.

import { multicastMac6, type Ip6Addr } from "../../wire/addr.js";
import { emitEthernet, ETH_P_IPV6 } from "../../wire/ethernet.js";
import { emitIpv6 } from "../../wire/ipv6.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import type { NetDevice } from "../core/netdevice.js";
import { allocSkb } from "../core/skbuff.js";
import { hostOf } from "./inet6_dev.js";

function macOf(dev: NetDevice): number {
  let m = 0;
  for (const b of dev.addr) m = m * 256 + b;
  return m;
}

/** Builds and transmits one packet to a multicast destination. */
export function ip6SendMulticast(
  dev: NetDevice,
  src: Ip6Addr,
  dst: Ip6Addr,
  nextHeader: number,
  hopLimit: number,
  payload: Uint8Array,
): void {
  if (!dev.isUp || dev.regState !== "REGISTERED") return;
  const ip = emitIpv6({ trafficClass: 0, flowLabel: 0, nextHeader, hopLimit, src, dst }, payload);
  const frame = emitEthernet({ dst: multicastMac6(dst), src: macOf(dev), ethertype: ETH_P_IPV6 }, ip);
  const skb = allocSkb(frame, dev, hostOf(dev).clock.now);
  skb.pktType = "OUTGOING";
  devQueueXmit(skb);
}
