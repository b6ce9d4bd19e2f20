// vxlan_xmit() / vxlan_xmit_one() (drivers/net/vxlan/vxlan_core.c): the FDB
// picks the remote VTEPs for the inner destination MAC (the all-zeros entry
// when it has none, every remote of it for head-end replication); each copy
// gets a VXLAN header, a UDP header whose source port hashes the inner flow
// into the srcport range (default: ip_local_port_range), and an outer IPv4
// header routed in the device's creation namespace: TTL from the device (auto
// = the route's hop limit, 1 for a multicast group, or the inner TTL with
// `ttl inherit`), TOS (or the inner one with `tos inherit`), DF per `df`, and
// an IP id from ip_select_ident even with DF (iptunnel_xmit). A remote that
// is local short-cuts to the matching vxlan device (vxlan_encap_bypass).

import { maybePartial } from "../../ipv4/csum_offload.js";
import { RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST } from "../../../uapi/route.js";
import { VXLAN_DF_INHERIT, VXLAN_DF_SET } from "../../../uapi/if_link_vxlan.js";
import { emitIpv4, IPPROTO_UDP } from "../../../wire/ipv4.js";
import { emitUdp } from "../../../wire/udp.js";
import { emitVxlan, VXLAN_HF_VNI } from "../../../wire/vxlan.js";
import { kfreeSkbReason, netifRx } from "../../core/dev_rx.js";
import { ethTypeTrans } from "../../core/dev_xmit.js";
import type { NetDevice } from "../../core/netdevice.js";
import { netCore } from "../../core/net_namespace.js";
import { allocSkb, ETH_P_IP, type SkBuff } from "../../core/skbuff.js";
import { sysctlGet } from "../../fs/procfs-sys.js";
import { ipLocalOut, ipSelectIdent, setSkbRtable } from "../../ipv4/ip_output.js";
import { ipv4Sysctl } from "../../ipv4/netns_ipv4.js";
import { ipRouteOutput, type Rtable } from "../../ipv4/route.js";
import { flowHash, udpFlowSrcPort } from "./flow_hash.js";
import { VXLAN_HEADROOM, VXLAN6_HEADROOM, vxlanAddrMulticast as isMcast, vxlanIsIpv6, type VxlanConfig, type VxlanPriv } from "./vxlan_dev.js";
import { ip6DatagramConnect } from "../../ipv6/ping.js";
import { ip6DstHoplimit, ip6SendUnicast } from "../../ipv6/ip6_output.js";
import { rt6Mtu } from "../../ipv6/rt6_exception.js";
import { RTN_LOCAL } from "../../../uapi/route.js";
import { ZERO_MAC, type VxlanRdst } from "./vxlan_fdb.js";
import { vxlanSockFor } from "./vxlan_rcv.js";
import { vxlanFdbMiss } from "./vxlan_miss.js";
import { arpReduce, isArpFrame } from "./vxlan_proxy.js";
import { vxlanCheckPmtu, vxlanInnerIpv4 } from "./vxlan_pmtu.js";
import { ipv4Mtu } from "../../ipv4/route_fnhe.js";

