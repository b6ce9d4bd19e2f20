// CHECKSUM_PARTIAL (include/linux/skbuff.h): on a device that offloads
// transmit checksums (lo, veth: "tx-checksumming: on" in ethtool -k), TCP and
// UDP leave only the pseudo-header sum in the checksum field for the
// "hardware" to finish — which a virtual device never does, so tcpdump -v
// shows such segments as "cksum 0x… (incorrect -> 0x…)". The receiving side
// trusts them (the skb says the checksum was never computed); the model has
// no ip_summed bit on its skbs, so a receiver accepts a segment whose field
// holds exactly that pseudo-header sum as well as a correct one. IPv6 TCP/UDP
// (ipv6/ip6_output.ts) do the same with the IPv6 pseudo-header (the *6 forms).

import type { Ip6Addr } from "../../wire/addr.js";
import { get16, put16 } from "../../wire/bytes.js";
import { pseudoSum4, pseudoSum6, pseudoSum6At } from "../../wire/checksum.js";
import { DRIVER_FEATURES } from "../drivers/features.js";
import type { NetDevice } from "../core/netdevice.js";
import { devFeaturesIfBuilt } from "../core/dev_features.js";

/**
 * can_checksum_protocol() for TCP/UDP: NETIF_F_HW_CSUM or the family's own
 * NETIF_F_IP_CSUM / NETIF_F_IPV6_CSUM among the device's active features
 * (`ethtool -K DEV tx off` clears them, and the stack then completes the
 * checksum in software), or, while nothing has changed them, as the
 * driver's recorded features say.
 */
export function txCsumOffload(dev: NetDevice, family: 4 | 6 = 4): boolean {
  const f = devFeaturesIfBuilt(dev);
  if (f) return f.active.has("tx-checksum-ip-generic") || f.active.has(family === 4 ? "tx-checksum-ipv4" : "tx-checksum-ipv6");
  return (DRIVER_FEATURES[dev.ops.featuresFile] ?? []).includes("tx-checksumming: on");
}

function fold(sum: number): number {
  let s = sum;
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return s;
}

/** ~csum_tcpudp_magic(saddr, daddr, len, proto, 0): the folded pseudo-header sum, uncomplemented. */
export function partialCsum(src: number, dst: number, proto: number, len: number): number {
  return fold(pseudoSum4(src, dst, proto, len));
}

/** ~csum_ipv6_magic(saddr, daddr, len, proto, 0), likewise. */
export function partialCsum6(src: Ip6Addr, dst: Ip6Addr, proto: number, len: number): number {
  return fold(pseudoSum6(src, dst, proto, len));
}

/** Leaves the checksum at `off` of `seg` partial when the device offloads it. */
export function maybePartial(dev: NetDevice, seg: Uint8Array, off: number, src: number, dst: number, proto: number): void {
  if (txCsumOffload(dev)) put16(seg, off, partialCsum(src, dst, proto, seg.length));
}

/**
 * The same over IPv6 (tcp_v6_send_check, udp6_hwcsum_outgoing: tcpdump -v says "incorrect" there too),
 * with the addresses read where a header already holds them (`b[o, o + 32)`: source, then destination).
 */
export function maybePartial6At(dev: NetDevice, seg: Uint8Array, off: number, b: Uint8Array, o: number, proto: number): void {
  if (txCsumOffload(dev, 6)) put16(seg, off, fold(pseudoSum6At(b, o, proto, seg.length)));
}

/** Whether a received checksum field is the partial value a local sender left. */
export function isPartialCsum(seg: Uint8Array, off: number, src: number, dst: number, proto: number): boolean {
  return get16(seg, off) === partialCsum(src, dst, proto, seg.length);
}

/** The same over IPv6. */
export function isPartialCsum6(seg: Uint8Array, off: number, src: Ip6Addr, dst: Ip6Addr, proto: number): boolean {
  return get16(seg, off) === partialCsum6(src, dst, proto, seg.length);
}
