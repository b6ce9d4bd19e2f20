// HMARK (net/netfilter/xt_HMARK.c): skb->mark = hash % modulus + offset, the
// hash being jhash_3words() over the masked addresses (the smaller first),
// the masked and OR-ed port pair (the larger port in the high half) and the
// hash seed, XOR the masked protocol. With --hmark-tuple ct the tuple comes
// from the connection (original source, reply source, their ports);
// otherwise from the packet: later fragments and protocols without ports
// hash only addresses and protocol.
//
// ICMP errors are hashed as the packet they quote. For IPv6 the addresses
// are folded to 32 bits (XOR of their masked words) and the protocol is
// found past the extension headers (stopping at AH, whose SPI is hashed like
// ESP's); the model's conntrack is IPv4 only, so with ct an IPv6 packet keeps
// its mark.

import { jhash3 } from "../../core/jhash.js";
import {
  XT_HMARK_CT,
  XT_HMARK_METHOD_L3,
  XT_HMARK_DPORT,
  XT_HMARK_DPORT_MASK,
  XT_HMARK_SPI,
  XT_HMARK_SPI_MASK,
  XT_HMARK_SPORT,
  XT_HMARK_SPORT_MASK,
  type XtHmark,
} from "../../../uapi/xt_ext_targets.js";
import { nfCtGet } from "../conntrack/nf_conntrack_core.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

const F = (b: number) => 1 << b;

interface HmarkTuple {
  src: number;
  dst: number;
  /** The port pair word after masking and ordering (0 when none). */
  ports: number;
  proto: number;
}

/** hmark_swap_ports(): mask, OR in the set bits, the larger port in the high half. */
function swapPorts(sport: number, dport: number, d: XtHmark): number {
  const s = ((sport & d.portMaskSrc) | d.portSetSrc) & 0xffff;
  const t = ((dport & d.portMaskDst) | d.portSetDst) & 0xffff;
  return t > s ? ((t << 16) | s) >>> 0 : ((s << 16) | t) >>> 0;
}

/** hmark_hash() */
export function hmarkHash(t: HmarkTuple, d: XtHmark): number {
  let src = t.src >>> 0;
  let dst = t.dst >>> 0;
  if (dst < src) [src, dst] = [dst, src];
  let hash = jhash3(src, dst, t.ports, d.hashrnd);
  hash = (hash ^ (t.proto & d.protoMask)) >>> 0;
  // reciprocal_scale(hash, hmodulus)
  return (Math.floor((hash * d.hmodulus) / 0x100000000) + d.hoffset) >>> 0;
}

/** Where the ports sit in the transport header (proto_ports_offset()), or -1. */
function portsOffset(proto: number): number {
  switch (proto) {
    case 6: // TCP
    case 17: // UDP
    case 136: // UDPLITE
    case 132: // SCTP
    case 33: // DCCP
    case 50: // ESP: the SPI
      return 0;
    case 51: // AH: the SPI after next header, length, reserved
      return 4;
    default:
      return -1;
  }
}

/** get_inner_hdr(): for an ICMP error, where the quoted IPv4 header starts. */
function innerHeader(data: Uint8Array, thoff: number): number | undefined {
  const type = data[thoff];
  if (type === undefined || ![3, 4, 5, 11, 12].includes(type)) return undefined;
  return thoff + 8;
}

function packetTuple(p: XtPkt, d: XtHmark): HmarkTuple | undefined {
  const data = p.skb.data;
  let nh = p.nhoff;
  if (p.iph.protocol === 1) {
    // An ICMP error hashes as the packet it quotes, so it lands with its flow.
    const inner = innerHeader(data, p.thoff);
    if (inner !== undefined) {
      if (inner + 20 > data.length) return undefined;
      nh = inner;
    }
  }
  const u32 = (o: number) => ((data[o]! << 24) | (data[o + 1]! << 16) | (data[o + 2]! << 8) | data[o + 3]!) >>> 0;
  const t: HmarkTuple = { src: (u32(nh + 12) & d.srcMask) >>> 0, dst: (u32(nh + 16) & d.dstMask) >>> 0, ports: 0, proto: 0 };
  if (d.flags & F(XT_HMARK_METHOD_L3)) return t;
  t.proto = data[nh + 9]!;
  if (t.proto === 1) return t;
  // Every fragment (the first too) is hashed without ports.
  if (((data[nh + 6]! << 8) | data[nh + 7]!) & 0x3fff) return t;
  const off = portsOffset(t.proto);
  if (off < 0) return t;
  const at = nh + (data[nh]! & 0x0f) * 4 + off;
  if (at + 4 > data.length) return t;
  const sport = (data[at]! << 8) | data[at + 1]!;
  const dport = (data[at + 2]! << 8) | data[at + 3]!;
  t.ports = swapPorts(sport, dport, d);
  return t;
}