export function vxlanXmit(skb: SkBuff, dev: NetDevice, v: VxlanPriv): void {
  const host = netCore(v.net).host;
  const now = host.clock.now;
  const frame = skb.data;
  if (v.cfg.proxy && isArpFrame(frame)) {
    arpReduce(skb, dev, v);
    return;
  }
  let f = v.fdb.find(frame.subarray(0, 6), now);
  if (!f) {
    f = v.fdb.find(ZERO_MAC, now);
    if (!f && v.cfg.l2miss && !(frame[0]! & 1)) vxlanFdbMiss(dev, frame.subarray(0, 6));
  }
  if (!f || f.remotes.length === 0) {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  f.used = now;
  for (const rd of f.remotes) xmitOne(skb, frame, dev, v, rd);
}

/** inet_get_local_port_range(), read live (the sysctl may change). */
function localPortRange(v: VxlanPriv): [number, number] {
  const s = sysctlGet(v.net, "net.ipv4.ip_local_port_range") ?? "32768\t60999";
  const [a, b] = s.split(/\s+/).map((x) => Number.parseInt(x, 10));
  return [Number.isFinite(a) ? a! : 32768, Number.isFinite(b) ? b! : 60999];
}

/** The outer UDP source port: the inner flow's hash scaled into `srcport MIN MAX` (default ip_local_port_range). */
function vxlanSrcPort(v: VxlanPriv, frame: Uint8Array): number {
  const host = netCore(v.net).host;
  let [min, max] = [v.cfg.portMin, v.cfg.portMax];
  if (min >= max) {
    [min, max] = localPortRange(v);
    max += 1;
  }
  return udpFlowSrcPort(flowHash(frame, host, host.rng), min, max);
}

/** vxlan_xmit_one()'s tx_error: no route (carrier) or a route back into the vxlan (ELOOP: collisions). */
function txError(dev: NetDevice, loop: boolean): void {
  if (loop) dev.stats.collisions++;
  else dev.stats.tx_carrier_errors++;
  dev.stats.tx_errors++;
}

/**
 * The outer TTL / hop limit: the inner IPv4 header's with `ttl inherit`, else the configured one, 1 toward a
 * multicast group when none is set (0: the route's default).
 */
function outerTtl(c: VxlanConfig, frame: Uint8Array, innerIp: boolean, daddr: number | bigint): number {
  if (c.ttlInherit && innerIp) return frame[22]!;
  return !c.ttl && isMcast(daddr) ? 1 : c.ttl;
}

function xmitOne(skb0: SkBuff, frame: Uint8Array, dev: NetDevice, v: VxlanPriv, rd: VxlanRdst): void {
  const c = v.cfg;
  const net = v.net;
  const host = netCore(net).host;
  // vxlan_addr_any(), or a remote of the family the device has no socket for (vn4_sock / vn6_sock)
  if (!rd.ip || typeof rd.ip === "bigint" !== vxlanIsIpv6(c)) {
    dev.stats.tx_dropped++;
    return;
  }
  if (typeof rd.ip === "bigint") {
    xmitOne6(skb0, frame, dev, v, rd, rd.ip);
    return;
  }
  const innerIp = vxlanInnerIpv4(frame);
  const ttl = outerTtl(c, frame, innerIp, rd.ip);
  const tos = c.tos === 1 ? (innerIp ? frame[15]! : 0) : c.tos;
  let rt: Rtable;
  try {
    rt = ipRouteOutput(net, { daddr: rd.ip, saddr: c.saddr as number, oif: rd.ifindex, tos: tos & 0x1e });
  } catch {
    txError(dev, false);
    return;
  }
  if (rt.dev === dev) {
    // "circular route to %pI4"
    txError(dev, true);
    return;
  }
  const dport = rd.port || c.dstPort;
  if (rt.flags & RTCF_LOCAL && !(rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST))) {
    encapBypass(frame, dev, vxlanSockFor(net, dport).byVni.get(rd.vni));
    return;
  }
  // skb_tunnel_check_pmtu(): a bridged frame too big for the underlay is answered, not sent
  if (vxlanCheckPmtu(skb0, frame, dev, ipv4Mtu(rt) - VXLAN_HEADROOM)) return;
  const sport = vxlanSrcPort(v, frame);
  const src = rt.src;
  const udp = emitUdp({ srcPort: sport, dstPort: dport }, emitVxlan({ flags: VXLAN_HF_VNI, vni: rd.vni }, frame), { family: 4, src, dst: rd.ip });
  // udp_set_csum(): no checksum with noudpcsum; else the outer one is left to
  // the lower device (CHECKSUM_PARTIAL: only the pseudo-header sum, which veth
  // never completes, so tcpdump -vv reports "bad udp cksum"). An inner segment
  // still partial itself gets a local-checksum-offload outer sum in Linux, as
  // wrong on the wire as this one; the model leaves both partial.
  if (!c.udpCsum) udp[6] = udp[7] = 0;
  else maybePartial(rt.dev, udp, 6, src, rd.ip, IPPROTO_UDP);
  const df = c.df === VXLAN_DF_SET || (c.df === VXLAN_DF_INHERIT && innerIp && (frame[20]! & 0x40) !== 0);
  const pkt = emitIpv4(
    {
      tos,
      id: ipSelectIdent(net),
      df,
      mf: false,
      fragOffset: 0,
      ttl: ttl || ipv4Sysctl(net, "ip_default_ttl", 64),
      protocol: IPPROTO_UDP,
      src,
      dst: rd.ip,
    },
    udp,
  );
  const out = new Uint8Array(14 + pkt.length);
  out[12] = 0x08;
  out.set(pkt, 14);
  const skb = allocSkb(out, rt.dev, host.clock.now);
  skb.protocol = ETH_P_IP;
  setSkbRtable(skb, rt);
  // iptunnel_xmit_stats(): the inner network-layer length (recorded: 3 frames, 196 bytes).
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += frame.length - 14;
  ipLocalOut(skb, rt);
}

