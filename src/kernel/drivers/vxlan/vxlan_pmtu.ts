// skb_tunnel_check_pmtu() (net/ipv4/ip_tunnel_core.c) as vxlan_xmit_one()
// calls it, IPv4 inner frames: the encapsulated frame must fit the underlay
// route's MTU less the VXLAN headroom. When it does not and the vxlan is a
// bridge port (netif_is_any_bridge_port) and the frame was not sent by this
// host (pkt_type != PACKET_HOST), the tunnel answers the sender itself with an
// ICMP "fragmentation needed" that seems to come from the inner destination
// (iptunnel_pmtud_build_icmp) and the frame is not sent: the answer enters the
// stack as if received on the vxlan, so the bridge carries it back to the port
// the frame came from. Anything else is transmitted as before (the outer
// header is fragmented unless `df set`).
//
// A routed frame (one that carries its IPv4 route) updates that route's path
// MTU first (skb_dst_update_pmtu_no_confirm), bridged or not.
//
// Left out: IPv6 inner frames (the rt6 update, iptunnel_pmtud_check_icmpv6, "packet too big").

import { emitIcmp } from "../../../wire/icmp.js";
import { emitIpv4 } from "../../../wire/ipv4.js";
import { portOf } from "../../bridge/br_private.js";
import { netifRx } from "../../core/dev_rx.js";
import { ethTypeTrans } from "../../core/dev_xmit.js";
import type { NetDevice } from "../../core/netdevice.js";
import { netCore } from "../../core/net_namespace.js";
import type { SkBuff } from "../../core/skbuff.js";
import { isLbcast, isLoopback, isMulticast, isZeronet } from "../../ipv4/route.js";
import { get32 } from "../../../wire/bytes.js";
import { skbRtable } from "../../ipv4/ip_output.js";
import { ipRtUpdatePmtu } from "../../ipv4/route_fnhe.js";

const IPPROTO_ICMP = 1;
/** ICMP types that are errors (icmp_is_err). */
const ICMP_ERRORS = new Set([3, 4, 5, 11, 12]);

/** The inner frame is IPv4 (ETH_P_IP) with room for an IPv4 header. */
export function vxlanInnerIpv4(frame: Uint8Array): boolean {
  return frame.length >= 34 && frame[12] === 0x08 && frame[13] === 0x00;
}

/**
 * True when the frame was answered with an ICMP error and must not be sent.
 * `mtu` is dst_mtu(underlay route) − VXLAN_HEADROOM.
 */
export function vxlanCheckPmtu(skb: SkBuff, frame: Uint8Array, dev: NetDevice, mtu: number): boolean {
  // skb->len - skb_network_offset(skb): the inner frame without its Ethernet header
  if (frame.length - 14 <= mtu) return false;
  // skb_dst_update_pmtu_no_confirm(): a routed IPv4 frame's own route learns the tunnel's MTU
  // (an exception: `ip route get` shows `cache expires 599sec mtu N`, the next DF send fails
  // locally with EMSGSIZE and larger ones are fragmented before encapsulation). This frame still goes.
  const innerIp = vxlanInnerIpv4(frame);
  const innerRt = skbRtable(skb);
  if (innerRt && innerIp) ipRtUpdatePmtu(innerRt, get32(frame, 30), mtu);
  if (!portOf(dev) || skb.pktType === "HOST" || !innerIp) return false;
  // iptunnel_pmtud_check_icmp(): only a whole datagram with DF (frag_off == IP_DF exactly)
  const fragOff = (frame[20]! << 8) | frame[21]!;
  if (mtu < 576 || fragOff !== 0x4000) return false;
  const ihl = (frame[14]! & 0x0f) * 4;
  const proto = frame[23]!;
  const ttl = frame[22]!;
  const saddr = get32(frame, 26);
  const daddr = get32(frame, 30);
  if (isLbcast(daddr) || isMulticast(daddr)) return false;
  if (isZeronet(saddr) || isLoopback(saddr) || isLbcast(saddr) || isMulticast(saddr)) return false;
  if (proto === IPPROTO_ICMP && frame.length > 14 + ihl && ICMP_ERRORS.has(frame[14 + ihl]!)) return false;
  // iptunnel_pmtud_build_icmp(): the datagram cut to 576 − 28 bytes behind an ICMP header and
  // an IPv4 header (tos 0, id 0, DF, the datagram's TTL) from its destination back to its source,
  // in an Ethernet header with the addresses swapped.
  const original = frame.subarray(14, Math.min(frame.length, 14 + 576 - 20 - 8));
  const icmp = emitIcmp({ kind: "dest-unreachable", code: 4, mtu, original });
  const ip = emitIpv4({ tos: 0, id: 0, df: true, mf: false, fragOffset: 0, ttl, protocol: IPPROTO_ICMP, src: daddr, dst: saddr }, icmp);
  const out = new Uint8Array(14 + ip.length);
  out.set(frame.subarray(6, 12), 0);
  out.set(frame.subarray(0, 6), 6);
  out[12] = 0x08;
  out.set(ip, 14);
  const rx: SkBuff = { data: out, dev, iif: dev.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: netCore(dev.net).host.clock.now };
  ethTypeTrans(rx);
  // vxlan_xmit_one() hands the answer to vxlan_encap_bypass(vxlan, vxlan): counted as sent and as
  // received on the vxlan, Ethernet header included (recorded: 6 packets / 2256 bytes each way
  // after two pings, one answered with 590 bytes)
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += out.length;
  dev.stats.rx_packets++;
  dev.stats.rx_bytes += out.length;
  netifRx(rx);
  return true;
}
