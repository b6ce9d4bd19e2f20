// ct->ct_general.use as the kernel reports it (ctnetlink's CTA_USE, procfs's
// "use="): one reference for the table, plus one per packet still holding the
// entry (skb->_nfct, taken by nf_conntrack_in and dropped when the skb is
// freed or leaves the namespace). The only place the model's packets wait
// long enough to be seen is a neighbour's queue (arp_queue) while the address
// resolves, so those are counted when someone asks, instead of a counter kept
// on every packet.

import { arpTbl } from "../../ipv4/arp.js";
import type { NetNamespace } from "../../core/netns.js";
import type { NfConn, NfSkb } from "../nf_skb.js";

/** Per entry, the packets of `net` that hold it while waiting in an ARP queue. */
export function nfCtQueuedRefs(net: NetNamespace): Map<NfConn, number> {
  const refs = new Map<NfConn, number>();
  for (const n of arpTbl.entries(net)) {
    for (const skb of n.queue) {
      const ct = (skb as NfSkb).nfct?.ct;
      if (ct) refs.set(ct, (refs.get(ct) ?? 0) + 1);
    }
  }
  return refs;
}
