// length match (net/netfilter/xt_length.c): the IPv4 total length in a range.

import type { XtLength } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

xtRegisterMatch({
  name: "length",
  revisions: [0],
  match: (p: XtPkt, d: object) => {
    const l = d as XtLength;
    return (p.iph.totLen >= l.min && p.iph.totLen <= l.max) !== l.invert;
  },
});
