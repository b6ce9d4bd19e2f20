// u32 match (net/netfilter/xt_u32.c): each test reads a big-endian 32-bit
// word at an offset from the IPv4 header, folds it through &, <<, >> and @
// (move the base by the value, read again), and wants the result in one of
// its ranges; all tests must hold. A read past the packet fails the test.
// Shift counts wrap at 32 as on x86 (C leaves larger shifts undefined).

import type { XtU32 } from "../../../uapi/xt_ext_match.js";
import { XT_U32_AND, XT_U32_AT, XT_U32_LEFTSH, XT_U32_RIGHTSH } from "../../../uapi/xt_ext_match.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const word = (d: Uint8Array, o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;

/** u32_match_it() over the IPv4 packet bytes. */
export function u32MatchIt(data: XtU32, pkt: Uint8Array): boolean {
  const len = pkt.length;
  for (const ct of data.tests) {
    let at = 0;
    let pos = ct.location[0]!.number;
    if (len < 4 || pos > len - 4) return false;
    let val = word(pkt, pos);
    for (const loc of ct.location.slice(1)) {
      const n = loc.number;
      switch (loc.nextop) {
        case XT_U32_AND:
          val = (val & n) >>> 0;
          break;
        case XT_U32_LEFTSH:
          val = (val << n) >>> 0;
          break;
        case XT_U32_RIGHTSH:
          val = val >>> n;
          break;
        case XT_U32_AT:
          if (at + val > 0xffffffff) return false;
          at += val;
          pos = n;
          if (at + 4 > 0xffffffff || len < at + 4 || pos > len - at - 4) return false;
          val = word(pkt, at + pos);
          break;
      }
    }
    if (!ct.value.some((v) => v.min <= val && val <= v.max)) return false;
  }
  return true;
}

xtRegisterMatch({
  name: "u32",
  revisions: [0],
  match: (p: XtPkt, d: object) => {
    const u = d as XtU32;
    const ipLen = Math.min(p.skb.data.length - p.nhoff, Math.max(p.iph.totLen, 0) || p.skb.data.length - p.nhoff);
    return u32MatchIt(u, p.skb.data.subarray(p.nhoff, p.nhoff + ipLen)) !== u.invert;
  },
});
