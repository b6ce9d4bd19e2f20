// Rewriting a packet for NAT (net/netfilter/nf_nat_proto.c): the IPv4
// addresses and the TCP/UDP ports or ICMP query id of one side ("manip" SRC or
// DST), with checksums updated incrementally (RFC 1624, as csum_replace4/2 do)
// so that a truncated inner header quoted in an ICMP error is handled the same
// way; and nf_nat_icmp_reply_translation(), which makes an ICMP error about a
// NATed connection look, inside and out, like it concerns the untranslated one.

import type { NfTuple } from "../conntrack/nf_conntrack_tuple.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from "../conntrack/nf_conntrack_tuple.js";
import { isPartialCsum, partialCsum } from "../../ipv4/csum_offload.js";

export type ManipType = "SRC" | "DST";

export const g16 = (d: Uint8Array, o: number) => (d[o]! << 8) | d[o + 1]!;
export const p16 = (d: Uint8Array, o: number, v: number) => {
  d[o] = (v >> 8) & 0xff;
  d[o + 1] = v & 0xff;
};
const g32 = (d: Uint8Array, o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
const p32 = (d: Uint8Array, o: number, v: number) => {
  p16(d, o, v >>> 16);
  p16(d, o + 2, v & 0xffff);
};

/** HC' = ~(~HC + ~m + m') over 16-bit words. */
export function csumUpdate(check: number, oldWords: number[], newWords: number[]): number {
  let sum = ~check & 0xffff;
  for (const w of oldWords) sum += ~w & 0xffff;
  for (const w of newWords) sum += w;
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return ~sum & 0xffff;
}

const words32 = (v: number) => [v >>> 16, v & 0xffff];

function fixCheck(d: Uint8Array, off: number, oldW: number[], newW: number[], udp: boolean): void {
  if (off + 2 > d.length) return;
  const c = g16(d, off);
  if (udp && c === 0) return;
  let n = csumUpdate(c, oldW, newW);
  if (udp && n === 0) n = 0xffff;
  p16(d, off, n);
}

const ICMP_QUERY = new Set([0, 8, 13, 14, 15, 16, 17, 18]);

/** nf_nat_ipv4_manip_pkt(): rewrite the header at `iphoff` towards `target`'s `mtype` side. */
export function natManipPkt(d: Uint8Array, iphoff: number, target: NfTuple, mtype: ManipType): void {
  const ihl = (d[iphoff]! & 0x0f) * 4;
  const proto = d[iphoff + 9]!;
  const hdroff = iphoff + ihl;
  const addrOff = iphoff + (mtype === "SRC" ? 12 : 16);
  const oldAddr = g32(d, addrOff);
  const newAddr = (mtype === "SRC" ? target.src : target.dst) as number;
  const frag = g16(d, iphoff + 6) & 0x1fff;
  if (!frag) {
    if ((proto === IPPROTO_TCP || proto === IPPROTO_UDP) && d.length >= hdroff + 4) {
      const portOff = hdroff + (mtype === "SRC" ? 0 : 2);
      const oldPort = g16(d, portOff);
      const newPort = mtype === "SRC" ? target.sport : target.dport;
      const udp = proto === IPPROTO_UDP;
      const checkOff = hdroff + (udp ? 6 : 16);
      // CHECKSUM_PARTIAL (a locally sent segment on an offloading device;
      // see csum_offload.ts): the field holds the pseudo-header sum only, so
      // only the address part changes and without the complement, as
      // inet_proto_csum_replace4(..., pseudohdr=true) does for partial skbs.
      const l4 = d.subarray(hdroff, iphoff + g16(d, iphoff + 2));
      const src = g32(d, iphoff + 12);
      const dst = g32(d, iphoff + 16);
      const partial = d.length >= checkOff + 2 && l4.length >= checkOff - hdroff + 2 && isPartialCsum(l4, checkOff - hdroff, src, dst, proto);
      if (partial) {
        const v = partialCsum(mtype === "SRC" ? newAddr : src, mtype === "DST" ? newAddr : dst, proto, l4.length);
        p16(d, portOff, newPort);
        p16(d, checkOff, v);
      } else {
        p16(d, portOff, newPort);
        // A TCP header quoted by an ICMP error may stop after 8 bytes: no checksum to fix.
        if (d.length >= checkOff + 2) fixCheck(d, checkOff, [...words32(oldAddr), oldPort], [...words32(newAddr), newPort], udp);
      }
    } else if (proto === IPPROTO_ICMP && d.length >= hdroff + 8 && ICMP_QUERY.has(d[hdroff]!)) {
      const oldId = g16(d, hdroff + 4);
      p16(d, hdroff + 4, target.sport);
      fixCheck(d, hdroff + 2, [oldId], [target.sport], false);
    }
  }
  p32(d, addrOff, newAddr);
  fixCheck(d, iphoff + 10, words32(oldAddr), words32(newAddr), false);
}

/**
 * The ICMP checksum recomputed over the whole message (after the quoted packet changed);
 * `initial` is the unfolded pseudo-header sum ICMPv6 covers (pseudoSum6At), 0 for ICMP.
 */
export function icmpRecomputeChecksum(d: Uint8Array, hdroff: number, end: number, initial = 0): void {
  d[hdroff + 2] = 0;
  d[hdroff + 3] = 0;
  let sum = initial;
  for (let i = hdroff; i < end; i += 2) sum += (d[i]! << 8) | (i + 1 < end ? d[i + 1]! : 0);
  // Folded by division: with a pseudo-header added, the sum can pass 2^31 (where `>> 16` would turn it negative).
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  p16(d, hdroff + 2, ~sum & 0xffff);
}
