// Connection tuples (include/net/netfilter/nf_conntrack_tuple.h): the
// addresses, protocol and per-protocol identifiers of one direction of a
// connection. TCP/UDP carry ports; ICMP carries the echo id (in both the
// source and destination "port" slots, as the kernel keys on src.u.icmp.id
// only) and the type/code; other protocols carry nothing beyond addresses.
// The layer-3 part is either family's (src.l3num): IPv4 addresses as numbers,
// IPv6 ones as bigints (wire/addr.ts Ip6Addr); one table holds both.

/** An IPv4 (number) or IPv6 (bigint) address. */
export type NfAddr = number | bigint;

import { ip6FromBytes } from "../../../wire/addr.js";
import { get16, get32 } from "../../../wire/bytes.js";

export interface NfTuple {
  /** NFPROTO_IPV4 (2) or NFPROTO_IPV6 (10). */
  l3: number;
  src: NfAddr;
  dst: NfAddr;
  proto: number;
  /** TCP/UDP source port; ICMP id. */
  sport: number;
  /** TCP/UDP destination port; ICMP id (copy of sport, for the NfConn view). */
  dport: number;
  /** ICMP type and code (dst.u.icmp.type/code); 0 for other protocols. */
  type: number;
  code: number;
}

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_ICMPV6 = 58;
import { NFPROTO_IPV4, NFPROTO_IPV6 } from "../../../uapi/x_tables.js";
export { NFPROTO_IPV4, NFPROTO_IPV6 };

/** ICMP request types and the reply each expects (invmap in nf_conntrack_proto_icmp.c). */
export const ICMP_INVERT: ReadonlyMap<number, number> = new Map([
  [8, 0],
  [0, 8],
  [13, 14],
  [14, 13],
  [15, 16],
  [16, 15],
  [17, 18],
  [18, 17],
]);

/** ICMPv6 queries and their replies (invmap in nf_conntrack_proto_icmpv6.c: echo, node information). */
export const ICMPV6_INVERT: ReadonlyMap<number, number> = new Map([
  [128, 129],
  [129, 128],
  [139, 140],
  [140, 139],
]);

/** Hash key of a tuple (nf_conntrack_tuple_equal; ICMP keys on id, type and code). */
export function tupleKey(t: NfTuple): string {
  return `${t.l3}/${t.proto}/${t.src}/${t.dst}/${t.sport}/${t.dport}/${t.type}/${t.code}`;
}

/** nf_ct_invert_tuple() */
export function invertTuple(t: NfTuple): NfTuple {
  if (t.proto === IPPROTO_ICMP || t.proto === IPPROTO_ICMPV6) {
    const inv = (t.proto === IPPROTO_ICMP ? ICMP_INVERT : ICMPV6_INVERT).get(t.type) ?? t.type;
    return { l3: t.l3, src: t.dst, dst: t.src, proto: t.proto, sport: t.sport, dport: t.dport, type: inv, code: t.code };
  }
  return { l3: t.l3, src: t.dst, dst: t.src, proto: t.proto, sport: t.dport, dport: t.sport, type: 0, code: 0 };
}

export function tupleEqual(a: NfTuple, b: NfTuple): boolean {
  return tupleKey(a) === tupleKey(b);
}

/** The tuple of an IPv4 packet at `nh` (its header length `ihl`), or undefined when the L4 header is short. */
export function pktToTuple(d: Uint8Array, nh: number, ihl: number): NfTuple | undefined {
  return l4Tuple(NFPROTO_IPV4, IPPROTO_ICMP, get32(d, nh + 12), get32(d, nh + 16), d[nh + 9]!, d, nh + ihl);
}

/**
 * The per-protocol part of a tuple, either family (the l4proto's pkt_to_tuple):
 * ports for TCP/UDP, the echo id and type/code for the family's ICMP, nothing
 * for the rest; undefined when the header at `th` is short.
 */
function l4Tuple(l3: number, icmp: number, src: NfAddr, dst: NfAddr, proto: number, d: Uint8Array, th: number): NfTuple | undefined {
  if (proto === IPPROTO_TCP || proto === IPPROTO_UDP) {
    if (d.length < th + 4) return undefined;
    return { l3, src, dst, proto, sport: get16(d, th), dport: get16(d, th + 2), type: 0, code: 0 };
  }
  if (proto === icmp) {
    if (d.length < th + 8) return undefined;
    const id = get16(d, th + 4);
    return { l3, src, dst, proto, sport: id, dport: id, type: d[th]!, code: d[th + 1]! };
  }
  return { l3, src, dst, proto, sport: 0, dport: 0, type: 0, code: 0 };
}

/** Extension headers ipv6_skip_exthdr() walks over (hop-by-hop, routing, destination options, AH). */
const EXTHDRS = new Set([0, 43, 60, 51]);
const NEXTHDR_FRAGMENT = 44;

/**
 * ipv6_skip_exthdr(): the upper-layer protocol of an IPv6 packet at `nh` and
 * its offset, or undefined when a header runs past the data. A fragment
 * header reports `frag` (conntrack sees one only where nf_defrag_ipv6 did not gather it: LOCAL_OUT).
 */
export function ipv6UpperLayer(d: Uint8Array, nh: number): { proto: number; off: number; frag: boolean } | undefined {
  if (d.length < nh + 40) return undefined;
  let proto = d[nh + 6]!;
  let off = nh + 40;
  for (let i = 0; i < 8 && (EXTHDRS.has(proto) || proto === NEXTHDR_FRAGMENT); i++) {
    if (off + 8 > d.length) return undefined;
    if (proto === NEXTHDR_FRAGMENT) return { proto: d[off]!, off: off + 8, frag: true };
    const next = d[off]!;
    off += proto === 51 ? (d[off + 1]! + 2) * 4 : (d[off + 1]! + 1) * 8;
    proto = next;
  }
  return { proto, off, frag: false };
}

/** The tuple of an IPv6 packet at `nh` whose upper-layer header is at `th`, or undefined when it is short. */
export function pktToTuple6(d: Uint8Array, nh: number, proto: number, th: number): NfTuple | undefined {
  return l4Tuple(NFPROTO_IPV6, IPPROTO_ICMPV6, ip6FromBytes(d, nh + 8), ip6FromBytes(d, nh + 24), proto, d, th);
}
