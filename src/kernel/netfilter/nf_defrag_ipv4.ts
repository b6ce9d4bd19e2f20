// nf_defrag_ipv4 (net/ipv4/netfilter/nf_defrag_ipv4.c): while conntrack is on
// in a namespace, IPv4 fragments arriving at PRE_ROUTING are gathered at
// priority -400 (before raw and conntrack) in ip_defrag()'s queues of the
// IP_DEFRAG_CONNTRACK_IN user: the fragments are stolen until the last one
// completes the datagram, which then continues through the hooks whole (the
// kernel reuses that last skb; here its bytes are replaced in place) with
// frag_max_size set, so that forwarding cuts it up again (ip_output.ts).
// Counted as the kernel does: ReasmReqds per fragment, ReasmOKs per datagram.
// Not modelled: the LOCAL_OUT gathering (only raw IP_HDRINCL sockets send
// fragments there) and zones (one user for all).

import type { SkBuff } from "../core/skbuff.js";
import { ipDefrag, ipIsFragment, type IpcbSkb } from "../ipv4/ip_fragment.js";
import { NF_ACCEPT, NF_STOLEN, type NfVerdict } from "./core.js";
import type { NfSkb } from "./nf_skb.js";

/** ipv4_conntrack_defrag() at PRE_ROUTING. */
export function ipv4ConntrackDefrag(skb: SkBuff): NfVerdict {
  // Already tracked (looped back with its connection): left alone.
  if ((skb as NfSkb).nfct || !ipIsFragment(skb.data)) return NF_ACCEPT;
  const whole = ipDefrag(skb, "conntrack-in") as IpcbSkb | undefined;
  if (!whole) return NF_STOLEN;
  skb.data = whole.data;
  (skb as IpcbSkb).ipFragMax = whole.ipFragMax;
  return NF_ACCEPT;
}
