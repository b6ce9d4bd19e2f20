// NETMAP (net/netfilter/xt_NETMAP.c): one-to-one mapping of an address block.
// In PREROUTING and OUTPUT the destination, in POSTROUTING and INPUT the
// source, keeps its host bits and takes the network bits of --to:
//   new = (addr & ~netmask) | block_start, netmask = ~(min ^ max)
// and becomes the connection's binding (nf_nat_setup_info with a
// single-address range, the rule's other range flags kept), so replies are
// mapped back. nat table only. The IPv6 target is registered for loading
// rules; the model's IPv6 path has no NAT.

import { NF_NAT_RANGE_MAP_IPS } from "../../../uapi/xt_ext.js";
import type { XtNetmap } from "../../../uapi/xt_ext_targets.js";
import { NF_ACCEPT } from "../core.js";
import { nfCtGet } from "../conntrack/nf_conntrack_core.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterTarget, type XtTargetVerdict } from "../xt_registry.js";
import { hookToManip, nfNatSetupInfo } from "./nf_nat_core.js";

const HOOKS = HOOK_PRE | HOOK_OUT | HOOK_POST | HOOK_IN;

/** The address NETMAP maps `addr` to. */
export function netmapAddr(addr: number, d: XtNetmap): number {
  const netmask = ~(d.minIp ^ d.maxIp) >>> 0;
  return ((addr & ~netmask) | d.minIp) >>> 0;
}

function netmapTarget(p: XtPkt, data: object): XtTargetVerdict {
  const d = data as XtNetmap;
  const got = nfCtGet(p.skb);
  if (!got) return NF_ACCEPT as 1;
  const m = hookToManip(p.hook);
  const addr = m === "DST" ? p.iph.daddr : p.iph.saddr;
  const to = netmapAddr(addr, d);
  const range = { flags: NF_NAT_RANGE_MAP_IPS, minAddr: to, maxAddr: to, minProto: 0, maxProto: 0, baseProto: 0 };
  return nfNatSetupInfo(got.ct, range, m) as XtTargetVerdict;
}

xtRegisterTarget({ name: "NETMAP", family: 4, revisions: [0], table: "nat", hooks: HOOKS, target: netmapTarget });
xtRegisterTarget({ name: "NETMAP", family: 6, revisions: [0], table: "nat", hooks: HOOKS, target: () => NF_ACCEPT as 1 });
