// mac match (net/netfilter/xt_mac.c): the Ethernet source address of a
// received frame; only where there is one (PREROUTING, INPUT, FORWARD).

import type { XtMac } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_FWD, HOOK_IN, HOOK_PRE, xtRegisterMatch } from "../xt_registry.js";

xtRegisterMatch({
  name: "mac",
  revisions: [0],
  hooks: HOOK_PRE | HOOK_IN | HOOK_FWD,
  match: (p: XtPkt, d: object) => {
    const m = d as XtMac;
    if (p.nhoff < 14) return false;
    const src = p.skb.data.subarray(p.nhoff - 8, p.nhoff - 2);
    let eq = true;
    for (let i = 0; i < 6; i++) if (src[i] !== m.srcaddr[i]) eq = false;
    return eq !== m.invert;
  },
});
