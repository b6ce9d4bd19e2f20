// struct sk_buff, reduced to what the model's paths read and write: the frame
// bytes (from the Ethernet header on, as a driver hands them to the stack),
// the device it is on, and the metadata the stages set on the way
// (include/linux/skbuff.h). Payload bytes are never shared between skbs that
// may be changed independently: skbClone copies the metadata only, and a stage
// that rewrites the frame must skbCopy first (skb_unshare).

import type { NetDevice } from "./netdevice.js";

/** PACKET_* (include/uapi/linux/if_packet.h): who the frame is addressed to. */
export type PktType = "HOST" | "BROADCAST" | "MULTICAST" | "OTHERHOST" | "OUTGOING" | "LOOPBACK";

export interface SkBuff {
  /** The whole frame: Ethernet header + payload. */
  data: Uint8Array;
  /** Device the skb currently belongs to (egress device on xmit, ingress on receive). */
  dev: NetDevice;
  /** Device the frame first arrived on (skb->skb_iif), for the bridge and ip_rcv. */
  iif: number;
  /** Ethertype of the payload (skb->protocol), host order. */
  protocol: number;
  pktType: PktType;
  /** Set by the bridge when a port hands the frame up to the bridge device. */
  brInput?: boolean;
  /** br_netfilter's nf_bridge_info (netfilter/nf_skb.ts says what it holds). */
  nfBridge?: NetDevice;
  /** Free-form marks for later layers (skb->mark). */
  mark: number;
  /**
   * skb->priority (undefined reads as 0): set by CLASSIFY, read by the
   * packet scheduler (htb_classify's class id, pfifo_fast's priomap). The
   * model's sockets do not set it (no SO_PRIORITY; IP_TOS's
   * rt_tos2priority only picks a pfifo_fast band, which no counter shows).
   */
  priority?: number;
  /** Virtual time the frame was queued (for tcpdump timestamps). */
  tstamp: number;
}

export const ETH_HLEN = 14;
export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
export const ETH_P_IPV6 = 0x86dd;
export const ETH_P_8021Q = 0x8100;

/**
 * A rolling ArrayBuffer small views are carved from (frames here, MIB counters in
 * snmp.ts): when the next piece does not fit, a fresh buffer replaces it. Nothing is
 * reused; a buffer lives while any view of it does. `bytes` should keep offsets
 * aligned (a multiple of 8). Read `buf` after carve(): the offset is into that buffer.
 */
export class ByteSlab {
  buf: ArrayBuffer;
  private off = 0;
  constructor(readonly size: number) {
    this.buf = new ArrayBuffer(size);
  }
  carve(bytes: number): number {
    if (this.off + bytes > this.size) {
      this.buf = new ArrayBuffer(this.size);
      this.off = 0;
    }
    const off = this.off;
    this.off += bytes;
    return off;
  }
}

/**
 * A 6-byte Ethernet address that lives long (a device's address, an FDB
 * entry's): a view carved from a shared 4 KiB buffer. A typed array of its
 * own costs V8 an ArrayBuffer beside the view (~215 heap bytes each, ~100 as
 * a view), and every container keeps four (its two veth ends', the bridge's
 * local and learned FDB entries). Copied from `src` at `off` when given;
 * never reused, so as private as a copy of its own.
 */
const macSlab = new ByteSlab(4096);
export function macBytes(src?: Uint8Array, off = 0): Uint8Array {
  const m = new Uint8Array(macSlab.buf, macSlab.carve(8), 6);
  if (src) for (let i = 0; i < 6; i++) m[i] = src[off + i]!;
  return m;
}

/**
 * Bytes for a new frame. A typed array over 64 bytes gets its own off-heap
 * buffer in V8, costly to make and to sweep (a ping flood made two per round
 * trip); frames up to FRAME_SLAB_MAX bytes are carved from a shared 16 KiB
 * buffer instead, which lives while any of its frames does. Zero-filled,
 * never reused: a frame is as private as with its own buffer.
 */
const FRAME_SLAB = 16384;
const FRAME_SLAB_MAX = 2048;
const frameSlab = new ByteSlab(FRAME_SLAB);
export function allocFrameBytes(len: number): Uint8Array {
  if (len <= 64 || len > FRAME_SLAB_MAX) return new Uint8Array(len);
  const off = frameSlab.carve((len + 7) & ~7);
  return new Uint8Array(frameSlab.buf, off, len);
}

/**
 * A new skb. The fields the bridge and br_netfilter set on every bridged
 * frame (brInput, nfBridge) exist from the start, so that an skb keeps one
 * hidden class (all fields in the object) along the whole path instead of
 * growing a property array and a new shape at the bridge; both are read by
 * truth value only, so a field present as false/undefined means what an
 * absent one meant.
 */
export function allocSkb(data: Uint8Array, dev: NetDevice, tstamp: number): SkBuff {
  const protocol = data.length >= ETH_HLEN ? (data[12]! << 8) | data[13]! : 0;
  return { data, dev, iif: dev.ifindex, protocol, pktType: "HOST", mark: 0, tstamp, brInput: false, nfBridge: undefined };
}

/** skb_clone: a second skb over the same bytes (neither may then write them). */
export function skbClone(skb: SkBuff): SkBuff {
  return { ...skb };
}

/** skb_copy: a private copy of the bytes too (carved like a new frame: no buffer of its own). */
export function skbCopy(skb: SkBuff): SkBuff {
  const data = allocFrameBytes(skb.data.length);
  data.set(skb.data);
  return { ...skb, data };
}

export function ethDest(skb: SkBuff): Uint8Array {
  return skb.data.subarray(0, 6);
}

export function ethSource(skb: SkBuff): Uint8Array {
  return skb.data.subarray(6, 12);
}
