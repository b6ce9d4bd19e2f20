// The Linux "cooked" v2 capture header (LINKTYPE_LINUX_SLL2) that libpcap
// builds for captures on the "any" device from the packet socket's
// sockaddr_ll: protocol, ifindex, hardware type, packet type, link address.

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";

export const SLL2_HDR_LEN = 20;

// sockaddr_ll.sll_pkttype values (include/uapi/linux/if_packet.h).
export const PACKET_HOST = 0;
export const PACKET_BROADCAST = 1;
export const PACKET_MULTICAST = 2;
export const PACKET_OTHERHOST = 3;
export const PACKET_OUTGOING = 4;

export interface Sll2Repr {
  protocol: number;
  ifindex: number;
  hatype: number;
  pkttype: number;
  /** Link-layer source address bytes (up to 8). */
  addr: Uint8Array;
}

export function parseSll2(b: Uint8Array): Parsed<Sll2Repr> {
  if (b.length < SLL2_HDR_LEN) return fail("truncated");
  const halen = b[11]!;
  return {
    ok: true,
    repr: { protocol: get16(b, 0), ifindex: get32(b, 4), hatype: get16(b, 8), pkttype: b[10]!, addr: b.slice(12, 12 + Math.min(halen, 8)) },
    payload: b.subarray(SLL2_HDR_LEN),
  };
}

export function emitSll2(r: Sll2Repr, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(SLL2_HDR_LEN + payload.length);
  put16(b, 0, r.protocol);
  put32(b, 4, r.ifindex);
  put16(b, 8, r.hatype);
  b[10] = r.pkttype;
  b[11] = r.addr.length;
  b.set(r.addr.subarray(0, 8), 12);
  b.set(payload, SLL2_HDR_LEN);
  return b;
}