function ctTuple(p: XtPkt, d: XtHmark): HmarkTuple | undefined {
  const got = nfCtGet(p.skb);
  if (!got) return undefined;
  const { orig, reply } = got.ct;
  // The IPv4 hash only (hmark_ct_set_htuple_ipv4); an IPv6 connection has no such tuple here.
  if (typeof orig.src !== "number" || typeof reply.src !== "number") return undefined;
  const t: HmarkTuple = { src: (orig.src & d.srcMask) >>> 0, dst: (reply.src & d.dstMask) >>> 0, ports: 0, proto: 0 };
  if (d.flags & F(XT_HMARK_METHOD_L3)) return t;
  t.proto = orig.proto;
  if (t.proto !== 1) t.ports = swapPorts(orig.sport, reply.sport, d);
  return t;
}

function hmarkCheck(d: XtHmark): string | undefined {
  if (!d.hmodulus) return "EINVAL";
  if (d.protoMask && d.flags & F(XT_HMARK_METHOD_L3)) return "EINVAL";
  const ports = F(XT_HMARK_SPORT_MASK) | F(XT_HMARK_DPORT_MASK);
  if (d.flags & F(XT_HMARK_SPI_MASK) && d.flags & ports) return "EINVAL";
  if (d.flags & F(XT_HMARK_SPI) && d.flags & (F(XT_HMARK_SPORT) | F(XT_HMARK_DPORT))) return "EINVAL";
  return undefined;
}

xtRegisterTarget({
  name: "HMARK",
  family: 4,
  revisions: [0],
  check: (_ctx, data) => hmarkCheck(data as XtHmark),
  target: (p: XtPkt, data: object) => {
    const d = data as XtHmark;
    const t = d.flags & F(XT_HMARK_CT) ? ctTuple(p, d) : packetTuple(p, d);
    if (t) p.skb.mark = hmarkHash(t, d);
    return XT_CONTINUE;
  },
});

// ---------------------------------------------------------------- IPv6

/** ipv6_find_hdr(target -1, IP6_FH_F_AUTH) from an IPv6 header at `nh`: the protocol, where it starts, whether a fragment header was passed. */
function findHdr6(data: Uint8Array, nh: number): { proto: number; off: number; frag: boolean } | undefined {
  if (nh + 40 > data.length) return undefined;
  let proto = data[nh + 6]!;
  let off = nh + 40;
  let frag = false;
  // Each extension header is at least 8 bytes: bounded by the packet.
  while ((proto === 0 || proto === 43 || proto === 60 || proto === 44) && off + 8 <= data.length) {
    if (proto === 44) {
      frag = true;
      const fragoff = ((data[off + 2]! << 8) | data[off + 3]!) & 0xfff8;
      if (fragoff) return { proto: data[off]!, off, frag };
      proto = data[off]!;
      off += 8;
      continue;
    }
    const len = (data[off + 1]! + 1) * 8;
    proto = data[off]!;
    off += len;
  }
  return { proto, off, frag };
}

/** hmark_addr6_mask(): the masked address folded to 32 bits (XOR of its words). */
function fold6(data: Uint8Array, at: number, plen: number): number {
  let v = 0;
  for (let w = 0; w < 4; w++) {
    const bits = Math.max(0, Math.min(32, Math.min(plen, 128) - 32 * w));
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    const o = at + 4 * w;
    const word = ((data[o]! << 24) | (data[o + 1]! << 16) | (data[o + 2]! << 8) | data[o + 3]!) >>> 0;
    v = (v ^ (word & mask)) >>> 0;
  }
  return v;
}

/** hmark_pkt_set_htuple_ipv6() */
function packetTuple6(p: XtPkt, d: XtHmark): HmarkTuple | undefined {
  const data = p.skb.data;
  let nh = p.nhoff;
  let h = findHdr6(data, nh);
  if (!h) return undefined;
  if (!h.frag && h.proto === 58) {
    // An ICMPv6 error (type below 128) hashes as the packet it quotes.
    const type = data[h.off];
    if (type !== undefined && type > 0 && type < 128) {
      nh = h.off + 8;
      h = findHdr6(data, nh);
      if (!h) return undefined;
    }
  }
  const t: HmarkTuple = { src: fold6(data, nh + 8, d.srcPlen6), dst: fold6(data, nh + 24, d.dstPlen6), ports: 0, proto: 0 };
  if (d.flags & F(XT_HMARK_METHOD_L3)) return t;
  t.proto = h.proto;
  if (t.proto === 58 || h.frag) return t;
  const off = portsOffset(t.proto);
  if (off < 0) return t;
  const at = h.off + off;
  if (at + 4 > data.length) return t;
  t.ports = swapPorts((data[at]! << 8) | data[at + 1]!, (data[at + 2]! << 8) | data[at + 3]!, d);
  return t;
}

xtRegisterTarget({
  name: "HMARK",
  family: 6,
  revisions: [0],
  check: (_ctx, data) => hmarkCheck(data as XtHmark),
  target: (p: XtPkt, data: object) => {
    const d = data as XtHmark;
    // The connection tuple of an IPv6 flow: the model's conntrack is IPv4 only, so --hmark-tuple ct finds none.
    const t = d.flags & F(XT_HMARK_CT) ? undefined : packetTuple6(p, d);
    if (t) p.skb.mark = hmarkHash(t, d);
    return XT_CONTINUE;
  },
});

