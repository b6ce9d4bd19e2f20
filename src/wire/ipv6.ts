// IPv6 fixed header (RFC 8200) and the Hop-by-Hop options header MLD
// reports carry (Router Alert, RFC 2711). Models include/uapi/linux/ipv6.h.

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";
import { ip6FromBytes, ip6ToBytes, type Ip6Addr } from "./addr.js";

export const IPV6_HLEN = 40;

export const NEXTHDR_HOP = 0;
export const NEXTHDR_TCP = 6;
export const NEXTHDR_UDP = 17;
export const NEXTHDR_ROUTING = 43;
export const NEXTHDR_FRAGMENT = 44;
export const NEXTHDR_ICMP = 58;
export const NEXTHDR_NONE = 59;
export const NEXTHDR_DEST = 60;

export const IPV6_TLV_PAD1 = 0;
export const IPV6_TLV_PADN = 1;
export const IPV6_TLV_ROUTERALERT = 5;

export interface Ipv6Repr {
  trafficClass: number;
  flowLabel: number;
  nextHeader: number;
  hopLimit: number;
  src: Ip6Addr;
  dst: Ip6Addr;
}

export interface Ipv6Parsed {
  payloadLen: number;
}

/** Parses the fixed header; the payload ends where the payload length says. */
export function parseIpv6(b: Uint8Array): Parsed<Ipv6Repr & Ipv6Parsed> {
  if (b.length < IPV6_HLEN) return fail("truncated");
  if (b[0]! >> 4 !== 6) return fail("malformed");
  const w0 = get32(b, 0);
  const payloadLen = get16(b, 4);
  if (b.length < IPV6_HLEN + payloadLen) return fail("truncated");
  return {
    ok: true,
    repr: {
      trafficClass: (w0 >>> 20) & 0xff,
      flowLabel: w0 & 0xfffff,
      nextHeader: b[6]!,
      hopLimit: b[7]!,
      src: ip6FromBytes(b, 8),
      dst: ip6FromBytes(b, 24),
      payloadLen,
    },
    payload: b.subarray(IPV6_HLEN, IPV6_HLEN + payloadLen),
  };
}

export function emitIpv6(r: Ipv6Repr, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(IPV6_HLEN + payload.length);
  put32(b, 0, ((6 << 28) | ((r.trafficClass & 0xff) << 20) | (r.flowLabel & 0xfffff)) >>> 0);
  put16(b, 4, payload.length);
  b[6] = r.nextHeader;
  b[7] = r.hopLimit;
  ip6ToBytes(r.src, b, 8);
  ip6ToBytes(r.dst, b, 24);
  b.set(payload, IPV6_HLEN);
  return b;
}

export interface Ipv6Tlv {
  type: number;
  /** Option data (empty for Pad1). */
  data: Uint8Array;
}

/** A Hop-by-Hop (or Destination) options header. */
export interface Ipv6OptionsRepr {
  nextHeader: number;
  options: Ipv6Tlv[];
}

export function parseIpv6Options(b: Uint8Array): Parsed<Ipv6OptionsRepr> {
  if (b.length < 2) return fail("truncated");
  const len = (b[1]! + 1) * 8;
  if (b.length < len) return fail("truncated");
  const options: Ipv6Tlv[] = [];
  let i = 2;
  while (i < len) {
    const type = b[i]!;
    if (type === IPV6_TLV_PAD1) {
      options.push({ type, data: new Uint8Array(0) });
      i++;
      continue;
    }
    if (i + 1 >= len) return fail("malformed");
    const olen = b[i + 1]!;
    if (i + 2 + olen > len) return fail("malformed");
    options.push({ type, data: b.subarray(i + 2, i + 2 + olen) });
    i += 2 + olen;
  }
  return { ok: true, repr: { nextHeader: b[0]!, options }, payload: b.subarray(len) };
}

/** Builds an options header; pads to a multiple of 8 with Pad1/PadN as Linux does. */
export function emitIpv6Options(r: Ipv6OptionsRepr, payload: Uint8Array): Uint8Array {
  const body: number[] = [];
  for (const o of r.options) {
    if (o.type === IPV6_TLV_PAD1) body.push(0);
    else body.push(o.type, o.data.length, ...o.data);
  }
  const pad = (8 - ((2 + body.length) % 8)) % 8;
  if (pad === 1) body.push(IPV6_TLV_PAD1);
  else if (pad > 1) body.push(IPV6_TLV_PADN, pad - 2, ...new Array<number>(pad - 2).fill(0));
  const hl = 2 + body.length;
  const b = new Uint8Array(hl + payload.length);
  b[0] = r.nextHeader;
  b[1] = hl / 8 - 1;
  b.set(body, 2);
  b.set(payload, hl);
  return b;
}

/** The Router Alert option (value 0: MLD) that MLD messages carry. */
export const ROUTER_ALERT_MLD: Ipv6Tlv = { type: IPV6_TLV_ROUTERALERT, data: new Uint8Array([0, 0]) };
