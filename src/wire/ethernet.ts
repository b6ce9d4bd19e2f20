// Ethernet II frames (IEEE 802.3 with an EtherType), optionally with one
// 802.1Q tag. Frames on the emulated wire carry no preamble and no FCS, as a
// packet socket sees them. Models include/uapi/linux/if_ether.h + if_vlan.h.

import { fail, get16, put16, type Parsed } from "./bytes.js";
import { macFromBytes, macToBytes, type MacAddr } from "./addr.js";

export const ETH_HLEN = 14;
export const ETH_ALEN = 6;
export const VLAN_HLEN = 4;
/** Smallest frame on the wire without FCS; shorter frames are padded by the sender. */
export const ETH_ZLEN = 60;

export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
export const ETH_P_8021Q = 0x8100;
export const ETH_P_8021AD = 0x88a8;
export const ETH_P_IPV6 = 0x86dd;
/** Values up to this one are 802.3 lengths, not EtherTypes. */
export const ETH_P_802_3_MIN = 0x0600;

export interface VlanTag {
  /** Priority code point (0..7). */
  pcp: number;
  /** Drop eligible indicator (formerly CFI). */
  dei: boolean;
  /** VLAN id (0..4095). */
  vid: number;
  /** The tag's own TPID (0x8100 or 0x88a8). */
  tpid: number;
}

export interface EthernetRepr {
  dst: MacAddr;
  src: MacAddr;
  /** The EtherType of the payload (after the tag, when tagged). */
  ethertype: number;
  vlan?: VlanTag;
}

export function parseEthernet(b: Uint8Array): Parsed<EthernetRepr> {
  if (b.length < ETH_HLEN) return fail("truncated");
  const repr: EthernetRepr = { dst: macFromBytes(b, 0), src: macFromBytes(b, 6), ethertype: get16(b, 12) };
  let off = ETH_HLEN;
  if (repr.ethertype === ETH_P_8021Q || repr.ethertype === ETH_P_8021AD) {
    if (b.length < ETH_HLEN + VLAN_HLEN) return fail("truncated");
    const tci = get16(b, 14);
    repr.vlan = { tpid: repr.ethertype, pcp: tci >>> 13, dei: (tci & 0x1000) !== 0, vid: tci & 0xfff };
    repr.ethertype = get16(b, 16);
    off += VLAN_HLEN;
  }
  return { ok: true, repr, payload: b.subarray(off) };
}

export function ethernetHeaderLen(r: EthernetRepr): number {
  return ETH_HLEN + (r.vlan ? VLAN_HLEN : 0);
}

/** Builds a frame; `pad` pads it to ETH_ZLEN as a NIC does before sending. */
export function emitEthernet(r: EthernetRepr, payload: Uint8Array, pad = false): Uint8Array {
  const hl = ethernetHeaderLen(r);
  const len = Math.max(hl + payload.length, pad ? ETH_ZLEN : 0);
  const b = new Uint8Array(len);
  macToBytes(r.dst, b, 0);
  macToBytes(r.src, b, 6);
  if (r.vlan) {
    put16(b, 12, r.vlan.tpid);
    put16(b, 14, (r.vlan.pcp << 13) | (r.vlan.dei ? 0x1000 : 0) | (r.vlan.vid & 0xfff));
    put16(b, 16, r.ethertype);
  } else put16(b, 12, r.ethertype);
  b.set(payload, hl);
  return b;
}
