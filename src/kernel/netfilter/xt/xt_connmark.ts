// connmark match and CONNMARK target (net/netfilter/xt_connmark.c): the mark
// on the packet's connection. A packet without a connection (untracked, or
// tracking off: see nf_skb.ts) does not match and is left alone.

import type { XtConnmarkTarget, XtMarkMatch } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

xtRegisterMatch({
  name: "connmark",
  revisions: [1],
  match: (p: XtPkt, d: object) => {
    const m = d as XtMarkMatch;
    const ct = p.skb.nfct?.ct;
    if (!ct) return false;
    return (((ct.mark & m.mask) >>> 0) === m.mark) !== m.invert;
  },
});

xtRegisterTarget({
  name: "CONNMARK",
  revisions: [1, 2],
  target: (p: XtPkt, d: object) => {
    const t = d as XtConnmarkTarget;
    const ct = p.skb.nfct?.ct;
    if (!ct) return XT_CONTINUE;
    switch (t.mode) {
      case "set":
        ct.mark = ((ct.mark & ~t.ctmask) ^ t.ctmark) >>> 0;
        break;
      case "save":
        ct.mark = ((ct.mark & ~t.ctmask) ^ (p.skb.mark & t.nfmask)) >>> 0;
        break;
      case "restore":
        p.skb.mark = ((p.skb.mark & ~t.nfmask) ^ (ct.mark & t.ctmask)) >>> 0;
        break;
    }
    return XT_CONTINUE;
  },
});
