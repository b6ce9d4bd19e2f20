// TRACE target (net/netfilter/xt_TRACE.c): sets nf_trace so nf_tables reports
// the packet's path (nf_trace.ts). xt_TRACE itself is raw-only, but
// iptables-nft sends it as the native "meta nftrace set 1", which any table
// accepts (recorded: `iptables -A INPUT -j TRACE` succeeds).

import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

xtRegisterTarget({
  name: "TRACE",
  revisions: [0],
  target: (p: XtPkt) => {
    p.skb.nfTrace = true;
    return XT_CONTINUE;
  },
});
