// The Linux "cooked" v1 capture header (LINKTYPE_LINUX_SLL) that libpcap
// builds for captures on "any" when the link type is not SLL2 (an index
// naming "any", `-y LINUX_SLL`): packet type, hardware type, address length,
// eight address bytes, protocol.

import { put16 } from "./bytes.js";
import type { Sll2Repr } from "./sll2.js";

export const SLL_HDR_LEN = 16;

/** The v1 header carries the same fields as v2 but the interface index. */
export function emitSll(r: Omit<Sll2Repr, "ifindex">, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(SLL_HDR_LEN + payload.length);
  put16(b, 0, r.pkttype);
  put16(b, 2, r.hatype);
  put16(b, 4, r.addr.length);
  b.set(r.addr.subarray(0, 8), 6);
  put16(b, 14, r.protocol);
  b.set(payload, SLL_HDR_LEN);
  return b;
}
