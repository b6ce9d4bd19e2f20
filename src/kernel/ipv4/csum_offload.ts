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
import { pseudoSum4, pseudoSum6 } from "../../wire/checksum.js";
import { DRIVER_FEATURES } from "../drivers/features.js";
import type { NetDevice } from "../core/netdevice.js";
import { devFeaturesIfBuilt } from "../core/dev_features.js";

/**
 * can_checksum_protocol() for IPv4 TCP/UDP: NETIF_F_HW_CSUM or NETIF_F_IP_CSUM
 * among the device's active features (`ethtool -K DEV tx off` clears them, and
 * the stack then completes the checksum in software), or, while nothing has
 * changed them, as the driver's recorded features say.
 */
export function txCsumOffload(dev: NetDevice): boolean {
  const f = devFeaturesIfBuilt(dev);
  if (f) return f.active.has("tx-checksum-ip-generic") || f.active.has("tx-checksum-ipv4");
  return (DRIVER_FEATURES[dev.ops.featuresFile] ?? []).includes("tx-checksumming: on");
}

/** ~csum_tcpudp_magic(saddr, daddr, len, proto, 0): the folded pseudo-header sum, uncomplemented. */
export function partialCsum(src: number, dst: number, proto: number, len: number): number {
  let s = pseudoSum4(src, dst, proto, len);
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return s;
}

/** Leaves the checksum at `off` of `seg` partial when the device offloads it. */
export function maybePartial(dev: NetDevice, seg: Uint8Array, off: number, src: number, dst: number, proto: number): void {
  if (!txCsumOffload(dev)) return;
  const v = partialCsum(src, dst, proto, seg.length);
  seg[off] = v >> 8;
  seg[off + 1] = v & 0xff;
}

/** Whether a received checksum field is the partial value a local sender left. */
export function isPartialCsum(seg: Uint8Array, off: number, src: number, dst: number, proto: number): boolean {
  const v = (seg[off]! << 8) | seg[off + 1]!;
  return v === partialCsum(src, dst, proto, seg.length);
}

/** can_checksum_protocol() for IPv6 TCP/UDP: NETIF_F_HW_CSUM or NETIF_F_IPV6_CSUM (else as txCsumOffload). */
export function txCsumOffload6(dev: NetDevice): boolean {
  const f = devFeaturesIfBuilt(dev);
  if (f) return f.active.has("tx-checksum-ip-generic") || f.active.has("tx-checksum-ipv6");
  return (DRIVER_FEATURES[dev.ops.featuresFile] ?? []).includes("tx-checksumming: on");
}

/** ~csum_ipv6_magic(saddr, daddr, len, proto, 0): the folded pseudo-header sum, uncomplemented. */
export function partialCsum6(src: Ip6Addr, dst: Ip6Addr, proto: number, len: number): number {
  let s = pseudoSum6(src, dst, proto, len);
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return s;
}

/** The IPv6 maybePartial(): TCP and UDP over IPv6 leave the same kind of partial sum (tcpdump -v: "incorrect"). */
export function maybePartial6(dev: NetDevice, seg: Uint8Array, off: number, src: Ip6Addr, dst: Ip6Addr, proto: number): void {
  if (!txCsumOffload6(dev)) return;
  const v = partialCsum6(src, dst, proto, seg.length);
  seg[off] = v >> 8;
  seg[off + 1] = v & 0xff;
}

/** Whether a received IPv6 checksum field is the partial value a local sender left. */
export function isPartialCsum6(seg: Uint8Array, off: number, src: Ip6Addr, dst: Ip6Addr, proto: number): boolean {
  return ((seg[off]! << 8) | seg[off + 1]!) === partialCsum6(src, dst, proto, seg.length);
}
