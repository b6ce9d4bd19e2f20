// Sending the kernel's own IPv6 control packets (net/ipv6/ip6_output.c,
// ndisc.c's ndisc_send_skb, mcast.c's mld_sendpack): an IPv6 header over a
// payload, an Ethernet header to the group's 33:33:xx:xx:xx:xx address (every
// packet sent here goes to a multicast group: neighbour/router solicitations
// and MLD reports), through ip6tables OUTPUT and POSTROUTING, and dev_queue_xmit. Flow label 0, as ip6_nd_hdr and
// ip6_mc_hdr write it. No local loopback copy (dev_loopback_xmit) is made, as
// on Linux: the ndisc socket has mc_loop off, and MLDv2 reports go to ff02::16,
// which a host does not join (recorded: POSTROUTING counts each packet once).

import { multicastMac6, type Ip6Addr } from "../../wire/addr.js";
import { emitEthernet, ETH_P_IPV6 } from "../../wire/ethernet.js";
import { emitIpv6 } from "../../wire/ipv6.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import type { NetDevice } from "../core/netdevice.js";
import { allocSkb, type SkBuff } from "../core/skbuff.js";
import { nfHook } from "../netfilter/core.js";
import { NFPROTO_IPV6, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from "../../uapi/x_tables.js";
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
  // ndisc_send_skb / mld_sendpack: NF_HOOK(LOCAL_OUT) then dst_output ->
  // ip6_output: NF_HOOK_COND(POST_ROUTING) -> ip6_finish_output2. The packet
  // is PACKET_HOST to the hooks (-m pkttype sees no "multicast" there).
  nfHook(NFPROTO_IPV6, NF_INET_LOCAL_OUT, dev.net, skb, undefined, dev, (s) =>
    nfHook(NFPROTO_IPV6, NF_INET_POST_ROUTING, dev.net, s, undefined, dev, ip6FinishOutput2),
  );
}

function ip6FinishOutput2(skb: SkBuff): void {
  skb.pktType = "OUTGOING";
  devQueueXmit(skb);
}
