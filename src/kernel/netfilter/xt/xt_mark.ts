// mark match and MARK target (net/netfilter/xt_mark.c): (skb->mark & mask) == mark;
// the target sets skb->mark = (skb->mark & ~mask) ^ mark (revision 2).

import type { XtMarkMatch, XtMarkTarget } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

xtRegisterMatch({
  name: "mark",
  revisions: [1],
  match: (p: XtPkt, d: object) => {
    const m = d as XtMarkMatch;
    return (((p.skb.mark & m.mask) >>> 0) === m.mark) !== m.invert;
  },
});

xtRegisterTarget({
  name: "MARK",
  revisions: [2],
  target: (p: XtPkt, d: object) => {
    const m = d as XtMarkTarget;
    p.skb.mark = ((p.skb.mark & ~m.mask) ^ m.mark) >>> 0;
    return XT_CONTINUE;
  },
});
