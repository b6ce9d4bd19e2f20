// The Internet checksum (RFC 1071): one's-complement sum of 16-bit words.
// Used by IPv4 headers, ICMP, IGMP, and (over a pseudo-header) UDP, TCP, ICMPv6.

import { ip6WordSum, type Ip6Addr, type Ip4Addr } from "./addr.js";

/** Adds data's 16-bit big-endian words to a running (unfolded) sum. */
export function sumWords(data: Uint8Array, sum = 0): number {
  return sumRange(data, 0, data.length, sum);
}

/**
 * sumWords over data[start, end) without making a view of it. Two words per
 * step (a 32-bit word, as csum_partial() takes them): the same unfolded
 * integer as one word per step, in half the loop iterations.
 */
export function sumRange(data: Uint8Array, start: number, end: number, sum = 0): number {
  let i = start;
  const n4 = start + ((end - start) & ~3);
  for (; i < n4; i += 4) sum += ((data[i]! << 8) | data[i + 1]!) + ((data[i + 2]! << 8) | data[i + 3]!);
  if (i + 1 < end) {
    sum += (data[i]! << 8) | data[i + 1]!;
    i += 2;
  }
  if (i < end) sum += data[i]! << 8;
  return sum;
}

/** Folds carries and complements: the value to store in a checksum field. */
export function foldComplement(sum: number): number {
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return ~sum & 0xffff;
}

/** Checksum of data (with the checksum field zeroed, this is what to store; over a
 * packet with its checksum in place, 0 means valid). */
export function internetChecksum(data: Uint8Array, initial = 0): number {
  return foldComplement(sumWords(data, initial));
}

/** Unfolded sum of the IPv4 pseudo-header (RFC 793 / 768). */
export function pseudoSum4(src: Ip4Addr, dst: Ip4Addr, protocol: number, length: number): number {
  return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + length;
}

/** Unfolded sum of the IPv6 pseudo-header (RFC 8200 section 8.1). */
export function pseudoSum6(src: Ip6Addr, dst: Ip6Addr, nextHeader: number, length: number): number {
  const s = ip6WordSum(src) + ip6WordSum(dst);
  return s + Math.floor(length / 0x10000) + (length & 0xffff) + nextHeader;
}

/**
 * pseudoSum6 for addresses already written in a buffer: the source at
 * b[o, o + 16), the destination right after it (as in an IPv6 header).
 */
export function pseudoSum6At(b: Uint8Array, o: number, nextHeader: number, length: number): number {
  return sumRange(b, o, o + 32) + Math.floor(length / 0x10000) + (length & 0xffff) + nextHeader;
}

/** The pseudo-header sum for either family, as UDP/TCP need it. */
export type PseudoHeader = { family: 4; src: Ip4Addr; dst: Ip4Addr } | { family: 6; src: Ip6Addr; dst: Ip6Addr };

export function pseudoSum(ph: PseudoHeader, protocol: number, length: number): number {
  return ph.family === 4 ? pseudoSum4(ph.src, ph.dst, protocol, length) : pseudoSum6(ph.src, ph.dst, protocol, length);
}
