// What the NAT targets do (net/netfilter/xt_nat.c, nf_nat_masquerade.c,
// nf_nat_redirect.c): SNAT/DNAT set up the binding from their range;
// MASQUERADE takes the address the output device would choose for the next
// hop (inet_select_addr) and remembers the device; REDIRECT sends to the
// incoming device's primary address (127.0.0.1 from OUTPUT). Each ends the nat
// chain with the binding's verdict.

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

registerNatHooks(natTarget);
