// TEE (net/netfilter/xt_TEE.c, nf_dup_ipv4.c): a copy of the packet is sent
// to --gateway, which must be a neighbour (the route is looked up for the
// gateway's address with FLOWI_FLAG_KNOWN_NH, so the copy's next hop is the
// gateway while its IP header keeps the original addresses). The copy is
// untracked, gets DF set and, when taken at PREROUTING or INPUT, its TTL
// lowered by one; it leaves through ip_local_out (OUTPUT and POSTROUTING run
// for it), and while it does, TEE rules do not duplicate again
// (nf_skb_duplicated). The original goes on (XT_CONTINUE).
//
// --oif names a device the route must use; a name with no such device
// (when the packet comes) routes as without it, as the kernel's notifier
// leaves oif -1 then. The IPv6 target is registered for rule loading only:
// the model's IPv6 output path has no ip6_local_out for the copy, so it
// does nothing.

import type { XtTee } from "../../../uapi/xt_ext_targets.js";
import { internetChecksum } from "../../../wire/checksum.js";
import { devGetByName } from "../../core/dev.js";
import { allocSkb } from "../../core/skbuff.js";
import { ipLocalOut } from "../../ipv4/ip_output.js";
import { ipRouteOutput } from "../../ipv4/route.js";
import type { NfSkb } from "../nf_skb.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterTarget } from "../xt_registry.js";

/** nf_skb_duplicated: set while a copy is on its way out. */
let duplicating = false;

function dupIpv4(p: XtPkt, d: XtTee): void {
  if (duplicating) return;
  const net = p.state.net;
  const oifDev = d.oif ? devGetByName(net, d.oif) : undefined;
  let rt;
  try {
    rt = ipRouteOutput(net, { daddr: d.gw, saddr: 0, oif: oifDev?.ifindex ?? 0, tos: p.iph.tos & 0x1e });
  } catch {
    return;
  }
  // pskb_copy(): own bytes, no connection (IP_CT_UNTRACKED), no route yet.
  const data = p.skb.data.slice();
  const nh = p.nhoff;
  data[nh + 6] = data[nh + 6]! | 0x40;
  if (p.hook === 0 || p.hook === 1) data[nh + 8] = (data[nh + 8]! - 1) & 0xff;
  // __ip_local_out() recomputes the header checksum.
  data[nh + 10] = 0;
  data[nh + 11] = 0;
  const sum = internetChecksum(data.subarray(nh, nh + p.iph.ihl));
  data[nh + 10] = sum >> 8;
  data[nh + 11] = sum & 0xff;
  const copy = allocSkb(data, rt.dev, p.skb.tstamp) as NfSkb;
  copy.mark = p.skb.mark;
  copy.pktType = "HOST";
  copy.nfNotrack = true;
  if (nh !== 14) copy.networkHeader = nh;
  // FLOWI_FLAG_KNOWN_NH: the gateway is the next hop even on a direct route.
  const viaGw = { ...rt, gw: rt.gw || d.gw };
  duplicating = true;
  try {
    ipLocalOut(copy, viaGw);
  } finally {
    duplicating = false;
  }
}

xtRegisterTarget({
  name: "TEE",
  family: 4,
  revisions: [1],
  check: (_ctx, data) => ((data as XtTee).gw === 0 ? "EINVAL" : undefined),
  target: (p: XtPkt, data: object) => {
    dupIpv4(p, data as XtTee);
    return XT_CONTINUE;
  },
});

xtRegisterTarget({
  name: "TEE",
  family: 6,
  revisions: [1],
  check: (_ctx, data) => (((data as XtTee).gw6 ?? 0n) === 0n ? "EINVAL" : undefined),
  target: () => XT_CONTINUE,
});
