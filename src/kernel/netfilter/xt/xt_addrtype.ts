// addrtype match, revision 1 (net/netfilter/xt_addrtype.c): the route type
// (RTN_LOCAL, RTN_BROADCAST, ...) of the source and/or destination address,
// looked up in the namespace's routing tables, optionally limited to the
// incoming or outgoing device.

import {
  XT_ADDRTYPE_INVERT_DEST,
  XT_ADDRTYPE_INVERT_SOURCE,
  XT_ADDRTYPE_LIMIT_IFACE_IN,
  XT_ADDRTYPE_LIMIT_IFACE_OUT,
  type XtAddrtype,
} from "../../../uapi/xt_ext.js";
import { inetAddrType } from "../../ipv4/fib.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterMatch } from "../xt_registry.js";

function addrtypeMatch(p: XtPkt, d: object): boolean {
  const a = d as XtAddrtype;
  const dev = a.flags & XT_ADDRTYPE_LIMIT_IFACE_IN ? p.in : a.flags & XT_ADDRTYPE_LIMIT_IFACE_OUT ? p.out : undefined;
  const typeBit = (addr: number) => 1 << inetAddrType(p.state.net, addr, dev);
  if (a.source && ((typeBit(p.iph.saddr) & a.source) !== 0) === !!(a.flags & XT_ADDRTYPE_INVERT_SOURCE)) return false;
  if (a.dest && ((typeBit(p.iph.daddr) & a.dest) !== 0) === !!(a.flags & XT_ADDRTYPE_INVERT_DEST)) return false;
  return true;
}

xtRegisterMatch({
  name: "addrtype",
  revisions: [1],
  match: addrtypeMatch,
  check: (ctx, d) => {
    const a = d as XtAddrtype;
    if (a.flags & XT_ADDRTYPE_LIMIT_IFACE_IN && a.flags & XT_ADDRTYPE_LIMIT_IFACE_OUT) return "EINVAL";
    if (a.flags & XT_ADDRTYPE_LIMIT_IFACE_IN && ctx.hookMask & (HOOK_OUT | HOOK_POST)) return "EINVAL";
    if (a.flags & XT_ADDRTYPE_LIMIT_IFACE_OUT && ctx.hookMask & (HOOK_PRE | HOOK_IN)) return "EINVAL";
    return undefined;
  },
});
