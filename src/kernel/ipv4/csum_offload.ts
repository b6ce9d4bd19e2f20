// CHECKSUM_PARTIAL (include/linux/skbuff.h): on a device that offloads
// transmit checksums (lo, veth: "tx-checksumming: on" in ethtool -k), TCP and
// UDP leave only the pseudo-header sum in the checksum field for the
// "hardware" to finish — which a virtual device never does, so tcpdump -v
// shows such segments as "cksum 0x… (incorrect -> 0x…)". The receiving side
// trusts them (the skb says the checksum was never computed); the model has
// no ip_summed bit on its skbs, so a receiver accepts a segment whose field
// holds exactly that pseudo-header sum as well as a correct one.

import { pseudoSum4 } from "../../wire/checksum.js";
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
