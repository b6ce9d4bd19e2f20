// conntrack and state matches (net/netfilter/xt_conntrack.c, xt_state.c):
// the packet's conntrack state (INVALID, NEW, ESTABLISHED, RELATED,
// UNTRACKED, and the SNAT/DNAT pseudo-states), and for conntrack also the
// connection's tuples, status, expiry and direction.
//
// Without the conntrack model every packet is NEW (UNTRACKED after NOTRACK):
// see nf_skb.ts. A packet without a connection matches only on --ctstate, as
// in conntrack_mt().

import {
  XT_CONNTRACK_DIRECTION,
  XT_CONNTRACK_EXPIRES,
  XT_CONNTRACK_ORIGDST,
  XT_CONNTRACK_ORIGDST_PORT,
  XT_CONNTRACK_ORIGSRC,
  XT_CONNTRACK_ORIGSRC_PORT,
  XT_CONNTRACK_PROTO,
  XT_CONNTRACK_REPLDST,
  XT_CONNTRACK_REPLDST_PORT,
  XT_CONNTRACK_REPLSRC,
  XT_CONNTRACK_REPLSRC_PORT,
  XT_CONNTRACK_STATE,
  XT_CONNTRACK_STATE_DNAT,
  XT_CONNTRACK_STATE_SNAT,
  XT_CONNTRACK_STATUS,
  XT_STATE_ESTABLISHED,
  XT_STATE_INVALID,
  XT_STATE_NEW,
  XT_STATE_RELATED,
  XT_STATE_UNTRACKED,
  type XtConntrack,
  type XtState,
} from "../../../uapi/xt_ext.js";
import { skbCtinfo } from "../nf_skb.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const IPS_SRC_NAT = 1 << 4;
const IPS_DST_NAT = 1 << 5;

/** XT_STATE_BIT(ctinfo) */
function stateBit(p: XtPkt): number {
  const ci = skbCtinfo(p.skb);
  switch (ci) {
    case "INVALID":
      return XT_STATE_INVALID;
    case "UNTRACKED":
      return XT_STATE_UNTRACKED;
    case "ESTABLISHED":
    case "ESTABLISHED_REPLY":
      return XT_STATE_ESTABLISHED;
    case "RELATED":
    case "RELATED_REPLY":
      return XT_STATE_RELATED;
    case "NEW":
      return XT_STATE_NEW;
  }
}

function conntrackMatch(p: XtPkt, d: object): boolean {
  const info = d as XtConntrack;
  const inv = (flag: number, v: boolean) => v !== !!(info.invertFlags & flag);
  const ct = p.skb.nfct?.ct;
  if (info.matchFlags & XT_CONNTRACK_STATE) {
    let bits = stateBit(p);
    if (ct) {
      if (ct.status & IPS_SRC_NAT) bits |= XT_CONNTRACK_STATE_SNAT;
      if (ct.status & IPS_DST_NAT) bits |= XT_CONNTRACK_STATE_DNAT;
    }
    if (!inv(XT_CONNTRACK_STATE, (bits & info.stateMask) !== 0)) return false;
  }
  if (!ct) return (info.matchFlags & XT_CONNTRACK_STATE) !== 0;
  const reply = p.skb.nfct!.ctinfo.endsWith("_REPLY");
  if (info.matchFlags & XT_CONNTRACK_DIRECTION) {
    if (inv(XT_CONNTRACK_DIRECTION, (info.direction === "REPLY") !== reply)) return false;
  }
  // The options carry IPv4 addresses only (the tool parses no IPv6 ones): an IPv6 connection's never equal them.
  const addr = (flag: number, v: { addr: number; mask: number } | undefined, a: number | bigint) =>
    !(info.matchFlags & flag) || !v || inv(flag, typeof a === "number" && ((a & v.mask) >>> 0) === ((v.addr & v.mask) >>> 0));
  if (info.matchFlags & XT_CONNTRACK_PROTO && !inv(XT_CONNTRACK_PROTO, ct.orig.proto === info.l4proto)) return false;
  if (!addr(XT_CONNTRACK_ORIGSRC, info.origSrc, ct.orig.src)) return false;
  if (!addr(XT_CONNTRACK_ORIGDST, info.origDst, ct.orig.dst)) return false;
  if (!addr(XT_CONNTRACK_REPLSRC, info.replSrc, ct.reply.src)) return false;
  if (!addr(XT_CONNTRACK_REPLDST, info.replDst, ct.reply.dst)) return false;
  const port = (flag: number, r: [number, number], v: number) => !(info.matchFlags & flag) || inv(flag, v >= r[0] && v <= r[1]);
  if (!port(XT_CONNTRACK_ORIGSRC_PORT, info.origSrcPort, ct.orig.sport)) return false;
  if (!port(XT_CONNTRACK_ORIGDST_PORT, info.origDstPort, ct.orig.dport)) return false;
  if (!port(XT_CONNTRACK_REPLSRC_PORT, info.replSrcPort, ct.reply.sport)) return false;
  if (!port(XT_CONNTRACK_REPLDST_PORT, info.replDstPort, ct.reply.dport)) return false;
  if (info.matchFlags & XT_CONNTRACK_STATUS && !inv(XT_CONNTRACK_STATUS, (ct.status & info.statusMask) !== 0)) return false;
  if (info.matchFlags & XT_CONNTRACK_EXPIRES) {
    const left = ct.expiresIn();
    if (!inv(XT_CONNTRACK_EXPIRES, left >= info.expiresMin && left <= info.expiresMax)) return false;
  }
  return true;
}

xtRegisterMatch({ name: "conntrack", revisions: [1, 2, 3], match: conntrackMatch });

xtRegisterMatch({
  name: "state",
  revisions: [0],
  match: (p: XtPkt, d: object) => (stateBit(p) & (d as XtState).stateMask) !== 0,
});