/**
 * vxlan_xmit_one()'s AF_INET6 branch: udp_tunnel6_dst_lookup (the route and the
 * source, `local` if set), the local bypass, skb_tunnel_check_pmtu with the
 * 70-byte headroom, then udp_tunnel6_xmit_skb: hop limit from the device (auto =
 * the route's hop_limit, 1 for a group), traffic class from `tos`, flow label
 * from `flowlabel` (0 by default: no automatic label), UDP checksum unless
 * udp6zerocsumtx (left partial to a lower device that offloads it), ip6_local_out.
 */
function xmitOne6(skb0: SkBuff, frame: Uint8Array, dev: NetDevice, v: VxlanPriv, rd: VxlanRdst, daddr: bigint): void {
  const c = v.cfg;
  const net = v.net;
  const dport = rd.port || c.dstPort;
  const sport = vxlanSrcPort(v, frame);
  let route;
  let src: bigint;
  try {
    ({ route, src } = ip6DatagramConnect(net, daddr, c.saddr as bigint, rd.ifindex, { proto: IPPROTO_UDP, sport, dport }));
  } catch {
    txError(dev, false);
    return;
  }
  if (route.dev === dev) {
    txError(dev, true);
    return;
  }
  if (route.rt.type === RTN_LOCAL) {
    encapBypass(frame, dev, vxlanSockFor(net, dport, true).byVni.get(rd.vni));
    return;
  }
  if (vxlanCheckPmtu(skb0, frame, dev, rt6Mtu(net, route, daddr) - VXLAN6_HEADROOM)) return;
  const ttl = outerTtl(c, frame, vxlanInnerIpv4(frame), daddr);
  const udp = emitUdp({ srcPort: sport, dstPort: dport }, emitVxlan({ flags: VXLAN_HF_VNI, vni: rd.vni }, frame), { family: 6, src, dst: daddr });
  if (c.zeroCsum6Tx) udp[6] = udp[7] = 0;
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += frame.length - 14;
  ip6SendUnicast(route, src, daddr, IPPROTO_UDP, ttl || ip6DstHoplimit(route.dev), udp, false, c.label & 0xfffff);
}

/** vxlan_encap_bypass(): the remote is this host; hand the frame to its vxlan device directly. */
function encapBypass(frame: Uint8Array, dev: NetDevice, dst: NetDevice | undefined): void {
  if (!dst || !dst.isUp) {
    dev.stats.tx_dropped++;
    return;
  }
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += frame.length - 14;
  const rx: SkBuff = { data: frame.slice(), dev: dst, iif: dst.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: netCore(dst.net).host.clock.now };
  ethTypeTrans(rx);
  dst.stats.rx_packets++;
  dst.stats.rx_bytes += frame.length - 14;
  netifRx(rx);
}
