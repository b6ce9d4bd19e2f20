// TRACE target (net/netfilter/xt_TRACE.c), raw table only: sets nf_trace so
// nf_tables reports the packet's path (nf_trace.ts).

import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

xtRegisterTarget({
  name: "TRACE",
  revisions: [0],
  table: "raw",
  target: (p: XtPkt) => {
    p.skb.nfTrace = true;
    return XT_CONTINUE;
  },
});
