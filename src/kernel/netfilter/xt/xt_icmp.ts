// icmp match (net/ipv4/netfilter/ip_tables.c icmp_match): type 0xff is "any";
// a code range otherwise. Later fragments never match.

import { IPT_ICMP_INV, type IptIcmp } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

function icmpMatch(p: XtPkt, d: object): boolean {
  const i = d as IptIcmp;
  if (p.fragoff) return false;
  const b = p.skb.data;
  if (b.length < p.thoff + 2) {
    p.hotdrop = true;
    return false;
  }
  const type = b[p.thoff]!;
  const code = b[p.thoff + 1]!;
  const hit = i.type === 0xff || (type === i.type && code >= i.code[0] && code <= i.code[1]);
  return hit !== !!(i.invflags & IPT_ICMP_INV);
}

xtRegisterMatch({ name: "icmp", revisions: [0], proto: 1, match: icmpMatch });
