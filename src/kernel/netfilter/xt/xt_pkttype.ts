// pkttype match (net/netfilter/xt_pkttype.c): unicast/broadcast/multicast by
// the link layer's classification; a multicast IPv4 destination counts as
// multicast on loopback too.

import type { XtPkttype } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const PACKET_TYPES: Record<string, number> = { HOST: 0, BROADCAST: 1, MULTICAST: 2, OTHERHOST: 3, OUTGOING: 4, LOOPBACK: 5 };

xtRegisterMatch({
  name: "pkttype",
  revisions: [0],
  match: (p: XtPkt, d: object) => {
    const m = d as XtPkttype;
    let type: number;
    if (p.skb.pktType !== "LOOPBACK") type = PACKET_TYPES[p.skb.pktType] ?? 0;
    // On loopback: multicast by the IPv4 destination; for IPv6 by a ff00::/8 destination.
    else if (p.ip6) type = p.ip6.dst >> 120n === 0xffn ? 2 : 0;
    else type = p.iph.daddr >>> 28 === 0xe ? 2 : 0;
    return (type === m.pkttype) !== m.invert;
  },
});
