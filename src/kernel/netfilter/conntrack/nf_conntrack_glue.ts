// Where conntrack and NAT meet the rest of the kernel model:
// - after each x_tables commit, tracking is switched on or off in the
//   namespace by counting the rules whose extensions take a conntrack
//   reference (nf_ct_netns_get in their checkentry);
// - the nat table's chains are run by the NAT core (nftClaimNatChains);
// - a NAT rewrite that copies the bytes keeps the packet's route (both IP
//   paths key it by the bytes).

import { setSkbRtable, skbRtable } from "../../ipv4/ip_output.js";
import { setSkbRt6, skbRt6 } from "../../ipv6/ip6_output.js";
import type { NetNamespace } from "../../core/netns.js";
import { NFPROTO_IPV4, NFPROTO_IPV6 } from "../../../uapi/x_tables.js";
import { nftClaimNatChains, nftDumpTable, nftListTables, nftRegisterCommitHook, nftRunNatChain } from "../nf_tables.js";
import { nftNativeCtUsers, nftNativeNatChains, nftNativeOnCommit } from "../nft_native.js";
import { hookToManip, natInitialized, setNatChainRunner, setNatRewrap } from "../nat/nf_nat_core.js";
import "../nat/nf_nat_targets.js";
import "../nat/nf_nat_netmap.js";
import "../nf_reroute6.js";
import "./nf_conntrack_proc.js";
import "./nf_conntrack_stat.js";
import { nfCtGet, nfCtSetUsers } from "./nf_conntrack_core.js";
import { NF_ACCEPT, NF_IP_PRI_NAT_DST, NF_IP_PRI_NAT_SRC, type NfVerdict } from "../core.js";

/** Extensions whose checkentry takes a conntrack reference. */
const CT_MATCHES = new Set(["conntrack", "state", "connmark", "helper", "connbytes", "connlabel", "connlimit", "cluster"]);
const CT_TARGETS = new Set(["SNAT", "DNAT", "MASQUERADE", "REDIRECT", "CT", "NOTRACK", "CONNMARK", "NETMAP"]);

function ctUsers(net: NetNamespace, family: number): number {
  let n = nftNativeCtUsers(net, family);
  for (const name of nftListTables(net, family)) {
    const t = nftDumpTable(net, name, family);
    if (!t) continue;
    for (const c of t.chains)
      for (const r of c.rules) {
        if (r.entry.matches.some((m) => CT_MATCHES.has(m.name))) n++;
        else if (r.entry.target.kind === "ext" && CT_TARGETS.has(r.entry.target.name)) n++;
      }
  }
  return n;
}

nftRegisterCommitHook((net) => nfCtSetUsers(net, ctUsers(net, NFPROTO_IPV4), NFPROTO_IPV4));
nftRegisterCommitHook((net) => nfCtSetUsers(net, ctUsers(net, NFPROTO_IPV6), NFPROTO_IPV6), NFPROTO_IPV6);

nftNativeOnCommit((net) => {
  nfCtSetUsers(net, ctUsers(net, NFPROTO_IPV4), NFPROTO_IPV4);
  nfCtSetUsers(net, ctUsers(net, NFPROTO_IPV6), NFPROTO_IPV6);
});

nftClaimNatChains();
// nf_nat_inet_fn(): the nat chains registered on this hook, iptables' nat table among the native
// ones at its priority (NF_IP_PRI_NAT_DST/SRC; first among equals), in priority order, until one
// drops the packet or one has set up this connection's mapping.
setNatChainRunner((net, hook, skb, state) => {
  const m = hookToManip(hook);
  const ipt = { priority: m === "DST" ? NF_IP_PRI_NAT_DST : NF_IP_PRI_NAT_SRC, run: () => nftRunNatChain(net, hook, skb, state) };
  const native = nftNativeNatChains(net, state.pf, hook);
  const entries = [...native.filter((e) => e.priority < ipt.priority), ipt, ...native.filter((e) => e.priority >= ipt.priority)];
  const ct = nfCtGet(skb)?.ct;
  let v: NfVerdict | undefined;
  for (const e of entries) {
    const r = e.run(skb, state);
    if (r === undefined) continue;
    if (r !== NF_ACCEPT) return r;
    v = r;
    if (ct && natInitialized(ct, m)) break;
  }
  return v;
});
setNatRewrap((skb, before) => {
  const rt = skbRtable({ ...skb, data: before });
  if (rt) setSkbRtable(skb, rt);
  const rt6 = skbRt6({ ...skb, data: before });
  if (rt6) setSkbRt6(skb, rt6);
});
