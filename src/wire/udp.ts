// UDP datagrams (RFC 768) over IPv4 or IPv6. The checksum covers a
// pseudo-header, so emit and verification take the addresses. A computed
// checksum of 0 is sent as 0xffff; 0 on the wire means "none" (IPv4 only).

import { fail, get16, put16, type Parsed } from "./bytes.js";
import { foldComplement, pseudoSum, sumWords, type PseudoHeader } from "./checksum.js";
import { IPPROTO_UDP } from "./ipv4.js";

export const UDP_HLEN = 8;

export interface UdpRepr {
  srcPort: number;
  dstPort: number;
}

export interface UdpParsed {
  /** The length field (header + payload). */
  length: number;
  checksum: number;
}

/** Parses a datagram; the payload ends where the length field says. */
export function parseUdp(b: Uint8Array): Parsed<UdpRepr & UdpParsed> {
  if (b.length < UDP_HLEN) return fail("truncated");
  const length = get16(b, 4);
  if (length < UDP_HLEN) return fail("malformed");
  if (length > b.length) return fail("truncated");
  return {
    ok: true,
    repr: { srcPort: get16(b, 0), dstPort: get16(b, 2), length, checksum: get16(b, 6) },
    payload: b.subarray(UDP_HLEN, length),
  };
}

/** The checksum the datagram bytes (checksum field zeroed or not) should carry. */
export function udpComputeChecksum(b: Uint8Array, ph: PseudoHeader): number {
  const copy = b.slice();
  put16(copy, 6, 0);
  const c = foldComplement(sumWords(copy, pseudoSum(ph, IPPROTO_UDP, b.length)));
  return c === 0 ? 0xffff : c;
}

/** "none" when the field is 0 over IPv4, else whether it verifies. */
export function udpChecksumState(b: Uint8Array, ph: PseudoHeader): "none" | "ok" | "bad" {
  const field = get16(b, 6);
  if (field === 0 && ph.family === 4) return "none";
  return udpComputeChecksum(b, ph) === field ? "ok" : "bad";
}

export function emitUdp(r: UdpRepr, payload: Uint8Array, ph: PseudoHeader): Uint8Array {
  const b = new Uint8Array(UDP_HLEN + payload.length);
  put16(b, 0, r.srcPort);
  put16(b, 2, r.dstPort);
  put16(b, 4, b.length);
  b.set(payload, UDP_HLEN);
  put16(b, 6, udpComputeChecksum(b, ph));
  return b;
}
