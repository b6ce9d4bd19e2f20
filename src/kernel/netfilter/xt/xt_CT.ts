// CT and NOTRACK targets (net/netfilter/xt_CT.c), raw table only: --notrack
// (and NOTRACK) mark the packet untracked, so the state/conntrack matches see
// UNTRACKED. --zone gives the packet the template's zone: conntrack looks the
// packet up, and makes its entry, in that zone (both directions; the
// --zone-orig/--zone-reply split is not modelled). Helpers are accepted as
// data only.

import type { XtCt } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

function ctTarget(p: XtPkt, d: object): -1 {
  if ((d as XtCt).notrack) p.skb.nfNotrack = true;
  else if ((d as XtCt).zone) p.skb.nfCtZone = (d as XtCt).zone;
  return XT_CONTINUE;
}

xtRegisterTarget({ name: "CT", revisions: [0, 1, 2], table: "raw", target: ctTarget });
xtRegisterTarget({ name: "NOTRACK", revisions: [0], table: "raw", target: (p) => ctTarget(p, { notrack: true, alias: true, zone: 0, helper: "" }) });
