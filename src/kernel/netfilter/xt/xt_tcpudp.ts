// tcp and udp matches (net/netfilter/xt_tcpudp.c): port ranges, TCP flags
// under a mask, a TCP option present; inverted per field. Later fragments
// never match; a header too short to read drops the packet (hotdrop).

import {
  XT_TCP_INV_DSTPT,
  XT_TCP_INV_FLAGS,
  XT_TCP_INV_OPTION,
  XT_TCP_INV_SRCPT,
  XT_UDP_INV_DSTPT,
  XT_UDP_INV_SRCPT,
  type XtTcp,
  type XtUdp,
} from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

function portIn(p: number, r: readonly [number, number], inv: boolean): boolean {
  return (p >= r[0] && p <= r[1]) !== inv;
}

function tcpHasOption(data: Uint8Array, thoff: number, doff: number, option: number): boolean {
  const end = Math.min(data.length, thoff + doff);
  for (let i = thoff + 20; i < end; ) {
    const kind = data[i]!;
    if (kind === option) return true;
    if (kind === 0) return false;
    if (kind === 1) {
      i++;
      continue;
    }
    const len = data[i + 1] ?? 0;
    if (len < 2) return false;
    i += len;
  }
  return false;
}

function tcpMatch(p: XtPkt, d: object): boolean {
  const t = d as XtTcp;
  if (p.fragoff) {
    // A fragment that would overwrite the flags is dropped (tcp_mt: fragoff == 1).
    if (p.fragoff === 1) p.hotdrop = true;
    return false;
  }
  const b = p.skb.data;
  if (b.length < p.thoff + 20) {
    p.hotdrop = true;
    return false;
  }
  const sport = (b[p.thoff]! << 8) | b[p.thoff + 1]!;
  const dport = (b[p.thoff + 2]! << 8) | b[p.thoff + 3]!;
  if (!portIn(sport, t.spts, !!(t.invflags & XT_TCP_INV_SRCPT))) return false;
  if (!portIn(dport, t.dpts, !!(t.invflags & XT_TCP_INV_DSTPT))) return false;
  const flags = b[p.thoff + 13]!;
  if (((flags & t.flgMask) === t.flgCmp) === !!(t.invflags & XT_TCP_INV_FLAGS)) return false;
  if (t.option) {
    const doff = (b[p.thoff + 12]! >> 4) * 4;
    if (doff < 20) {
      p.hotdrop = true;
      return false;
    }
    if (tcpHasOption(b, p.thoff, doff, t.option) === !!(t.invflags & XT_TCP_INV_OPTION)) return false;
  }
  return true;
}

function udpMatch(p: XtPkt, d: object): boolean {
  const u = d as XtUdp;
  if (p.fragoff) return false;
  const b = p.skb.data;
  if (b.length < p.thoff + 8) {
    p.hotdrop = true;
    return false;
  }
  const sport = (b[p.thoff]! << 8) | b[p.thoff + 1]!;
  const dport = (b[p.thoff + 2]! << 8) | b[p.thoff + 3]!;
  return portIn(sport, u.spts, !!(u.invflags & XT_UDP_INV_SRCPT)) && portIn(dport, u.dpts, !!(u.invflags & XT_UDP_INV_DSTPT));
}

xtRegisterMatch({ name: "tcp", revisions: [0], proto: 6, match: tcpMatch });
xtRegisterMatch({ name: "udp", revisions: [0], proto: 17, match: udpMatch });
