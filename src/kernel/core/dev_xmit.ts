// The transmit half of net/core/dev.c: dev_queue_xmit() refuses the frame
// when the device is down, drops it on noop_qdisc while the carrier is off,
// and otherwise either runs the tx queue's qdisc (kernel/sched/sch_generic.ts
// schedXmit: enqueue, then dequeue to dev_hard_start_xmit as the qdisc allows)
// or, for a queue-less device (noqueue: veth, bridge, lo...), shows the frame
// to the taps and hands it to the driver at once.

import { nfNetdevHook } from "../netfilter/nf_netdev.js";
import { kfreeSkbReason, deliverToTaps } from "./dev_rx.js";
import { netCore } from "./net_namespace.js";
import { schedHooks } from "../sched/qdisc.js";
import { tcHooks } from "./dev_tc_hooks.js";
import { ETH_BROADCAST, etherAddrEqual, isMulticastEtherAddr } from "./netdevice.js";
import type { SkBuff } from "./skbuff.js";

/** dev_queue_xmit() */
export function devQueueXmit(skb: SkBuff): number {
  const dev = skb.dev;
  if (!dev.isUp || dev.regState !== "REGISTERED") {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "DEV_READY");
    return 0;
  }
  // nf_hook_egress(): netdev egress chains bound to this device, first (__dev_queue_xmit: nf_hook_egress, then sch_handle_egress).
  if (!nfNetdevHook(skb, "egress")) {
    kfreeSkbReason(skb, "NETFILTER_DROP");
    // nf_hook_egress(): a drop is NET_XMIT_DROP (ENOBUFS to a sender such as ping).
    return NET_XMIT_DROP;
  }
  // sch_handle_egress(): a clsact qdisc's egress filters run before the root qdisc.
  if (dev.sched?.ingressQueue) {
    const v = tcHooks.egress(skb);
    if (v === "DROP") {
      kfreeSkbReason(skb, "TC_EGRESS");
      return NET_XMIT_DROP;
    }
    if (v === "CONSUMED") return 0;
  }
  // Without carrier, linkwatch's dev_deactivate() left noop_qdisc on the tx
  // queue: noop_enqueue() counts a tx drop and frees the frame before any tap sees it.
  if (!dev.txActive) {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "QDISC_DROP");
    // noop_enqueue(): NET_XMIT_CN, which net_xmit_errno() does not count as an error.
    return 0;
  }
  // rcu_read_lock_bh(): what the frame raises (the peer's NET_RX softirq) runs
  // before any task woken here (a capture's reader) does.
  const sched = netCore(dev.net).host.sched;
  sched.holdWakeups();
  try {
    if (dev.qdiscQueued) return schedHooks.xmit(skb, dev);
    deliverToTaps(skb, "out");
    // A noqueue device returns the driver's answer (NET_XMIT_DROP for a frame it freed).
    return dev.ops.ndoStartXmit(skb, dev) === "DROP" ? NET_XMIT_DROP : 0;
  } finally {
    sched.releaseWakeups();
  }
}

/** NET_XMIT_DROP: what dev_queue_xmit() returns for a frame the driver dropped. */
export const NET_XMIT_DROP = 1;

/** eth_type_trans(): classify a received frame for the device it arrived on. */
export function ethTypeTrans(skb: SkBuff): void {
  // The destination is the frame's first 6 bytes (compared there: no view per frame).
  const dest = skb.data;
  if (isMulticastEtherAddr(dest)) {
    skb.pktType = etherAddrEqual(dest, ETH_BROADCAST) ? "BROADCAST" : "MULTICAST";
  } else if (etherAddrEqual(dest, skb.dev.addr)) skb.pktType = "HOST";
  else skb.pktType = "OTHERHOST";
  skb.protocol = skb.data.length >= 14 ? (skb.data[12]! << 8) | skb.data[13]! : 0;
}
