// LOG target (net/netfilter/xt_LOG.c): writes the packet's headers to the
// kernel log (nf_log.ts) and lets the packet continue.

import type { XtLog } from "../../../uapi/xt_ext.js";
import { nfLogIpPacket } from "../nf_log.js";
import { nfLogIp6Packet } from "../nf_log6.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

xtRegisterTarget({
  name: "LOG",
  revisions: [0],
  target: (p: XtPkt, d: object) => {
    const l = d as XtLog;
    (p.ip6 ? nfLogIp6Packet : nfLogIpPacket)(p, l.level, l.logflags, l.prefix);
    return XT_CONTINUE;
  },
  check: (_ctx, d) => ((d as XtLog).level > 7 ? "EINVAL" : undefined),
});
