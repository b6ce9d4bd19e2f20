// VXLAN headers (RFC 7348): 8 bytes before the inner Ethernet frame, carried
// in UDP (IANA port 4789; Linux's historical default is 8472).
// Models include/net/vxlan.h.

import { fail, get32, put32, type Parsed } from "./bytes.js";

export const VXLAN_HLEN = 8;
export const IANA_VXLAN_UDP_PORT = 4789;
export const LINUX_VXLAN_UDP_PORT = 8472;
/** The I flag: the VNI is valid. */
export const VXLAN_HF_VNI = 0x08;

export interface VxlanRepr {
  /** The flags byte (0x08 when the VNI is valid). */
  flags: number;
  vni: number;
}

export function parseVxlan(b: Uint8Array): Parsed<VxlanRepr> {
  if (b.length < VXLAN_HLEN) return fail("truncated");
  return { ok: true, repr: { flags: b[0]!, vni: get32(b, 4) >>> 8 }, payload: b.subarray(VXLAN_HLEN) };
}

export function emitVxlan(r: VxlanRepr, inner: Uint8Array): Uint8Array {
  const b = new Uint8Array(VXLAN_HLEN + inner.length);
  b[0] = r.flags;
  put32(b, 4, (r.vni << 8) >>> 0);
  b.set(inner, VXLAN_HLEN);
  return b;
}
