// drivers/net/ifb.c: the Intermediate Functional Block device. Traffic reaches
// it through tc's mirred redirect (ingress shaping), which the model does not
// have; anything else it is given — its own IPv6 bring-up frames, packets
// routed to it — ifb_xmit() counts as received on its queue and drops
// (rx_packets/rx_bytes and rx_dropped, as recorded). ifb_setup(): noarp, no
// multicast, txqueuelen 32 with a real qdisc (pfifo_fast), min/max MTU 0
// (no limit), random MAC, the queues asked for (numtxqueues: an mq root), carrier
// always on (state UNKNOWN when up); ethtool -i names the kernel release,
// -S lists the queue counters.

import { IFF_MULTICAST, IFF_NOARP } from "../../uapi/if_link.js";
import type { NetDevice, NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { allocEtherdev } from "./ether.js";

export const IFB_OPS: NetDeviceOps = {
  kind: "ifb",
  driver: "ifb",
  featuresFile: "ifb",
  defaultQdisc: "pfifo_fast",
  ndoStartXmit(skb, dev) {
    // ifb_update_q_stats(&txp->rx_stats), then a frame that tc did not redirect is dropped.
    dev.stats.rx_packets++;
    dev.stats.rx_bytes += skb.data.length;
    dev.stats.rx_dropped++;
    return "OK";
  },
  ethtoolStats(dev) {
    return [
      ["rx_queue_0_packets", dev.stats.rx_packets],
      ["rx_queue_0_bytes", dev.stats.rx_bytes],
      ["tx_queue_0_packets", 0],
      ["tx_queue_0_bytes", 0],
    ];
  },
};

export function ifbSetup(name: string, net: NetNamespace, mac: Uint8Array): NetDevice {
  const dev = allocEtherdev(IFB_OPS, name, net);
  dev.flags = (dev.flags | IFF_NOARP) & ~IFF_MULTICAST;
  dev.minMtu = 0;
  dev.maxMtu = 0;
  dev.txqueuelen = 32;
  dev.addr = mac;
  dev.tsoMaxSize = 524280;
  return dev;
}
