// CT and NOTRACK targets (net/netfilter/xt_CT.c), raw table only: --notrack
// (and NOTRACK) mark the packet untracked, so the state/conntrack matches see
// UNTRACKED. Zones and helpers need the conntrack model and are accepted only
// as data for now (they change nothing on the packet).

import type { XtCt } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

function ctTarget(p: XtPkt, d: object): -1 {
  if ((d as XtCt).notrack) p.skb.nfNotrack = true;
  return XT_CONTINUE;
}

xtRegisterTarget({ name: "CT", revisions: [0, 1, 2], table: "raw", target: ctTarget });
xtRegisterTarget({ name: "NOTRACK", revisions: [0], table: "raw", target: (p) => ctTarget(p, { notrack: true, alias: true, zone: 0, helper: "" }) });
