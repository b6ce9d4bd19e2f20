// iprange match, revision 1 (net/netfilter/xt_iprange.c): source and/or
// destination address within an inclusive range, each invertible.

import { IPRANGE_DST, IPRANGE_DST_INV, IPRANGE_SRC, IPRANGE_SRC_INV, type XtIprange } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

xtRegisterMatch({
  name: "iprange",
  revisions: [1],
  match: (p: XtPkt, d: object) => {
    const r = d as XtIprange;
    if (r.flags & IPRANGE_SRC) {
      const inside = p.iph.saddr >= r.srcMin && p.iph.saddr <= r.srcMax;
      if (inside === !!(r.flags & IPRANGE_SRC_INV)) return false;
    }
    if (r.flags & IPRANGE_DST) {
      const inside = p.iph.daddr >= r.dstMin && p.iph.daddr <= r.dstMax;
      if (inside === !!(r.flags & IPRANGE_DST_INV)) return false;
    }
    return true;
  },
});
