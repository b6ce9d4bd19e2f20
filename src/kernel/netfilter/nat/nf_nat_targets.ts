// What the NAT targets do (net/netfilter/xt_nat.c, nf_nat_masquerade.c,
// nf_nat_redirect.c): SNAT/DNAT set up the binding from their range;
// MASQUERADE takes the address the output device would choose for the next
// hop (inet_select_addr) and remembers the device; REDIRECT sends to the
// incoming device's primary address (127.0.0.1 from OUTPUT). Each ends the nat
// chain with the binding's verdict.

import { in6DevGet } from "../../ipv6/inet6_dev.js";
import { ipv6DevGetSaddr } from "../../ipv6/saddr.js";
import type { Conn } from "../conntrack/nf_conntrack.js";
import { NFPROTO_IPV6 } from "../conntrack/nf_conntrack_tuple.js";
import { RT_SCOPE_UNIVERSE } from "../../../uapi/route.js";
import { NF_NAT_RANGE_MAP_IPS, type NfNatRange } from "../../../uapi/xt_ext.js";
import { inDevGet, inetSelectAddr } from "../../ipv4/devinet.js";
import { skbRtable } from "../../ipv4/ip_output.js";
import { NF_ACCEPT, NF_DROP } from "../core.js";
import type { XtPkt } from "../pktinfo.js";
import { nfCtGet } from "../conntrack/nf_conntrack_core.js";
import { registerNatHooks, type NatTargetName } from "../xt/xt_nat.js";
import type { XtTargetVerdict } from "../xt_registry.js";
import { nfNatSetupInfo } from "./nf_nat_core.js";

function natTarget(name: NatTargetName, p: XtPkt, range: NfNatRange): XtTargetVerdict {
  const got = nfCtGet(p.skb);
  if (!got) return NF_ACCEPT;
  const { ct } = got;
  if (ct.orig.l3 === NFPROTO_IPV6 && (name === "MASQUERADE" || name === "REDIRECT")) return natTarget6(name, p, range, ct);
  switch (name) {
    case "SNAT":
      return nfNatSetupInfo(ct, range, "SRC") as XtTargetVerdict;
    case "DNAT":
      return nfNatSetupInfo(ct, range, "DST") as XtTargetVerdict;
    case "MASQUERADE": {
      // A locally generated packet with no source yet is not masqueraded.
      if (ct.orig.src === 0) return NF_ACCEPT;
      const out = p.out;
      if (!out) return NF_DROP;
      const rt = skbRtable(p.skb);
      const nh = rt && rt.gw ? rt.gw : p.iph.daddr;
      const newsrc = inetSelectAddr(out, nh, RT_SCOPE_UNIVERSE);
      if (!newsrc) return NF_DROP;
      ct.masqIndex = out.ifindex;
      return nfNatSetupInfo(ct, { ...range, flags: range.flags | NF_NAT_RANGE_MAP_IPS, minAddr: newsrc, maxAddr: newsrc }, "SRC") as XtTargetVerdict;
    }
    case "REDIRECT": {
      let newdst = 0;
      if (p.hook === 3) newdst = 0x7f000001;
      else {
        const ifa = p.in ? inDevGet(p.in)?.ifaList[0] : undefined;
        newdst = ifa?.local ?? 0;
        if (!newdst) return NF_DROP;
      }
      return nfNatSetupInfo(ct, { ...range, flags: range.flags | NF_NAT_RANGE_MAP_IPS, minAddr: newdst, maxAddr: newdst }, "DST") as XtTargetVerdict;
    }
  }
}

/**
 * nf_nat_masquerade_ipv6: the source the output device would choose for the
 * packet's destination (ipv6_dev_get_saddr). nf_nat_redirect_ipv6: ::1 from
 * OUTPUT, else the first address of the incoming device's list.
 */
function natTarget6(name: "MASQUERADE" | "REDIRECT", p: XtPkt, range: NfNatRange, ct: Conn): XtTargetVerdict {
  let addr: bigint | undefined;
  if (name === "MASQUERADE") {
    const out = p.out;
    if (!out || !p.ip6) return NF_DROP;
    addr = ipv6DevGetSaddr(out.net, p.ip6.dst, out);
    if (addr === undefined) return NF_DROP;
    ct.masqIndex = out.ifindex;
  } else if (p.hook === 3) addr = 1n;
  else addr = p.in ? in6DevGet(p.in)?.addrs[0]?.addr : undefined;
  if (addr === undefined) return NF_DROP;
  const r = { ...range, flags: range.flags | NF_NAT_RANGE_MAP_IPS, minAddr6: addr, maxAddr6: addr };
  return nfNatSetupInfo(ct, r, name === "MASQUERADE" ? "SRC" : "DST") as XtTargetVerdict;
}

registerNatHooks(natTarget);
