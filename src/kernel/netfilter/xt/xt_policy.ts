// policy match (net/netfilter/xt_policy.c). The model has no IPsec (no xfrm
// states or policies), so a packet never carries a security path and never
// has a route with an xfrm bundle: "--pol none" always matches and
// "--pol ipsec" never does, which is what Linux answers without IPsec.

import type { XtPolicy } from "../../../uapi/xt_ext_policy.js";
import { HOOK_FWD, HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterMatch } from "../xt_registry.js";

xtRegisterMatch({
  name: "policy",
  revisions: [0],
  match: (_p, data: object) => (data as XtPolicy).pol === "none",
  check: (ctx, data) => {
    const d = data as XtPolicy;
    // policy_mt_check: the input direction is known only before routing, the output after.
    if (d.dir === "in" && ctx.hookMask & ~(HOOK_PRE | HOOK_IN | HOOK_FWD)) return "EINVAL";
    if (d.dir === "out" && ctx.hookMask & ~(HOOK_POST | HOOK_OUT | HOOK_FWD)) return "EINVAL";
    if (d.elems.length > 4) return "EINVAL";
    return undefined;
  },
});
