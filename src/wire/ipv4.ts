// IPv4 headers (RFC 791): fields, options, fragmentation, header checksum.
// Models include/uapi/linux/ip.h. The payload a parse returns stops at the
// header's total length (Ethernet padding is not part of the datagram).

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";
import { foldComplement, sumRange } from "./checksum.js";
import type { Ip4Addr } from "./addr.js";

export const IPPROTO_ICMP = 1;
export const IPPROTO_IGMP = 2;
export const IPPROTO_IPIP = 4;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_IPV6 = 41;
export const IPPROTO_GRE = 47;
export const IPPROTO_ICMPV6 = 58;
export const IPPROTO_HOPOPTS = 0;

export const IPV4_MIN_HLEN = 20;
export const IP_RF = 0x8000;
export const IP_DF = 0x4000;
export const IP_MF = 0x2000;
export const IP_OFFMASK = 0x1fff;

export const IPOPT_EOL = 0;
export const IPOPT_NOP = 1;
export const IPOPT_RR = 7;
export const IPOPT_TS = 68;
/** Timestamp option flags (the low nibble of its fourth byte). */
export const IPOPT_TS_TSONLY = 0;
export const IPOPT_TS_TSANDADDR = 1;
export const IPOPT_TS_PRESPEC = 3;
export const IPOPT_SECURITY = 130;
export const IPOPT_LSRR = 131;
export const IPOPT_SSRR = 137;
export const IPOPT_RA = 148;

export interface Ipv4Repr {
  /** The whole TOS byte: DSCP << 2 | ECN. */
  tos: number;
  id: number;
  /** Reserved ("evil") bit. */
  rf?: boolean;
  df: boolean;
  mf: boolean;
  /** Fragment offset in bytes (a multiple of 8). */
  fragOffset: number;
  ttl: number;
  protocol: number;
  src: Ip4Addr;
  dst: Ip4Addr;
  /** Raw option bytes (emit pads them to a multiple of 4 with EOL). */
  options?: Uint8Array;
}

/** What a parse found besides the Repr: lengths and whether the checksum verified. */
export interface Ipv4Parsed {
  headerLen: number;
  totalLen: number;
  checksum: number;
  checksumOk: boolean;
}

export function parseIpv4(b: Uint8Array): Parsed<Ipv4Repr & Ipv4Parsed> {
  if (b.length < IPV4_MIN_HLEN) return fail("truncated");
  if (b[0]! >> 4 !== 4) return fail("malformed");
  const hl = (b[0]! & 0xf) * 4;
  const total = get16(b, 2);
  if (hl < IPV4_MIN_HLEN || total < hl) return fail("malformed");
  if (b.length < hl || b.length < total) return fail("truncated");
  const frag = get16(b, 6);
  const repr: Ipv4Repr & Ipv4Parsed = {
    tos: b[1]!,
    id: get16(b, 4),
    rf: (frag & IP_RF) !== 0,
    df: (frag & IP_DF) !== 0,
    mf: (frag & IP_MF) !== 0,
    fragOffset: (frag & IP_OFFMASK) * 8,
    ttl: b[8]!,
    protocol: b[9]!,
    src: get32(b, 12),
    dst: get32(b, 16),
    headerLen: hl,
    totalLen: total,
    checksum: get16(b, 10),
    checksumOk: foldComplement(sumRange(b, 0, hl)) === 0,
  };
  if (hl > IPV4_MIN_HLEN) repr.options = b.slice(IPV4_MIN_HLEN, hl);
  return { ok: true, repr, payload: b.subarray(hl, total) };
}

export function ipv4HeaderLen(r: Ipv4Repr): number {
  return IPV4_MIN_HLEN + (r.options ? (r.options.length + 3) & ~3 : 0);
}

/** Builds the datagram header + payload with a correct header checksum. */
export function emitIpv4(r: Ipv4Repr, payload: Uint8Array): Uint8Array {
  const hl = ipv4HeaderLen(r);
  const b = new Uint8Array(hl + payload.length);
  emitIpv4Header(r, b, 0, b.length);
  b.set(payload, hl);
  return b;
}

/**
 * Writes the header (hl bytes, checksum included) at b[off], for a datagram
 * of `total` bytes whose payload the caller puts right after it: a frame is
 * then built in one buffer instead of copied from one layer to the next.
 */
export function emitIpv4Header(r: Ipv4Repr, b: Uint8Array, off: number, total: number): number {
  const hl = ipv4HeaderLen(r);
  b[off] = 0x40 | (hl / 4);
  b[off + 1] = r.tos;
  put16(b, off + 2, total);
  put16(b, off + 4, r.id);
  put16(b, off + 6, (r.rf ? IP_RF : 0) | (r.df ? IP_DF : 0) | (r.mf ? IP_MF : 0) | ((r.fragOffset / 8) & IP_OFFMASK));
  b[off + 8] = r.ttl;
  b[off + 9] = r.protocol;
  put32(b, off + 12, r.src);
  put32(b, off + 16, r.dst);
  if (r.options) b.set(r.options, off + IPV4_MIN_HLEN);
  put16(b, off + 10, foldComplement(sumRange(b, off, off + hl)));
  return hl;
}

/** Recomputes the header checksum in place (after a router decrements the TTL, say). */
export function ipv4FixChecksum(b: Uint8Array): void {
  const hl = (b[0]! & 0xf) * 4;
  put16(b, 10, 0);
  put16(b, 10, foldComplement(sumRange(b, 0, hl)));
}

export interface Ipv4Option {
  type: number;
  /** Option bytes after type and length (empty for EOL/NOP). */
  data: Uint8Array;
}

/** Splits option bytes into options; stops at EOL; "malformed" on a bad length. */
export function parseIpv4Options(opts: Uint8Array): Ipv4Option[] | "malformed" {
  const out: Ipv4Option[] = [];
  let i = 0;
  while (i < opts.length) {
    const type = opts[i]!;
    if (type === IPOPT_EOL || type === IPOPT_NOP) {
      out.push({ type, data: new Uint8Array(0) });
      i++;
      if (type === IPOPT_EOL) break;
      continue;
    }
    if (i + 1 >= opts.length) return "malformed";
    const len = opts[i + 1]!;
    if (len < 2 || i + len > opts.length) return "malformed";
    out.push({ type, data: opts.subarray(i + 2, i + len) });
    i += len;
  }
  return out;
}

/** The Router Alert option (RFC 2113) IGMP messages carry. */
export const IPV4_ROUTER_ALERT = new Uint8Array([IPOPT_RA, 4, 0, 0]);
