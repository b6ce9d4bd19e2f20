// nf_defrag_ipv6 (net/ipv6/netfilter/nf_defrag_ipv6_hooks.c, nf_conntrack_reasm.c):
// while IPv6 conntrack is on in a namespace, fragments arriving at
// PRE_ROUTING are gathered at priority -400 in queues of their own (the
// conntrack user) and stolen until the last one completes the packet, which
// continues through the hooks whole, fragment header gone, with
// frag_max_size set, so that forwarding cuts it up again (ip6_output.ts).
// Unlike the stack's reassembly it counts nothing in the IPv6 MIB
// (Ip6Reasm* stay 0, as recorded). Not modelled: LOCAL_OUT gathering (local
// senders fragment after POST_ROUTING), zones.

import type { SkBuff } from "../core/skbuff.js";
import { ipv6FragRcv, NEXTHDR_FRAGMENT, type Ip6cbSkb } from "../ipv6/ip6_fragment.js";
import { NF_ACCEPT, NF_STOLEN, type NfVerdict } from "./core.js";
import type { NfSkb } from "./nf_skb.js";

/** ipv6_defrag() at PRE_ROUTING. */
export function ipv6ConntrackDefrag(skb: SkBuff): NfVerdict {
  if ((skb as NfSkb).nfct || skb.data.length < 62 || skb.data[20] !== NEXTHDR_FRAGMENT) return NF_ACCEPT;
  const whole = ipv6FragRcv(skb, true) as Ip6cbSkb | undefined;
  if (!whole) return NF_STOLEN;
  skb.data = whole.data;
  (skb as Ip6cbSkb).ip6FragMax = whole.ip6FragMax;
  return NF_ACCEPT;
}
