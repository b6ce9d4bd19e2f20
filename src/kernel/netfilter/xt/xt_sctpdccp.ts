// sctp (net/netfilter/xt_sctp.c) and dccp (xt_dccp.c) matches: ports from the
// common header, SCTP chunk types walked chunk by chunk (any/all/only, flags not
// compared: the model keeps them only for printing), the DCCP packet type and
// an option searched from the end of the type's fixed header (dccp_find_option).

import type { XtDccp, XtSctp } from "../../../uapi/xt_ext_sctpdccp.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const inRange = (v: number, r: [number, number]) => v >= r[0] && v <= r[1];

function sctpMatch(p: XtPkt, data: object): boolean {
  const d = data as XtSctp;
  const b = p.skb.data;
  if (p.fragoff) return false;
  const th = p.thoff;
  if (th + 12 > b.length) {
    p.hotdrop = true;
    return false;
  }
  if (d.flags & 1 && inRange(u16(b, th), d.spts) === !!(d.invflags & 1)) return false;
  if (d.flags & 2 && inRange(u16(b, th + 2), d.dpts) === !!(d.invflags & 2)) return false;
  if (!(d.flags & 4)) return true;
  const want = new Set(d.chunks.map((c) => c.type));
  const seen = new Set<number>();
  let onlyOk = true;
  for (let off = th + 12; off + 4 <= b.length; ) {
    const type = b[off]!;
    const len = u16(b, off + 2);
    if (len < 4) {
      p.hotdrop = true;
      return false;
    }
    seen.add(type);
    if (!want.has(type)) onlyOk = false;
    off += (len + 3) & ~3;
  }
  let ok: boolean;
  if (d.chunkMatch === 1) ok = [...want].some((t) => seen.has(t));
  else if (d.chunkMatch === 2) ok = [...want].every((t) => seen.has(t));
  else ok = onlyOk;
  return ok !== !!(d.invflags & 4);
}

/** Bytes of the type-specific part after the generic header (dccp_packet_hdr_len). */
const DCCP_TYPE_HDR = [4, 12, 0, 8, 8, 8, 8, 12, 8, 8];

function dccpMatch(p: XtPkt, data: object): boolean {
  const d = data as XtDccp;
  const b = p.skb.data;
  if (p.fragoff) return false;
  const th = p.thoff;
  if (th + 12 > b.length) {
    p.hotdrop = true;
    return false;
  }
  if (d.flags & 1 && inRange(u16(b, th), d.spts) === !!(d.invflags & 1)) return false;
  if (d.flags & 2 && inRange(u16(b, th + 2), d.dpts) === !!(d.invflags & 2)) return false;
  const type = (b[th + 8]! >> 1) & 0x0f;
  if (d.flags & 4 && !!(d.typemask & (1 << type)) === !!(d.invflags & 4)) return false;
  if (!(d.flags & 8)) return true;
  const x = b[th + 8]! & 1;
  const doff = b[th + 4]! * 4;
  let off = th + (x ? 16 : 12) + (DCCP_TYPE_HDR[type] ?? 0);
  let found = false;
  while (off < th + doff && off < b.length) {
    const opt = b[off]!;
    if (opt === d.option) {
      found = true;
      break;
    }
    off += opt < 32 ? 1 : Math.max(2, b[off + 1] ?? 2);
  }
  return found !== !!(d.invflags & 8);
}

xtRegisterMatch({ name: "sctp", revisions: [0], proto: 132, match: sctpMatch });
xtRegisterMatch({ name: "dccp", revisions: [0], proto: 33, match: dccpMatch });
