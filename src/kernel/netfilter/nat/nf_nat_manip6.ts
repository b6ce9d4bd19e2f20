// Rewriting an IPv6 packet for NAT (nf_nat_ipv6_manip_pkt, nf_nat_proto.c):
// one side's address (no header checksum in IPv6) and, unless the packet is a
// later fragment, the TCP/UDP port or ICMPv6 echo id with the transport
// checksum updated incrementally — the ICMPv6 checksum covers the
// pseudo-header, so an address change moves it too (inet_proto_csum_replace16).

import { ip6ToBytes } from "../../../wire/addr.js";
import { ipv6UpperLayer, IPPROTO_ICMPV6, IPPROTO_TCP, IPPROTO_UDP, type NfTuple } from "../conntrack/nf_conntrack_tuple.js";
import { csumUpdate, g16, p16, type ManipType } from "./nf_nat_manip.js";


function words(d: Uint8Array, o: number): number[] {
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push(g16(d, o + i));
  return w;
}

/** ICMPv6 queries whose id NAT moves (echo request/reply). */
const ICMPV6_QUERY = new Set([128, 129]);

/** nf_nat_ipv6_manip_pkt(): rewrite the header at `nh` towards `target`'s `mtype` side. */
export function natManipPkt6(d: Uint8Array, nh: number, target: NfTuple, mtype: ManipType): void {
  const addrOff = nh + (mtype === "SRC" ? 8 : 24);
  const oldW = words(d, addrOff);
  const fresh = ip6ToBytes((mtype === "SRC" ? target.src : target.dst) as bigint);
  const newW = words(fresh, 0);
  const up = ipv6UpperLayer(d, nh);
  // A later fragment (offset not 0) carries no transport header to fix.
  const later = up?.frag && (g16(d, up.off - 6) & 0xfff8) !== 0;
  if (up && !later) {
    const th = up.off;
    if ((up.proto === IPPROTO_TCP || up.proto === IPPROTO_UDP) && d.length >= th + 4) {
      const portOff = th + (mtype === "SRC" ? 0 : 2);
      const oldPort = g16(d, portOff);
      const newPort = mtype === "SRC" ? target.sport : target.dport;
      p16(d, portOff, newPort);
      const checkOff = th + (up.proto === IPPROTO_UDP ? 6 : 16);
      if (d.length >= checkOff + 2) {
        let n = csumUpdate(g16(d, checkOff), [...oldW, oldPort], [...newW, newPort]);
        if (up.proto === IPPROTO_UDP && n === 0) n = 0xffff; // CSUM_MANGLED_0
        p16(d, checkOff, n);
      }
    } else if (up.proto === IPPROTO_ICMPV6 && d.length >= th + 8) {
      const oldWs = [...oldW];
      const newWs = [...newW];
      if (ICMPV6_QUERY.has(d[th]!)) {
        oldWs.push(g16(d, th + 4));
        newWs.push(target.sport);
        p16(d, th + 4, target.sport);
      }
      p16(d, th + 2, csumUpdate(g16(d, th + 2), oldWs, newWs));
    }
  }
  d.set(fresh, addrOff);
}
