// physdev match (net/netfilter/xt_physdev.c): for bridged IPv4 (br_netfilter)
// the bridge ports a packet came in on / goes out of. A packet that is not
// bridged has no ports: it matches only rules that ask for nothing but the
// absence of bridging (! --physdev-is-bridged and friends).

import {
  XT_PHYSDEV_OP_BRIDGED,
  XT_PHYSDEV_OP_IN,
  XT_PHYSDEV_OP_ISIN,
  XT_PHYSDEV_OP_ISOUT,
  XT_PHYSDEV_OP_OUT,
  type XtPhysdev,
} from "../../../uapi/xt_ext.js";
import { ifaceMatches } from "../x_tables.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_OUT, xtRegisterMatch } from "../xt_registry.js";

function physdevMatch(p: XtPkt, d: object): boolean {
  const info = d as XtPhysdev;
  const inv = (bit: number, v: boolean) => v !== !!(info.invert & bit);
  const pin = p.state.physin;
  const pout = p.state.physout;
  if (!pin && !pout) {
    // Not bridged: physdev_mt's "!brnf" branch.
    if (info.bitmask & XT_PHYSDEV_OP_BRIDGED && !(info.invert & XT_PHYSDEV_OP_BRIDGED)) return false;
    if (info.bitmask & (XT_PHYSDEV_OP_ISIN | XT_PHYSDEV_OP_ISOUT) && !(info.invert & (XT_PHYSDEV_OP_ISIN | XT_PHYSDEV_OP_ISOUT))) return false;
    if (info.bitmask & XT_PHYSDEV_OP_IN && !(info.invert & XT_PHYSDEV_OP_IN)) return false;
    if (info.bitmask & XT_PHYSDEV_OP_OUT && !(info.invert & XT_PHYSDEV_OP_OUT)) return false;
    return true;
  }
  if (info.bitmask & XT_PHYSDEV_OP_BRIDGED && !inv(XT_PHYSDEV_OP_BRIDGED, !!pout)) return false;
  if (info.bitmask & XT_PHYSDEV_OP_ISIN && !inv(XT_PHYSDEV_OP_ISIN, !!pin)) return false;
  if (info.bitmask & XT_PHYSDEV_OP_ISOUT && !inv(XT_PHYSDEV_OP_ISOUT, !!pout)) return false;
  if (info.bitmask & XT_PHYSDEV_OP_IN && !inv(XT_PHYSDEV_OP_IN, !!pin && ifaceMatches(info.physindev, pin.name))) return false;
  if (info.bitmask & XT_PHYSDEV_OP_OUT && !inv(XT_PHYSDEV_OP_OUT, !!pout && ifaceMatches(info.physoutdev, pout.name))) return false;
  return true;
}

xtRegisterMatch({
  name: "physdev",
  revisions: [0],
  match: physdevMatch,
  check: (ctx, d) => {
    const info = d as XtPhysdev;
    // "--physdev-out and --physdev-is-out only supported in the FORWARD and POSTROUTING chains with bridged traffic"
    if (
      info.bitmask & (XT_PHYSDEV_OP_OUT | XT_PHYSDEV_OP_ISOUT) &&
      (!(info.bitmask & XT_PHYSDEV_OP_BRIDGED) || info.invert & XT_PHYSDEV_OP_BRIDGED) &&
      ctx.hookMask & HOOK_OUT
    )
      return "EINVAL";
    return undefined;
  },
});
